package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;

/**
 * {@code [[…]]} references on the website (issue 5): each kind resolves to the right page or
 * anchor, relative to the page it is on, with the target's proper title as its text (the author's
 * own text if given, a short title inside the same paper) and the full title in its {@code title}
 * attribute. A target the public cannot see yet is printed as its title without a link.
 */
class CrossReferenceSiteIT {

  static final String CS = "committees/children-scrutiny/";
  static final String WP_PAPER = CS + "2026-12-01/work-programme-december-2026/index.html";
  static final String NOV_MINUTES = CS + "2026-11-17/minutes/index.html";
  static final String TRACKER = CS + "tracker/index.html";

  /** A reference to a meeting, with the author's own text. */
  @Test
  void meeting() throws IOException {
    assertRef(
        Sites.example(),
        WP_PAPER,
        "../../2026-09-22/",
        "its meeting on 22 September 2026",
        "Children, Families and Education Scrutiny Committee, 22 September 2026");
  }

  /** An item of the same meeting from a paper ("item 5"), and of another meeting from minutes. */
  @Test
  void agendaItem() throws IOException {
    String title = "Item 5: Youth Voice Task Group final report, 1 December 2026";
    assertRef(Sites.example(), WP_PAPER, "../#item-5", "item 5", title);
    assertRef(Sites.example(), NOV_MINUTES, "../../2026-12-01/#item-5", title, title);
  }

  @Test
  void paper() throws IOException {
    String title = "Item 5: School place planning and sufficiency 2026, 22 September 2026";
    assertRef(Sites.example(), TRACKER, "../2026-09-22/school-place-planning/", title, title);
  }

  /**
   * A Markdown appendix, and the two generated ones, which are the tracker and work programme
   * pages.
   */
  @Test
  void appendix() throws IOException {
    String title =
        "Appendix 1: Dedicated Schools Grant management plan summary (item 5, 17 November 2026)";
    assertRef(Sites.example(), NOV_MINUTES, "../high-needs-block/appendix-1/", title, title);
    assertRef(
        Sites.example(),
        WP_PAPER,
        "../../tracker/",
        "Appendix 1",
        "Appendix 1: Recommendation and action tracker (item 6, 1 December 2026)");
    assertRef(
        Sites.example(),
        WP_PAPER,
        "../../work-programme/2026-27/",
        "Appendix 2",
        "Appendix 2: Work programme 2026-27 (item 6, 1 December 2026)");
  }

  /**
   * An appendix supplied as a PDF links to the PDF (golden council: the example has no such
   * reference).
   */
  @Test
  void pdfAppendix() throws IOException {
    assertRef(
        Sites.golden(),
        "committees/audit/2025-03-04/treasury-review/index.html",
        "appendix-2.pdf",
        "Appendix 2",
        "Appendix 2: Letter from the council's treasury advisers (item 3, 4 March 2025)");
  }

  /**
   * A paragraph of the same paper ("paragraph 3.1"), and of another paper with the author's text.
   */
  @Test
  void paragraph() throws IOException {
    assertRef(
        Sites.example(),
        WP_PAPER,
        "#para-3-1",
        "paragraph 3.1",
        "paragraph 3.1 of Trackers and work programme, December 2026 (item 6, 1 December 2026)");
    assertRef(
        Sites.example(),
        TRACKER,
        "../2026-09-22/school-place-planning/#para-3-1",
        "paragraph 3.1",
        "paragraph 3.1 of School place planning and sufficiency 2026 (item 5, 22 September 2026)");
    // From an appendix page, a paragraph of its own paper.
    assertRef(
        Sites.golden(),
        "committees/audit/2025-03-04/treasury-review/appendix-1/index.html",
        "../#para-2-1",
        "paragraph 2.1",
        "paragraph 2.1 of Treasury management mid-year review 2024-25 (item 3, 4 March 2025)");
  }

  @Test
  void trackerEntry() throws IOException {
    String title =
        "Action of 14 July 2026, minute 5: Home to school travel assistance for children with SEND";
    assertRef(
        Sites.example(),
        WP_PAPER,
        "../../tracker/#send-travel-attendance-monitoring",
        title,
        title);
    assertRef(
        Sites.example(),
        WP_PAPER,
        "../../tracker/#hnb-tribunal-appeals",
        "the figures on SEND tribunal appeals",
        "Request for information of 17 November 2026, minute 5: High needs funding and the SEND sufficiency plan");
  }

  /** A councillor links to their page; an officer, who has none, is named without a link. */
  @Test
  void person() throws IOException {
    assertRef(
        Sites.example(),
        TRACKER,
        "../../../people/nadia-rahman/",
        "Councillor Nadia Rahman",
        "Councillor Nadia Rahman");
    assertUnlinked(Sites.example(), NOV_MINUTES, "Claire Hennessy");
  }

  /**
   * The paper of a meeting whose agenda is published after the build's day: named only by its
   * meeting, without a link (its item number and title are part of the embargoed agenda); once the
   * agenda is out, the same reference links to it by its title.
   */
  @Test
  void embargoedTargetIsTextWithoutALink() throws IOException {
    String title = "Item 4: Elective home education, 2 February 2027";
    assertUnlinked(
        Sites.example(),
        WP_PAPER,
        "a paper for the meeting of the Children, Families and Education Scrutiny"
            + " Committee on 2 February 2027 (not yet published)");
    assertEquals(
        List.of(),
        SiteFiles.containing(Sites.example(), title),
        "the embargoed item's number and title appear nowhere");
    Path later =
        Sites.build(Fixtures.projectDir().resolve("content"), LocalDate.of(2027, 1, 22), false);
    assertRef(later, WP_PAPER, "../../2027-02-02/elective-home-education/", title, title);
    // The same in the golden council for a paper published later than its agenda, before its day:
    // the agenda is out, but the paper's title is not, so it too is named only by its meeting.
    assertUnlinked(
        Sites.golden(),
        trackerOf("audit"),
        "a paper for the meeting of the Audit and Governance Committee on 10 June 2025 (not yet published)");
  }

  /** No page shows a reference as written: every one is filled in. */
  @Test
  void noReferenceIsLeftAsWritten() throws IOException {
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      for (String f : SiteFiles.pages(site)) {
        String text = Jsoup.parse(site.resolve(f).toFile(), "UTF-8").text();
        for (String kind :
            List.of("meeting:", "item:", "paper:", "appendix:", "para:", "tracker:", "person:")) {
          assertFalse(text.contains("[[" + kind), f + " shows a reference as written: [[" + kind);
        }
      }
    }
  }

  private static String trackerOf(String committee) {
    return "committees/" + committee + "/tracker/index.html";
  }

  private static void assertRef(Path site, String page, String href, String text, String title)
      throws IOException {
    Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    List<Element> links =
        doc.select("a.ref").stream().filter(a -> a.attr("href").equals(href)).toList();
    assertFalse(
        links.isEmpty(),
        page + " has no reference linking to " + href + ": " + doc.select("a.ref"));
    Element a = links.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
    assertNotNull(
        a,
        page
            + ": the reference to "
            + href
            + " reads "
            + links.stream().map(Element::text).toList()
            + ", not '"
            + text
            + "'");
    assertEquals(title, a.attr("title"), page + ": title of the reference to " + href);
  }

  private static void assertUnlinked(Path site, String page, String text) throws IOException {
    Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    Element span =
        doc.select("span.ref").stream().filter(s -> s.text().equals(text)).findFirst().orElse(null);
    assertNotNull(
        span,
        page + " does not show '" + text + "' as an unlinked reference: " + doc.select(".ref"));
    assertNull(span.closest("a"), "inside a link");
    assertTrue(
        doc.select("a.ref").stream().noneMatch(a -> a.text().equals(text)),
        page + " also links " + text);
  }
}
