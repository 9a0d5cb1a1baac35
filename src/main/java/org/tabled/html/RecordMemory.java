package org.tabled.html;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tabled.search.SearchPart;

/**
 * The website's records as a preview's earlier builds read them from the build cache, kept in
 * memory for its later builds ({@code tabled serve}): a committee's lists of pages and search
 * entries, and its search part, decoded. A record's key names its content (the committee's inputs
 * and the build's environment), so what is kept under a key stands for what the cache holds under
 * it; each is still paired with the cache's other entries as the build reads them ({@link
 * SiteRecords}). Held softly: the collector may drop any of it, which only means reading it again.
 * Thread-safe.
 */
public final class RecordMemory {

  /** Keeps nothing: a build's own records are read once anyway. */
  public static final RecordMemory NONE = new RecordMemory(false);

  private final boolean enabled;
  private final Map<String, SoftReference<Object>> held = new ConcurrentHashMap<>();
  // pages' HTML by their key, from the last build and this one: what a build does not use is
  // dropped by the next, so only the pages rendered lately are held (an edited committee's)
  private volatile Map<String, String> lastPages = new ConcurrentHashMap<>();
  private volatile Map<String, String> pages = new ConcurrentHashMap<>();
  private int puts;
  private final SearchPart.Memory documents = new SearchPart.Memory();

  private RecordMemory(boolean enabled) {
    this.enabled = enabled;
  }

  /** A memory for the builds of one preview. */
  public static RecordMemory create() {
    return new RecordMemory(true);
  }

  /** What was kept under {@code key}, if it is still held and is a {@code type}. */
  <T> Optional<T> get(String key, Class<T> type) {
    if (!enabled) {
      return Optional.empty();
    }
    SoftReference<Object> r = held.get(key);
    Object v = r == null ? null : r.get();
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
  }

  /** Keeps {@code value} under {@code key}. */
  void put(String key, Object value) {
    if (enabled) {
      held.put(key, new SoftReference<>(value));
      synchronized (this) {
        if (++puts % 256 == 0) {
          held.values().removeIf(r -> r.get() == null);
        }
      }
    }
  }

  /** Whether it keeps anything. */
  boolean enabled() {
    return enabled;
  }

  /** A build starts: the pages the last build did not use are forgotten. */
  synchronized void buildStarts() {
    lastPages = pages;
    pages = new ConcurrentHashMap<>();
    documents.buildStarts();
  }

  /** The search records of each document a build read, for the next ({@link SearchPart}). */
  SearchPart.Memory documents() {
    return documents;
  }

  /** The HTML of the page under {@code key}, if this build or the last rendered or used it. */
  Optional<String> page(String key) {
    if (!enabled) {
      return Optional.empty();
    }
    String html = pages.get(key);
    if (html == null) {
      html = lastPages.get(key);
      if (html != null) {
        pages.put(key, html);
      }
    }
    return Optional.ofNullable(html);
  }

  /** Keeps the HTML {@code html} of the page under {@code key} for this build and the next. */
  void page(String key, String html) {
    if (enabled) {
      pages.put(key, html);
    }
  }
}
