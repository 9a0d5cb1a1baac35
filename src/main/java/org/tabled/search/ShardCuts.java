package org.tabled.search;

/**
 * Where the index's keys are cut into shards, and what each shard is called: decided by the keys
 * themselves, so that a change to a few postings moves the cuts near them only, and a later build
 * can take every other shard as the last build wrote it ({@link SearchIndex#update}).
 *
 * <ul>
 *   <li>A shard starts at a key, "by its content", when a hash of the key falls below a chance
 *       proportional to the key's size class (its size in characters, rounded up to a power of
 *       two): so a shard holds {@value #TARGET} characters or so on average, whatever the sizes of
 *       its keys, and a posting that grows or shrinks by a few characters, as an edit makes it,
 *       keeps its class and so its cuts.
 *   <li>A shard that would grow past {@value #MAX} characters is cut before the key that would take
 *       it there ("by its size"), so that a search never downloads a large shard, unless one key
 *       alone is larger.
 *   <li>A shard is named by a hash of its first key ({@link #name}), so that a shard taken again
 *       keeps its file. Two first keys of one index with the same hash are told apart in order: the
 *       later is given a suffix, and listed in the metadata's {@code names}.
 * </ul>
 */
final class ShardCuts {

  /** The characters of a shard, about, on average (before the cut by size). */
  static final int TARGET = 16_000;

  /** A shard's characters at most, unless one key alone is more. */
  static final int MAX = 20_000;

  /** Where a key falls in the shards. */
  enum Cut {
    /** In the shard being filled. */
    NONE,
    /** Starts a shard by its content. */
    CONTENT,
    /** Starts a shard because the one being filled is full. */
    SIZE
  }

  private ShardCuts() {}

  /** The characters a key takes in its shard, about. */
  static int size(String first, String second, String posting) {
    return first.length() + second.length() + posting.length() + 8;
  }

  /**
   * Where key ({@code first}, {@code second}) of {@code size} characters falls, after a shard of
   * {@code filled} characters so far (0 if it is the index's first key).
   */
  static Cut before(String first, String second, int size, int filled) {
    if (filled == 0) {
      return Cut.NONE;
    }
    if (byContent(first, second, size)) {
      return Cut.CONTENT;
    }
    return filled + size > MAX ? Cut.SIZE : Cut.NONE;
  }

  /** Whether the key starts a shard by its content (if a shard is being filled). */
  static boolean byContent(String first, String second, int size) {
    long sizeClass = Integer.highestOneBit(Math.max(1, size)) * 2L; // in (size, 2 size]
    long h = mix(hash(first, second)) >>> 40; // 24 bits
    return h * TARGET < sizeClass << 24;
  }

  /**
   * The name of a shard whose first key is {@code key} ("council" or "council tax"): its FNV-1a
   * hash (32 bits over its UTF-16 code units) in eight hex digits, as {@code assets/search.js}
   * computes it.
   */
  static String name(String key) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    String hex = Integer.toHexString(h);
    return "0".repeat(8 - hex.length()) + hex;
  }

  /** FNV-1a, 64 bits, over the key as "first second". */
  private static long hash(String first, String second) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < first.length(); i++) {
      h = (h ^ first.charAt(i)) * 0x100000001b3L;
    }
    if (!second.isEmpty()) {
      h = (h ^ ' ') * 0x100000001b3L;
      for (int i = 0; i < second.length(); i++) {
        h = (h ^ second.charAt(i)) * 0x100000001b3L;
      }
    }
    return h;
  }

  /** MurmurHash3's finalizer: every bit of the result depends on every bit of {@code h}. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
