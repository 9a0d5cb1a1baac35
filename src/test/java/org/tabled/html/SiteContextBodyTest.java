package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.search.SearchDocument;

/** A paper's body as the build cache keeps it comes back whole, or not at all. */
class SiteContextBodyTest {

  private static final SiteContext.Body BODY =
      new SiteContext.Body(
          "<p id=\"para-1-1\">12:30 – “costs” 3:4</p>",
          new SearchDocument.Text(
              "1.1 12:30 – “costs” 3:4 🙂",
              List.of(
                  new SearchDocument.Anchor(0, "para-1-1", "paragraph 1.1"),
                  new SearchDocument.Anchor(9, "a:b", ""))));

  @Test
  void aBodyComesBackAsItWasKept() {
    assertEquals(Optional.of(BODY), SiteContext.Body.decode(BODY.encode()));
    SiteContext.Body empty = new SiteContext.Body("", SearchDocument.Text.plain(""));
    assertEquals(Optional.of(empty), SiteContext.Body.decode(empty.encode()));
  }

  @Test
  void aDamagedBodyIsAMiss() {
    String kept = BODY.encode();
    for (int cut = 0; cut < kept.length(); cut++) {
      assertTrue(SiteContext.Body.decode(kept.substring(0, cut)).isEmpty(), "cut at " + cut);
    }
    assertTrue(SiteContext.Body.decode(kept + "1").isEmpty());
    assertTrue(SiteContext.Body.decode("x" + kept).isEmpty());
  }
}
