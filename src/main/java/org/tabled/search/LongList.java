package org.tabled.search;

import java.util.Arrays;
import java.util.function.LongUnaryOperator;

/** A growable array of longs: the index's packed records ({@link Records}). */
final class LongList {

  private long[] values = new long[1024];
  private int size;

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  long get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return values[i];
  }

  /** The values from {@code from} to {@code to}. */
  long[] copy(int from, int to) {
    if (to > size) {
      throw new IndexOutOfBoundsException(to);
    }
    return Arrays.copyOfRange(values, from, to);
  }

  void clear() {
    size = 0;
  }

  /** A sorted copy of the values, which must not be negative. */
  long[] sorted() {
    long[] out = Arrays.copyOf(values, size);
    Arrays.sort(out);
    return out;
  }

  /**
   * Copies the values, each mapped by {@code f}, into {@code into} from {@code at}; returns the
   * next place.
   */
  int mapInto(LongUnaryOperator f, long[] into, int at) {
    for (int i = 0; i < size; i++) {
      into[at++] = f.applyAsLong(values[i]);
    }
    return at;
  }
}
