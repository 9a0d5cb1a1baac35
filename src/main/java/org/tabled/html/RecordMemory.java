package org.tabled.html;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tabled.search.SearchPart;

/**
 * The website's records as a preview's earlier builds read them from the build cache, and the pages
 * they rendered, kept in memory for its later builds ({@code tabled serve}): a committee's lists of
 * pages and search entries and its search part, decoded; each page's HTML ({@link
 * SiteRecords#page}); each document's search records ({@link SearchPart.Memory}). A key names its
 * content (the committee's inputs, a page's model, and the build's environment), so what is kept
 * under a key stands for what the cache holds or the template would write; a record is still paired
 * with the cache's other entries as the build reads it ({@link SiteRecords}).
 *
 * <p>What a build neither kept nor used is dropped when the next one starts, so the memory holds
 * what the last build touched: every committee's records, and the pages of the one it rendered. The
 * records are held softly, since they are large and the cache has them: the collector may drop
 * them, which only means reading them again. Thread-safe.
 */
public final class RecordMemory {

  /** Keeps nothing: a build's own records are read once anyway. */
  public static final RecordMemory NONE = new RecordMemory(false);

  private final boolean enabled;
  // by key, from the last build and this one
  private volatile Map<String, SoftReference<Object>> last = new ConcurrentHashMap<>();
  private volatile Map<String, SoftReference<Object>> now = new ConcurrentHashMap<>();
  private final SearchPart.Memory documents = new SearchPart.Memory();
  private final java.util.concurrent.atomic.AtomicLong pageChars =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * The characters of pages' HTML a build keeps at most: a build that renders every committee (a
   * preview's first) would otherwise hold the whole site's pages, when a save needs those of the
   * committee it renders again.
   */
  static final long PAGE_BUDGET = 32_000_000;

  private RecordMemory(boolean enabled) {
    this.enabled = enabled;
  }

  /** A memory for the builds of one preview. */
  public static RecordMemory create() {
    return new RecordMemory(true);
  }

  /** Whether it keeps anything. */
  boolean enabled() {
    return enabled;
  }

  /** A build starts: what the last build neither kept nor used is forgotten. */
  synchronized void buildStarts() {
    last = now;
    now = new ConcurrentHashMap<>();
    pageChars.set(0);
    documents.buildStarts();
  }

  /** The search records of each document a build read, for the next ({@link SearchPart}). */
  SearchPart.Memory documents() {
    return documents;
  }

  /**
   * What was kept under {@code key} (a record, or a page's HTML), if it is still held and is a
   * {@code type}; this build now uses it.
   */
  <T> Optional<T> get(String key, Class<T> type) {
    if (!enabled) {
      return Optional.empty();
    }
    SoftReference<Object> r = now.get(key);
    if (r == null) {
      r = last.get(key);
      if (r != null) {
        now.put(key, r);
      }
    }
    Object v = r == null ? null : r.get();
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
  }

  /** Keeps {@code value} (a record, or a page's HTML) under {@code key}, softly. */
  void put(String key, Object value) {
    if (enabled) {
      now.put(key, new SoftReference<>(value));
    }
  }

  /**
   * Keeps the HTML {@code html} of a page under {@code key}, if this build's pages are still within
   * {@link #PAGE_BUDGET}.
   */
  void putPage(String key, String html) {
    if (enabled && pageChars.addAndGet(html.length()) <= PAGE_BUDGET) {
      put(key, html);
    }
  }
}
