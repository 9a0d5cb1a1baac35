package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The minutes chain on the website (issue 5): a meeting's page and its minutes page say whether the
 * minutes are approved and where, worked out from the later agenda that names them; the minutes
 * item of that later agenda links back to them.
 */
class MinutesChainSiteIT {

  static final String CS = "committees/children-scrutiny/";

  @Test
  void approvedMinutesNameTheMeetingThatApprovedThem() throws IOException {
    assertChain(
        Sites.example(),
        CS + "2026-09-22/",
        "Approved at the meeting on 17 November 2026.",
        "../2026-11-17/#item-3");
    assertChain(
        Sites.example(),
        CS + "2026-09-22/minutes/",
        "Approved at the meeting on 17 November 2026.",
        "../../2026-11-17/#item-3");
  }

  @Test
  void draftMinutesOnAPublishedAgendaAreToBeApprovedThere() throws IOException {
    assertChain(
        Sites.example(),
        CS + "2026-11-17/",
        "Draft: To be approved at the meeting on 1 December 2026.",
        "../2026-12-01/#item-3");
    Document minutes = TrackerSiteIT.page(Sites.example(), CS + "2026-11-17/minutes/");
    assertTrue(
        minutes
            .selectFirst(".notice")
            .text()
            .startsWith(
                "Draft: To be approved at the meeting on 1 December 2026."
                    + " These minutes are a draft"),
        minutes.selectFirst(".notice").text());
  }

  /** Until the agenda that takes them is published, draft minutes name no meeting. */
  @Test
  void draftMinutesNotYetOnAnAgenda() throws IOException {
    // Communities: the agenda naming the October minutes is published after the example's day.
    assertChain(
        Sites.example(),
        "committees/communities-scrutiny/2026-10-06/",
        "Draft: Not yet approved by the committee.",
        null);
    // Children's: the same minutes as above, built before the December agenda was published.
    Path before =
        Sites.build(Fixtures.projectDir().resolve("content"), LocalDate.of(2026, 11, 19), false);
    assertChain(before, CS + "2026-11-17/", "Draft: Not yet approved by the committee.", null);
    assertChain(
        before, CS + "2026-11-17/minutes/", "Draft: Not yet approved by the committee.", null);
  }

  /**
   * The later agenda's minutes item gives the computed purpose and links to the earlier minutes.
   */
  @Test
  void theMinutesItemLinksToTheEarlierMinutes() throws IOException {
    Element item =
        TrackerSiteIT.page(Sites.golden(), "committees/audit/2025-06-10/").getElementById("item-2");
    assertEquals(
        "To approve the minutes of the meeting held on 4 March 2025.",
        item.selectFirst("p").text());
    assertEquals("../2025-03-04/minutes/", item.selectFirst("a").attr("href"));
  }

  /** On a meeting page the sentence is in the summary list; on a minutes page it opens the page. */
  private static void assertChain(Path site, String page, String text, String href)
      throws IOException {
    Document doc = TrackerSiteIT.page(site, page);
    Element where =
        page.endsWith("/minutes/")
            ? doc.selectFirst("main h1 + *")
            : doc.select(".summary-list dt").stream()
                .filter(dt -> dt.text().equals("Minutes"))
                .findFirst()
                .map(Element::nextElementSibling)
                .orElse(null);
    assertNotNull(where, page + " says nothing about its minutes");
    String said = where.text();
    assertTrue(said.startsWith(text), page + ": " + said);
    Element a = where.selectFirst("a");
    if (href == null) {
      assertNull(a, page + " links a meeting: " + a);
    } else {
      assertNotNull(a, page);
      assertEquals(href, a.attr("href"), page);
    }
  }
}
