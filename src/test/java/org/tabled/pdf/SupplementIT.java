package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * Supplementary agendas (issue 15), on the example council: the Youth Voice Task Group's report for
 * item 5 of the Children's Services Scrutiny Committee on 1 December 2026 was "to follow" on the
 * agenda published on 20 November and is published on 27 November in Supplementary agenda 1. Built
 * the day before and on the day: the agenda pack's bytes do not change; the supplement has its own
 * front sheet, whose "(Pages S1 - S2)" ranges are true when read back, "Page S1" numbers, odd
 * starts, bookmarks and the Chair's reason for urgency, and conforms to PDF/UA-1; the meeting page
 * lists it with its date and says under item 5 where its paper was published.
 */
class SupplementIT {

  private static final String MEETING = "committees/children-scrutiny/2026-12-01/";
  private static final String PACK = MEETING + "agenda-pack-children-scrutiny-2026-12-01.pdf";
  private static final String SUPPLEMENT =
      MEETING + "supplementary-agenda-1-children-scrutiny-2026-12-01.pdf";
  private static final String TITLE = "Youth Voice Task Group final report";
  private static final Pattern RANGE = Pattern.compile("\\(Pages (S?\\d+) - (S?\\d+)\\)");

  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private static Built before() {
    return Built.build(
        "example", Fixtures.projectDir().resolve("content"), LocalDate.of(2026, 11, 26));
  }

  private static Built on() {
    return Built.build(
        "example", Fixtures.projectDir().resolve("content"), LocalDate.of(2026, 11, 27));
  }

  @Test
  void theAgendaPackIsByteIdenticalBeforeAndAfterTheSupplement() throws IOException {
    assertFalse(Files.exists(before().out().resolve(SUPPLEMENT)), "no supplement before its day");
    assertTrue(Files.exists(on().out().resolve(SUPPLEMENT)), "the supplement on its day");
    assertArrayEquals(
        before().bytes(PACK), on().bytes(PACK), "the agenda pack members hold does not change");
    // and it still says the paper is to follow, with no pages for it
    PdfPages pack = new PdfPages(on().bytes(PACK));
    String front =
        (pack.page(1).body() + " " + pack.page(2).body() + " " + pack.page(3).body())
            .replaceAll("\\s+", " ");
    int item5 = front.indexOf("YOUTH VOICE TASK GROUP FINAL REPORT");
    assertTrue(item5 > 0, front);
    String entry = front.substring(item5, front.indexOf("TRACKERS AND WORK PROGRAMME"));
    assertTrue(entry.contains("To follow"), entry);
    assertFalse(RANGE.matcher(entry).find(), entry);
    assertFalse(
        pack.allText().contains("Fewer than one in five"), "the report is not in the agenda pack");
  }

  @Test
  void theSupplementHasItsOwnFrontSheetNumberingAndTrueRanges() throws IOException {
    PdfPages pdf = new PdfPages(on().bytes(SUPPLEMENT));
    List<String> problems = new ArrayList<>();
    // page numbers "Page S1" … on every page (this committee numbers its front sheet)
    for (PdfPages.Page p : pdf.pages) {
      if (!p.footer().equals("Page S" + p.number())) {
        problems.add("page " + p.number() + ": footer '" + p.footer() + "'");
      }
    }
    String front = pdf.page(1).body().replaceAll("\\s+", " ");
    assertTrue(front.contains("Supplementary Agenda 1"), front);
    assertTrue(
        front.contains("Children's Services Scrutiny Committee") || front.contains("Children"),
        front);
    assertTrue(front.contains("published on Friday 27 November 2026"), front);
    assertTrue(
        front.contains(
            "The Chair has agreed that this item be considered as a matter of urgency because the"
                + " Cabinet considers the budget for 2027-28 on 10 December 2026, before the committee next meets, and the"
                + " task group's third recommendation concerns that budget."),
        front);
    assertFalse(front.contains("MEMBERSHIP"), "only the item it brings: " + front);
    // the range, read back: the report starts on the first page whose running header is its title
    int first = -1;
    for (PdfPages.Page p : pdf.pages) {
      if (first < 0 && p.number() > 1 && p.header().contains(TITLE)) {
        first = p.number();
      }
    }
    assertTrue(first > 1, "the report's first page");
    assertEquals(1, first % 2, "the report starts on an odd page");
    assertEquals(0, pdf.count() % 2, "a pack ends on an even page");
    Matcher r = RANGE.matcher(front);
    assertTrue(r.find(), front);
    assertEquals("S" + first, r.group(1), "first page of item 5");
    assertEquals("S" + pdf.count(), r.group(2), "last page of item 5, its blank page included");
    assertTrue(pdf.page(first).body().contains("Executive summary"), pdf.page(first).body());
    assertTrue(pdf.allText().contains("Fewer than one in five"), "the report is in the supplement");
    // bookmarks: the front sheet, and the item at the report's first page
    int start = first;
    assertTrue(
        pdf.outline.stream()
            .anyMatch(m -> m.title().equals("Item 5: " + TITLE) && m.page() == start),
        pdf.outline.toString());
    assertTrue(pdf.title.startsWith("Supplementary agenda 1: "), pdf.title);
    assertTrue(pdf.tagged);
    assertEquals(List.of(), problems);
  }

  @Test
  void theSupplementConformsToPdfUa1() throws Exception {
    assertEquals("", PdfUaIT.failures(on().bytes(SUPPLEMENT)));
  }

  @Test
  void theMeetingPageListsThePacksWithTheirDates() throws IOException {
    Document page = Jsoup.parse(on().out().resolve(MEETING + "index.html").toFile(), "UTF-8");
    Element link =
        page.selectFirst("a[href=supplementary-agenda-1-children-scrutiny-2026-12-01.pdf]");
    assertTrue(link != null, "a link to the supplement");
    assertTrue(
        link.text().startsWith("Supplementary agenda 1 (published 27 November 2026, item 5, PDF, "),
        link.text());
    Element pack = page.selectFirst("a[href=agenda-pack-children-scrutiny-2026-12-01.pdf]");
    assertTrue(
        pack.text().startsWith("Agenda pack (published 20 November 2026, PDF, "), pack.text());
    Element item = page.getElementById("item-5");
    assertTrue(
        item.text().contains("Published on 27 November 2026 in Supplementary agenda 1."),
        item.text());
    // the item's link opens the supplement at the item's first page (issue 15): read back there
    Element at = item.selectFirst("p.in-supplement a[href^=supplementary-agenda-1-]");
    assertTrue(at != null, item.html());
    String href = at.attr("href");
    assertTrue(
        href.matches("supplementary-agenda-1-children-scrutiny-2026-12-01\\.pdf#page=\\d+"), href);
    PdfPages pdf = new PdfPages(on().bytes(SUPPLEMENT));
    int opens = Integer.parseInt(href.substring(href.indexOf("=") + 1));
    assertTrue(pdf.page(opens).header().contains(TITLE), "page " + opens + ": " + pdf.page(opens));
    assertTrue(
        pdf.page(opens - 1).isBlank() || !pdf.page(opens - 1).header().contains(TITLE),
        "the item's first page");
    // the day before: no supplement, and the item is still to follow
    Document earlier =
        Jsoup.parse(before().out().resolve(MEETING + "index.html").toFile(), "UTF-8");
    assertTrue(earlier.select("a[href^=supplementary-agenda]").isEmpty());
    assertTrue(
        earlier.getElementById("item-5").text().contains("To follow"),
        earlier.getElementById("item-5").text());
  }
}
