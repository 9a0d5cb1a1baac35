package org.tabled.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Paginator} plans a book with next when its final layout did not follow the plan.
 *
 * <p>Normally the pages each document took in that layout: the final layout is the context that
 * counts. A layout engine is deterministic, so a plan laid out again with the same text gives the
 * same layout: if the next plan is one already laid out, the plans would go round in a circle, and
 * every document is planned instead with the most pages it has taken in any layout (a document
 * shorter than its place then ends before a blank page, if that is all it takes). If that plan too
 * has been laid out, nothing is left to try: the book does not settle.
 */
final class Replanning {

  /** The plans laid out: each document's page count, with the text it was laid out with. */
  private final Set<List<Map<String, ?>>> laidOut = new HashSet<>();

  /** The most pages each document has taken. */
  private final Map<String, Integer> most;

  /** Starts from the first plan's page counts, by document id. */
  Replanning(Map<String, Integer> first) {
    this.most = new HashMap<>(first);
  }

  /** Records a plan about to be laid out: its counts, and the digest of each section's text. */
  void laidOut(Map<String, Integer> counts, Map<String, String> keys) {
    laidOut.add(List.of(Map.copyOf(counts), Map.copyOf(keys)));
  }

  /**
   * The counts to plan with next, given those {@code measured} in the last layout and the sections'
   * text now; empty if every choice has been laid out already.
   */
  Optional<Map<String, Integer>> next(Map<String, Integer> measured, Map<String, String> keys) {
    measured.forEach((id, n) -> most.merge(id, n, Math::max));
    for (Map<String, Integer> counts : List.of(Map.copyOf(measured), Map.copyOf(most))) {
      if (!laidOut.contains(List.of(counts, Map.copyOf(keys)))) {
        return Optional.of(counts);
      }
    }
    return Optional.empty();
  }
}
