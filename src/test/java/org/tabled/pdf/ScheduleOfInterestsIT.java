package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;

/**
 * The schedule of interests printed in a pack ({@code schedule_of_interests: true}), read back with
 * PDFBox: a document of its own under its item, counted in the item's "(Pages X - Y)" on the front
 * sheet, with the committee's members in the committee's order and their interests held on the
 * meeting's day; and a schedule longer than a page repeats its header row on every page.
 */
class ScheduleOfInterestsIT {

  static final String PACK =
      "committees/children-leisure/2016-05-09/agenda-pack-children-leisure-2016-05-09.pdf";
  static final String HEADER = "Member Category Organisation or description Nature of interest";

  @TempDir Path tmp;

  /** The pages whose running header is the schedule's. */
  private static List<PdfPages.Page> schedulePages(PdfPages pdf) {
    return pdf.pages.stream().filter(p -> p.header().contains("Schedule of interests")).toList();
  }

  /**
   * The text of page {@code n} in the order it is drawn (a table cell's lines together, cells in
   * order), whitespace runs made single spaces: a cell's text wraps, and text sorted by position
   * would interleave the lines of neighbouring cells.
   */
  private static String drawn(byte[] pdf, int n) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(n);
      s.setEndPage(n);
      // a name may break after its hyphen: "Okri-" / "Hart"
      return s.getText(doc).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    }
  }

  @Test
  void theConventionsPackPrintsTheScheduleUnderItsItemInTheCommitteesOrder() throws Exception {
    byte[] bytes = Built.conventions().bytes(PACK);
    PdfPages pdf = new PdfPages(bytes);
    List<PdfPages.Page> pages = schedulePages(pdf);
    assertEquals(1, pages.size(), "eight members fit one page");
    PdfPages.Page p = pages.get(0);
    String body = drawn(bytes, p.number());
    assertTrue(body.contains("Schedule of interests: members of the Children, Sport and"), body);
    assertTrue(body.contains(HEADER), body);
    // member_order: written, in the committee's groups
    List<String> order =
        List.of(
            "Councillor Rosalind Achebe",
            "Councillor Gareth Llewellyn",
            "Councillor Priti Dhanoa No interests registered",
            "Councillor Owen Fairbairn Register not published here",
            "Tamsin Rowe",
            "Father Joseph Kiley Register not published here",
            "Alys Pembury",
            "Yusuf Adeleke");
    int at = -1;
    for (String s : order) {
      int next = body.indexOf(s, at + 1);
      assertTrue(next > at, s + " after the one before it: " + body);
      at = next;
    }
    assertTrue(body.contains("Corporate tenancies Unit 6, Kingsway Workshops"), body);
    assertTrue(body.contains("Practice nurse (spouse or partner)"), body);
    // the front sheet counts it: item 2 "(Pages 3 - 3)" or "(Pages 3 - 4)" with its blank page
    String front = pdf.page(1).flatBody() + " " + pdf.page(2).flatBody();
    Matcher m =
        Pattern.compile("2\\. DECLARATIONS OF INTEREST .*?\\(Pages (\\d+) - (\\d+)\\)")
            .matcher(front);
    assertTrue(m.find(), front);
    assertTrue(
        p.footer().contains("Page " + m.group(1)),
        "the range starts on the schedule's page: " + p.footer() + " " + m.group());
    assertTrue(
        pdf.outline.stream().anyMatch(x -> x.title().equals("Schedule of interests")),
        "bookmarked under its item");
  }

  @Test
  void aScheduleLongerThanAPageRepeatsItsHeaderRowOnEveryPage() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden"), content);
    Path ben = content.resolve("people/ben-okri-hart.yaml");
    StringBuilder many = new StringBuilder(Files.readString(ben));
    for (int i = 1; i <= 70; i++) {
      many.append("  - category: other\n")
          .append("    organisation: Fernbrook Neighbourhood Group number ")
          .append(i)
          .append("\n    nature: Member\n    from: 2020-01-01\n");
    }
    Files.writeString(ben, many.toString());
    Path out = Built.run(content, tmp.resolve("site"), LocalDate.of(2025, 6, 5));
    byte[] bytes =
        Files.readAllBytes(
            out.resolve("committees/audit/2025-03-04/agenda-pack-audit-2025-03-04.pdf"));
    List<PdfPages.Page> pages = schedulePages(new PdfPages(bytes));
    assertTrue(pages.size() >= 3, "seventy-odd rows run over pages: " + pages.size());
    StringBuilder all = new StringBuilder();
    for (PdfPages.Page p : pages) {
      String text = drawn(bytes, p.number());
      assertTrue(text.contains(HEADER), "header row on page " + p.number() + ": " + text);
      all.append(text).append(' ');
    }
    for (int i = 1; i <= 70; i++) {
      assertTrue(
          all.toString().contains("Fernbrook Neighbourhood Group number " + i + " "), "row " + i);
    }
    assertTrue(
        all.toString().contains("Councillor Ben Okri-Hart Other registrable interests"),
        all.toString());
  }
}
