package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@link LineBreaks} lets a line break, and where it does not (issue 14). */
class LineBreaksTest {

  private static List<Integer> breaks(String text) {
    LineBreaks b = new LineBreaks();
    b.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int at = b.next(); at != BreakIterator.DONE; at = b.next()) {
      out.add(at);
    }
    return out;
  }

  /** Fails if a line could break strictly inside {@code part} of {@code text}. */
  private static void keptTogether(String text, String part) {
    int start = text.indexOf(part);
    assertTrue(start >= 0, part);
    for (int at : breaks(text)) {
      assertFalse(
          at > start && at < start + part.length(),
          "a break in '"
              + part
              + "': '"
              + text.substring(0, at)
              + "' / '"
              + text.substring(at)
              + "'");
    }
  }

  @Test
  void neverInsideAWordAtAnApostrophe() {
    keptTogether("The Committee’s report on children’s services", "Committee’s");
    keptTogether("The Committee’s report on children’s services", "children’s");
    keptTogether("the partners' plan and the council's budget", "council's");
    keptTogether("Croeso i’r cyfarfod", "i’r");
  }

  @Test
  void neverAfterAnOpeningBracketOrBeforeAClosingOne() {
    keptTogether("The budget was noted (Appendix 1: Budget) today", "(Appendix");
    keptTogether("The budget was noted (see item 5) today", "5)");
    keptTogether("agreed [subject to audit] today", "[subject");
    keptTogether("agreed [subject to audit] today", "audit]");
  }

  @Test
  void neverBetweenPageAndItsNumberOrInsideARangeOfPages() {
    keptTogether("The report (Pages 5 - 10) was noted", "Pages 5 - 10)");
    keptTogether("set out on page 12 of the pack", "page 12");
    keptTogether("at pages 14 - 16 and pages 4 & 5", "pages 14 - 16");
    keptTogether("at pages 14 - 16 and pages 4 & 5", "pages 4 & 5");
    keptTogether("as paragraph 3.4 says", "paragraph 3.4");
    keptTogether("see Appendix 2 and item 5", "Appendix 2");
  }

  @Test
  void stillBreaksBetweenOrdinaryWords() {
    List<Integer> b = breaks("The Committee’s report was agreed (Pages 5 - 10) today");
    assertTrue(b.contains("The ".length()), b.toString());
    assertTrue(b.contains("The Committee’s ".length()), b.toString());
    assertTrue(
        b.contains("The Committee’s report was agreed ".length()), "before the bracket: " + b);
    assertTrue(
        b.contains("The Committee’s report was agreed (Pages 5 - 10) ".length()), b.toString());
  }
}
