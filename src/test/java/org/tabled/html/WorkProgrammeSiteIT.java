package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * Work programme pages (issue 5): each planned meeting links to the meeting's page when there is
 * one, and a topic links to the agenda item that takes its paper once that agenda is published.
 * Papers whose appendix is the generated work programme or tracker link to those pages.
 */
class WorkProgrammeSiteIT {

  static final String WP = "committees/children-scrutiny/work-programme/2026-27/";

  @Test
  void plannedMeetingsLinkToTheirMeetingPages() throws IOException {
    Document wp = TrackerSiteIT.page(Sites.example(), WP);
    List<String> hrefs =
        wp.select("main h2").stream()
            .map(h -> h.selectFirst("a"))
            .map(a -> a == null ? "" : a.attr("href"))
            .toList();
    assertEquals(
        List.of(
            "../../2026-07-14/",
            "../../2026-09-22/",
            "../../2026-11-17/",
            "../../2026-12-01/",
            "../../2027-02-02/",
            "",
            ""),
        hrefs,
        "the March 2027 meeting is not in the calendar yet; the last heading is"
            + " the unallocated topics");
  }

  @Test
  void aTopicLinksToItsAgendaItemOnceTheAgendaIsPublished() throws IOException {
    Document wp = TrackerSiteIT.page(Sites.example(), WP);
    assertEquals(
        "../../2026-12-01/#item-4", topic(wp, "Children's social care workforce").attr("href"));
    assertEquals("Item 4, 1 December 2026", topic(wp, "Children's social care workforce").text());
    // Agenda published on 22 January 2027, after the example's day.
    assertNull(topic(wp, "Elective home education"));
    // A topic with no paper named.
    assertNull(topic(wp, "Youth Voice Task Group final report"));
    Path later =
        Sites.build(Fixtures.projectDir().resolve("content"), LocalDate.of(2027, 1, 22), false);
    assertEquals(
        "../../2027-02-02/#item-4",
        topic(TrackerSiteIT.page(later, WP), "Elective home education").attr("href"));
  }

  @Test
  void leadsAreNamedWithTheirRoles() throws IOException {
    Element row =
        row(
            TrackerSiteIT.page(Sites.example(), WP),
            "Home to school travel assistance for children with SEND");
    assertEquals(
        List.of(
            "Councillor Nadia Rahman, Cabinet Member for Children, Families and Education",
            "Claire Hennessy, Head of SEND and Inclusion"),
        row.select("td li").eachText());
  }

  @Test
  void generatedAppendicesLinkToTheTrackerAndWorkProgramme() throws IOException {
    Document paper =
        TrackerSiteIT.page(
            Sites.example(),
            "committees/children-scrutiny/2026-12-01/work-programme-december-2026/");
    assertEquals(
        List.of("../../tracker/", "../../work-programme/2026-27/"),
        paper.select(".appendix-list a").eachAttr("href"));
    assertTrue(paper.selectFirst(".appendix-list").text().contains("kept up to date on this site"));
  }

  /** The topic's link to its agenda item, or null. */
  private static Element topic(Document wp, String title) {
    return row(wp, title).selectFirst(".topic-item a");
  }

  private static Element row(Document wp, String title) {
    Element th =
        wp.select("th[scope=row]").stream()
            .filter(x -> x.ownText().equals(title))
            .findFirst()
            .orElse(null);
    assertNotNull(th, "no topic " + title);
    return th.parent();
  }
}
