package org.tabled.search;

/**
 * Sorts the index's packed records as unsigned numbers: sixteen bits at a time, least significant
 * first, each pass stable; a pass whose digit is the same in every record is skipped. The records
 * of an archive number millions, and a comparison sort of them was a quarter of the work of writing
 * the index (the common pool that {@code Arrays.parallelSort} uses has one thread on two cores, so
 * it sorted on one).
 */
final class RadixSort {

  private static final int DIGIT = 16;
  private static final int BUCKETS = 1 << DIGIT;

  private RadixSort() {}

  /** Sorts {@code a} in place, as unsigned numbers ({@link Long#compareUnsigned}). */
  static void unsigned(long[] a) {
    int n = a.length;
    if (n < 2) {
      return;
    }
    long[] from = a;
    long[] to = new long[n];
    int[] count = new int[BUCKETS];
    for (int shift = 0; shift < Long.SIZE; shift += DIGIT) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[(int) (from[i] >>> shift) & (BUCKETS - 1)]++;
      }
      if (count[(int) (from[0] >>> shift) & (BUCKETS - 1)] == n) {
        continue; // every record has this digit: the order stands
      }
      int sum = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long v = from[i];
        to[count[(int) (v >>> shift) & (BUCKETS - 1)]++] = v;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, n);
    }
  }
}
