package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index's records sort as unsigned numbers, as a comparison sort would put them. */
class RadixSortTest {

  /** What the index did before: flip the sign bit, sort as signed, flip it back. */
  private static long[] reference(long[] a) {
    long[] b = a.clone();
    for (int i = 0; i < b.length; i++) {
      b[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(b);
    for (int i = 0; i < b.length; i++) {
      b[i] ^= Long.MIN_VALUE;
    }
    return b;
  }

  private static void assertSorts(long[] a) {
    long[] expected = reference(a);
    long[] actual = a.clone();
    RadixSort.unsigned(actual);
    assertArrayEquals(expected, actual);
  }

  @Test
  void recordsOfEveryShapeSortAsUnsignedNumbers() {
    Random r = new Random(13);
    assertSorts(new long[0]);
    assertSorts(new long[] {5});
    assertSorts(new long[] {-1, 0, 1, Long.MIN_VALUE, Long.MAX_VALUE, -2});
    for (int size : new int[] {2, 3, 100, 70_000}) {
      long[] any = r.longs(size).toArray();
      assertSorts(any);
      // the index's shape: a few terms in the top bits, many documents below, repeats
      long[] packed = new long[size];
      for (int i = 0; i < size; i++) {
        packed[i] =
            ((long) r.nextInt(50) << 44) | ((long) r.nextInt(1 << 18) << 26) | r.nextInt(64);
      }
      assertSorts(packed);
      // every record the same in all but one digit, and all the same
      long[] oneDigit = new long[size];
      for (int i = 0; i < size; i++) {
        oneDigit[i] = 0x1234_0000_5678_0000L | ((long) r.nextInt(1 << 16) << 16);
      }
      assertSorts(oneDigit);
      long[] same = new long[size];
      Arrays.fill(same, -7);
      assertSorts(same);
    }
  }
}
