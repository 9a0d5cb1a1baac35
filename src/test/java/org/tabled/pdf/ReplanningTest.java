package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the paginator plans with after a layout that did not follow its plan. */
class ReplanningTest {

  private static final Map<String, String> TEXT = Map.of("a", "digest-a", "b", "digest-b");

  @Test
  void thePagesTakenInTheLastLayoutComeFirst() {
    Replanning r = new Replanning(Map.of("a", 3, "b", 2));
    r.laidOut(Map.of("a", 3, "b", 2), TEXT);
    assertEquals(Optional.of(Map.of("a", 4, "b", 2)), r.next(Map.of("a", 4, "b", 2), TEXT));
  }

  @Test
  void goingRoundInACircleGivesEachDocumentTheMostItTookThenNothing() {
    Replanning r = new Replanning(Map.of("a", 3, "b", 2));
    r.laidOut(Map.of("a", 3, "b", 2), TEXT);
    assertEquals(Optional.of(Map.of("a", 3, "b", 3)), r.next(Map.of("a", 3, "b", 3), TEXT));
    r.laidOut(Map.of("a", 3, "b", 3), TEXT);
    assertEquals(Optional.of(Map.of("a", 4, "b", 2)), r.next(Map.of("a", 4, "b", 2), TEXT));
    r.laidOut(Map.of("a", 4, "b", 2), TEXT);
    // back to the first plan: not again, but the most each has taken
    assertEquals(Optional.of(Map.of("a", 4, "b", 3)), r.next(Map.of("a", 3, "b", 2), TEXT));
    r.laidOut(Map.of("a", 4, "b", 3), TEXT);
    assertEquals(
        Optional.empty(),
        r.next(Map.of("a", 3, "b", 2), TEXT),
        "every choice laid out: it does not settle");
  }

  @Test
  void theSameCountsWithOtherTextAreAnotherPlan() {
    Replanning r = new Replanning(Map.of("a", 3, "b", 2));
    r.laidOut(Map.of("a", 3, "b", 2), TEXT);
    Map<String, String> rewritten =
        Map.of("a", "digest-a2", "b", "digest-b"); // a tracker written again
    assertEquals(Optional.of(Map.of("a", 3, "b", 2)), r.next(Map.of("a", 3, "b", 2), rewritten));
  }
}
