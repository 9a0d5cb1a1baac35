package org.tabled.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exemption's legal wording, written once for the website, the front sheet and the members'
 * pack.
 */
class ExemptionTest {

  @Test
  void theClauseAndStatementCiteTheSchedule() {
    Exemption e = new Exemption(3);
    assertEquals(
        "exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972",
        e.clause());
    assertEquals(
        "Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972:"
            + " Information relating to the financial or business affairs of any particular person (including the"
            + " authority holding that information).",
        e.statement());
    for (int p = 1; p <= 7; p++) {
      String s = new Exemption(p).statement();
      assertTrue(
          s.startsWith(
              "Exempt information under paragraph " + p + " of " + Exemption.SCHEDULE + ": "),
          s);
      assertTrue(s.endsWith(".") && !s.endsWith(".."), s);
    }
  }

  @Test
  void onlyParagraphsOneToSevenExist() {
    assertThrows(IllegalArgumentException.class, () -> new Exemption(8));
    assertTrue(Exemption.of(0).isEmpty());
  }
}
