package org.tabled.markdown;

import java.util.Optional;

/**
 * Where what a parse found is kept between runs (the build cache), so that an unchanged document is
 * not parsed again just to be checked: its problems, outline, references and the roles of its
 * blocks are read back, and its syntax tree is only made if a page renders it ({@link ParsedDoc}).
 * Every failure is a miss.
 */
public interface ParseStore {

  /** Keeps nothing. */
  ParseStore NONE =
      new ParseStore() {
        @Override
        public Optional<byte[]> get(String key) {
          return Optional.empty();
        }

        @Override
        public void put(String key, byte[] value) {}

        @Override
        public String key(byte[]... parts) {
          throw new UnsupportedOperationException("keeps nothing");
        }

        @Override
        public boolean enabled() {
          return false;
        }
      };

  /** The value kept under {@code key}, if there is one whose check is right. */
  Optional<byte[]> get(String key);

  /** Keeps {@code value} under {@code key}. */
  void put(String key, byte[] value);

  /**
   * The key of a value made from {@code parts} and the store's environment (Tabled's own code,
   * whose parser this is): a collision-resistant digest.
   */
  String key(byte[]... parts);

  /** Whether anything is kept. */
  boolean enabled();

  /**
   * What {@link #remember} was given under {@code key} by this build or the last of the same
   * process (a preview's, {@link ParseMemory}), if it is a {@code type}: read from the store, the
   * value would be the same, as a key holds everything it is made from.
   */
  default <T> Optional<T> remembered(String key, Class<T> type) {
    return Optional.empty();
  }

  /** Holds {@code value}, as read from or kept in the store under {@code key}, for later builds. */
  default void remember(String key, Object value) {}
}
