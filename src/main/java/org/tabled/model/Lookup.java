package org.tabled.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Finding an entry of a list the validator sorts, by the key it sorts on. */
final class Lookup {

  private Lookup() {}

  /**
   * The first entry of {@code list} whose key is {@code wanted}: found by halving, as the list is
   * in key order when the validator made it; in any other order (a list made otherwise), one by
   * one.
   */
  static <T, K extends Comparable<K>> Optional<T> first(
      List<T> list, Function<T, K> key, K wanted) {
    int lo = 0;
    int hi = list.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = key.apply(list.get(mid)).compareTo(wanted);
      if (c == 0) {
        while (mid > 0 && key.apply(list.get(mid - 1)).equals(wanted)) {
          mid--; // the first with that key, as one by one would find
        }
        return Optional.of(list.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (T t : list) {
      if (key.apply(t).equals(wanted)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
