package org.tabled.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a preview's builds read from their {@link ParseStore}, held in memory for the next, as read
 * (a parse's record, a rendering's text): so that a save neither reads nor decodes again each
 * text's kept parse. What one build does not use is dropped by the next. Thread-safe.
 */
public final class ParseMemory {

  /**
   * The characters of renderings one build keeps at most: a build that renders every page (a
   * preview's first) would otherwise hold every text's rendering, when a save needs those of the
   * committee it renders again. Parses are all kept: each save reads every text's.
   */
  static final long RENDERING_BUDGET = 32_000_000;

  private volatile Map<String, Object> last = new ConcurrentHashMap<>();
  private volatile Map<String, Object> now = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong renderings =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * {@code store} with this memory before it, for one build: what the last build did not use is
   * forgotten.
   */
  public ParseStore forBuild(ParseStore store) {
    synchronized (this) {
      last = now;
      now = new ConcurrentHashMap<>();
      renderings.set(0);
    }
    if (!store.enabled()) {
      return store;
    }
    return new ParseStore() {
      @Override
      public Optional<byte[]> get(String key) {
        return store.get(key);
      }

      @Override
      public void put(String key, byte[] value) {
        store.put(key, value);
      }

      @Override
      public String key(byte[]... parts) {
        return store.key(parts);
      }

      @Override
      public boolean enabled() {
        return true;
      }

      @Override
      public <T> Optional<T> remembered(String key, Class<T> type) {
        Object v = now.get(key);
        if (v == null) {
          v = last.get(key);
          if (v != null) {
            now.put(key, v);
          }
        }
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
      }

      @Override
      public void remember(String key, Object value) {
        if (!(value instanceof String text)
            || renderings.addAndGet(text.length()) <= RENDERING_BUDGET) {
          now.put(key, value);
        }
      }
    };
  }
}
