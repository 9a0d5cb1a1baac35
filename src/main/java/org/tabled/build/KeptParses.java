package org.tabled.build;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tabled.markdown.ParseStore;
import org.tabled.output.BuildCache;

/**
 * What the Markdown stage parsed, kept in the build cache ({@link ParseStore}), under keys that
 * hold Tabled's own code: another version of Tabled parses everything again. {@code check} reads
 * what builds kept and writes nothing.
 */
final class KeptParses implements ParseStore {

  private final BuildCache cache;
  private final byte[] environment;
  private final boolean write;

  /**
   * @param code the digest of Tabled's code ({@link CacheEnvironment#code})
   * @param write whether new parses are kept (a build), or only read (a check)
   */
  KeptParses(BuildCache cache, String code, boolean write) {
    this.cache = cache;
    this.environment = ("tabled-parse-1\n" + code).getBytes(StandardCharsets.UTF_8);
    this.write = write;
  }

  @Override
  public Optional<byte[]> get(String key) {
    return cache.get(key);
  }

  @Override
  public void put(String key, byte[] value) {
    if (write) {
      cache.put(key, value);
    }
  }

  @Override
  public String key(byte[]... parts) {
    byte[][] all = new byte[parts.length + 1][];
    all[0] = environment;
    System.arraycopy(parts, 0, all, 1, parts.length);
    return BuildCache.key(all);
  }

  @Override
  public boolean enabled() {
    return cache.enabled();
  }
}
