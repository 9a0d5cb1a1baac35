package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagePlanTest {

  private static final List<String> IDS = List.of("front", "minutes", "report", "app-1", "app-2");

  @Test
  void everyDocumentStartsOnAnOddPageWithBlankPagesWhereNeeded() {
    PagePlan plan = PagePlan.of(IDS, List.of(3, 4, 5, 1, 2), true, true);
    assertEquals(
        List.of(1, 5, 9, 15, 17), plan.slots().stream().map(PagePlan.Slot::first).toList());
    assertEquals(
        List.of(true, false, true, true, false),
        plan.slots().stream().map(PagePlan.Slot::blankAfter).toList());
    assertEquals(18, plan.pages());
    for (PagePlan.Slot s : plan.slots()) {
      assertEquals(1, s.first() % 2, s.id());
    }
  }

  @Test
  void packEndsOnAnEvenPageButAPaperPdfDoesNot() {
    assertEquals(8, PagePlan.of(List.of("a", "b"), List.of(2, 5), true, true).pages());
    PagePlan paper = PagePlan.of(List.of("a", "b"), List.of(2, 5), true, false);
    assertEquals(7, paper.pages());
    assertFalse(paper.slot("b").blankAfter());
  }

  @Test
  void rangesRunFromTheFirstPageToTheBlankPageBeforeTheNextItem() {
    PagePlan plan = PagePlan.of(IDS, List.of(3, 4, 5, 1, 2), true, true);
    assertEquals("(Pages 5 - 8)", plan.range(List.of("minutes")).toString());
    assertEquals("(Pages 9 - 18)", plan.range(List.of("report", "app-1", "app-2")).toString());
  }

  @Test
  void anUnnumberedFrontSheetAndItsBlankPageAreLeftOutOfThePageNumbers() {
    PagePlan plan = PagePlan.of(IDS, List.of(3, 4, 5, 1, 2), false, true);
    assertEquals(4, plan.unnumbered());
    assertEquals(0, plan.printed(4));
    assertEquals(1, plan.printed(5));
    assertEquals("(Pages 1 - 4)", plan.range(List.of("minutes")).toString());
    assertEquals("(Pages 5 - 14)", plan.range(List.of("report", "app-1", "app-2")).toString());
  }

  @Test
  void aDocumentThatExactlyFillsItsLastEvenPageNeedsNoBlankPage() {
    PagePlan plan = PagePlan.of(List.of("front", "a", "b"), List.of(2, 2, 1), true, false);
    assertTrue(plan.slots().stream().noneMatch(PagePlan.Slot::blankAfter));
    assertEquals(5, plan.slot("b").first());
  }

  @Test
  void aDocumentWithoutPagesIsAnError() {
    assertThrows(
        IllegalArgumentException.class, () -> PagePlan.of(List.of("a"), List.of(0), true, true));
    assertThrows(
        IllegalArgumentException.class,
        () -> PagePlan.of(List.of("a", "b"), List.of(1), true, true));
  }
}
