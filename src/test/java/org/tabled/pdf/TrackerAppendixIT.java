package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Outcome;
import org.tabled.model.Paper;
import org.tabled.model.TrackerPages;
import org.tabled.output.SitePaths;

/**
 * The tracker appendices (issue 5, DOMAIN.md §8 checks 4 and 5; issue 14), read back from the built
 * packs through the PDF's structure tree: every "Response on page(s) N" points at the pages, as
 * their footers print them, where that entry's response really is, in this PDF (and links to it)
 * or, carried forward, "of the agenda pack for DATE", in the earlier pack it names; every response
 * printed is pointed at; the counts by status add up; every outcome of the earlier minutes is in
 * the table once, word for word; no page of the table starts with its meeting date or item blank.
 */
class TrackerAppendixIT {

  /**
   * A pointer: its pages (group 1), the date of the earlier pack that prints it (group 2, or 4 in
   * the house style that counts pages from the appendix), and that appendix's label (group 3).
   */
  static final Pattern POINTER =
      Pattern.compile(
          "Response on pages? ([0-9, &]+?)(?: of the agenda pack for (\\d{1,2} [A-Z][a-z]+ \\d{4})| of Appendix (\\S+?)"
              + "(?: in the agenda for (\\d{1,2} [A-Z][a-z]+ \\d{4}))?)?\\.");

  static final List<String> STATUSES =
      List.of("Open", "In progress", "Completed", "Not progressing");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * One row of a tracker table.
   *
   * @param date the meeting date cell (empty after a group's first row)
   * @param item the item cell
   * @param type the type cell
   * @param detail the detail cell
   * @param status the status cell
   * @param page the page (1-based, in the file) the row starts on
   * @param link where the status cell's link goes (the response in this PDF), or null
   */
  record Row(
      String date,
      String item,
      String type,
      String detail,
      String status,
      int page,
      PdfStructure.Target link) {

    String label() {
      return STATUSES.stream().filter(status::startsWith).findFirst().orElse("");
    }
  }

  /**
   * A tracker appendix as printed.
   *
   * @param path the pack
   * @param meeting the pack's meeting
   * @param label the appendix's label, "1"
   * @param first the appendix's first page
   * @param rows its table
   * @param counts the summary of counts, by status, and "Total"
   * @param responses the responses printed in it: the detail of the entry each answers, and the
   *     pages, as their footers number them, where the response is
   * @param relative the same, counted from the appendix's first page (page 1)
   * @param starts for each response, the page (1-based, in the file) it starts on
   */
  record Tracker(
      String path,
      Meeting meeting,
      String label,
      int first,
      List<Row> rows,
      Map<String, Integer> counts,
      Map<String, SortedSet<Integer>> responses,
      Map<String, Integer> starts,
      Map<String, SortedSet<Integer>> relative) {}

  /** Every tracker appendix in the packs of {@code b}, oldest pack first. */
  static List<Tracker> trackers(Built b) {
    List<Tracker> out = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    for (Committee c : b.pub().council().committees()) {
      for (Meeting m : c.meetings()) {
        if (b.pub().isAgendaPublished(m.id())
            && m.status() != MeetingStatus.CANCELLED
            && !m.agenda().isEmpty()) {
          meetings.add(m);
        }
      }
    }
    meetings.sort(Comparator.comparing(Meeting::date));
    for (Meeting m : meetings) {
      out.addAll(trackers(b, m, SitePaths.pack(m.id())));
    }
    return out;
  }

  /**
   * The tracker appendices in the PDF at {@code path}, which prints papers of meeting {@code m}.
   */
  static List<Tracker> trackers(Built b, Meeting m, String path) {
    List<Tracker> out = new ArrayList<>();
    PdfStructure pdf;
    PdfPages pages;
    try {
      pdf = PdfStructure.of(b.bytes(path));
      pages = new PdfPages(b.bytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Paper p : m.papers()) {
      for (Appendix a : p.appendices()) {
        if (a.source() instanceof Appendix.GeneratedSource g
            && g.kind() == Appendix.Generated.TRACKER) {
          String start = "Appendix " + a.label() + " " + a.title();
          pdf.all("Sect").stream()
              .filter(s -> s.text().startsWith(start) && !s.all("Table").isEmpty())
              .findFirst()
              .ifPresent(s -> out.add(read(path, m, a.label(), s, pages)));
        }
      }
    }
    return out;
  }

  /** The page number the footer of page {@code n} (1-based, in the file) prints, or 0 if none. */
  private static int printed(PdfPages pages, int n) {
    Matcher f = Pattern.compile("Page (\\d+)$").matcher(pages.page(n).footer());
    return f.find() ? Integer.parseInt(f.group(1)) : 0;
  }

  private static Tracker read(
      String path, Meeting m, String label, PdfStructure.Node sect, PdfPages pdfPages) {
    int first = sect.pages().first();
    Map<String, Integer> starts = new LinkedHashMap<>();
    Map<String, SortedSet<Integer>> relative = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    Map<String, SortedSet<Integer>> responses = new LinkedHashMap<>();
    for (PdfStructure.Node table : sect.all("Table")) {
      List<PdfStructure.Node> trs = table.all("TR");
      if (!trs.isEmpty() && trs.get(0).text().equals("Status Entries")) {
        for (PdfStructure.Node tr : trs) {
          if (!tr.kids("TD").isEmpty()) {
            counts.put(tr.kids("TH").get(0).text(), Integer.parseInt(tr.kids("TD").get(0).text()));
          }
        }
      } else if (!trs.isEmpty()
          && trs.get(0).text().contains("Detail")
          && trs.get(0).text().endsWith("Status")) {
        for (PdfStructure.Node tr : trs) {
          List<PdfStructure.Node> cells = tr.kids("TD");
          if (cells.size() == 6) {
            PdfStructure.Target link =
                cells.get(5).all("Link").stream()
                    .map(PdfStructure.Node::link)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            rows.add(
                new Row(
                    cells.get(0).text(),
                    cells.get(1).text(),
                    cells.get(2).text(),
                    cells.get(3).text(),
                    cells.get(5).text(),
                    tr.pages().first(),
                    link));
          }
        }
      }
    }
    for (PdfStructure.Node div : sect.all("Div")) {
      boolean isResponse =
          div.kids("P").stream().anyMatch(p -> p.text().equals("RESPONSE"))
              && !div.kids("Table").isEmpty();
      if (isResponse) {
        List<PdfStructure.Node> head = div.kids("Table").get(0).all("TD");
        SortedSet<Integer> pages = new TreeSet<>();
        div.pages().forEach(p -> pages.add(printed(pdfPages, p)));
        responses.put(head.get(0).text(), pages);
        starts.put(head.get(0).text(), div.pages().first());
        SortedSet<Integer> counted = new TreeSet<>();
        div.pages().forEach(p -> counted.add(p - first + 1));
        relative.put(head.get(0).text(), counted);
      }
    }
    return new Tracker(path, m, label, first, rows, counts, responses, starts, relative);
  }

  /** "2, 3 & 4" as pages. */
  static SortedSet<Integer> pages(String list) {
    SortedSet<Integer> out = new TreeSet<>();
    for (String p : list.split(",|&")) {
      out.add(Integer.parseInt(p.strip()));
    }
    return out;
  }

  /**
   * Checks every pointer in every tracker of {@code b} against where the responses really are;
   * returns the problems, and counts the pointers checked in {@code checked}.
   */
  static List<String> problems(Built b, List<Tracker> all, int[] checked) {
    List<String> problems = new ArrayList<>();
    for (Tracker t : all) {
      String where = t.path() + " Appendix " + t.label() + ": ";
      Set<String> pointedAt = new TreeSet<>();
      for (Row r : t.rows()) {
        if (r.label().isEmpty()) {
          problems.add(where + "a row with no status: " + r);
        }
        Matcher p = POINTER.matcher(r.status());
        if (!p.find()) {
          if (t.responses().containsKey(r.detail())) {
            problems.add(
                where + "a response is printed but its row does not point to it: " + r.detail());
          }
          continue;
        }
        checked[0]++;
        SortedSet<Integer> said = pages(p.group(1));
        boolean ofAppendix =
            p.group(3) != null; // the house style counting from the appendix's first page
        String date = p.group(2) != null ? p.group(2) : p.group(4);
        if (ofAppendix != (b.pub().council().site().trackerPages() == TrackerPages.APPENDIX)) {
          problems.add(where + "a pointer not in the council's house style: " + r.status());
        }
        if (date == null) {
          if (ofAppendix && !p.group(3).equals(t.label())) {
            problems.add(
                where
                    + "a pointer to Appendix "
                    + p.group(3)
                    + " of the same agenda: "
                    + r.status());
          }
          SortedSet<Integer> real = (ofAppendix ? t.relative() : t.responses()).get(r.detail());
          if (!said.equals(real)) {
            problems.add(
                where
                    + "says pages "
                    + said
                    + " but the response to '"
                    + r.detail()
                    + "' is on "
                    + real);
          }
          Integer start = t.starts().get(r.detail());
          if (r.link() == null || start == null || r.link().page() != start) {
            problems.add(
                where
                    + "the pointer to the response to '"
                    + r.detail()
                    + "' does not link to its first page "
                    + start
                    + ": "
                    + r.link());
          }
          pointedAt.add(r.detail());
        } else {
          LocalDate day = LocalDate.parse(date, DAY);
          if (!day.isBefore(t.meeting().date())) {
            problems.add(
                where + "a carried-forward pointer to a pack that is not earlier: " + r.status());
            continue;
          }
          MeetingId earlier = new MeetingId(t.meeting().id().committee(), day);
          Tracker then =
              all.stream()
                  .filter(
                      x ->
                          x.meeting().id().equals(earlier)
                              && x.responses().containsKey(r.detail())
                              && (!ofAppendix || x.label().equals(p.group(3))))
                  .findFirst()
                  .orElse(null);
          if (then == null) {
            problems.add(
                where
                    + "no tracker printing this response in the pack for "
                    + date
                    + ": "
                    + r.status());
            continue;
          }
          SortedSet<Integer> real =
              (ofAppendix ? then.relative() : then.responses()).get(r.detail());
          if (!said.equals(real)) {
            problems.add(
                where
                    + "says pages "
                    + said
                    + " of the pack for "
                    + date
                    + " but the response to '"
                    + r.detail()
                    + "' is on "
                    + real
                    + " there");
          }
          if (t.responses().containsKey(r.detail())) {
            problems.add(
                where
                    + "a response printed again after it was printed on "
                    + date
                    + ": "
                    + r.detail());
          }
        }
      }
      for (String printed : t.responses().keySet()) {
        if (!pointedAt.contains(printed)) {
          problems.add(
              where + "the response to '" + printed + "' is printed but no row points to it");
        }
      }
      // the summary of counts agrees with the rows
      Map<String, Integer> counted = new LinkedHashMap<>();
      STATUSES.forEach(s -> counted.put(s, 0));
      t.rows().forEach(r -> counted.merge(r.label(), 1, Integer::sum));
      counted.put("Total", t.rows().size());
      if (!counted.equals(t.counts())) {
        problems.add(where + "the counts say " + t.counts() + " but the rows have " + counted);
      }
      problems.addAll(reconcile(b, t));
    }
    return problems;
  }

  /**
   * DOMAIN.md §8 check 5: every outcome of the committee's earlier minutes that this audience can
   * see is in the table exactly once, with its text word for word; each meeting's rows are one
   * group, its date printed on its first row; the first row on each page has its date and item. (A
   * row may repeat its date and item elsewhere too: one that started a page in an earlier layout of
   * the appendix keeps them, see {@link TrackerPrint}.)
   */
  static List<String> reconcile(Built b, Tracker t) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> expected = new TreeMap<>();
    Map<String, String> dates = new HashMap<>();
    Committee c = b.pub().council().committee(t.meeting().id().committee()).orElseThrow();
    for (Meeting m : c.meetings()) {
      if (m.date().isBefore(t.meeting().date()) && m.minutes().isPresent()) {
        for (Outcome o : m.minutes().get().outcomes()) {
          String text = PdfStructure.normalise(o.text());
          expected.merge(text, 1, Integer::sum);
          dates.put(text, m.date().format(DAY));
        }
      }
    }
    Map<String, Integer> found = new TreeMap<>();
    t.rows().forEach(r -> found.merge(r.detail(), 1, Integer::sum));
    if (!expected.equals(found)) {
      problems.add(
          t.path()
              + ": the tracker's rows are not the outcomes of the earlier minutes: expected "
              + expected.keySet()
              + ", found "
              + found.keySet());
    }
    String current = "";
    Set<String> seen = new TreeSet<>();
    int page = 0;
    for (Row r : t.rows()) {
      boolean top = r.page() != page; // the first row on its page
      page = r.page();
      if (top && (r.date().isEmpty() || r.item().isEmpty())) {
        problems.add(
            t.path()
                + ": the row at the top of page "
                + r.page()
                + " has no meeting date or item: "
                + r);
      }
      if (!r.date().isEmpty()) {
        if (!r.date().equals(current) && !seen.add(r.date())) {
          problems.add(
              t.path() + ": the meeting date " + r.date() + " is printed on more than one group");
        }
        current = r.date();
      }
      if (!current.equals(dates.get(r.detail()))) {
        problems.add(
            t.path()
                + ": '"
                + r.detail()
                + "' is under "
                + current
                + " but was made on "
                + dates.get(r.detail()));
      }
    }
    return problems;
  }

  @TestFactory
  Stream<DynamicTest> everyResponsePointerIsWhereTheResponseIs() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Built b : List.of(Built.example(), Built.fixture())) {
      tests.add(
          dynamicTest(
              b.name(),
              () -> {
                List<Tracker> all = trackers(b);
                int[] checked = {0};
                List<String> problems = problems(b, all, checked);
                assertEquals(List.of(), problems);
                assertFalse(all.isEmpty(), "no tracker appendix in " + b.name());
                assertTrue(checked[0] >= all.size(), "too few pointers: " + checked[0]);
                System.out.printf(
                    "%s: %d tracker appendices, %d rows, %d response pointers checked%n",
                    b.name(),
                    all.size(),
                    all.stream().mapToInt(t -> t.rows().size()).sum(),
                    checked[0]);
              }));
    }
    return tests.stream();
  }

  /**
   * Issue 5: the example tracker has at least 12 entries across at least 3 meetings with every
   * status, and appears in a later meeting's pack as an appendix; carried-forward pointers name
   * earlier packs, and responses are printed in the pack that prints them first.
   */
  @Test
  void theExampleTrackerIsPrintedInALaterPackWithEveryStatus() {
    List<Tracker> all = trackers(Built.example());
    Tracker latest =
        all.stream()
            .filter(t -> t.meeting().id().committee().value().equals("children-scrutiny"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertEquals(LocalDate.of(2026, 12, 1), latest.meeting().date());
    assertTrue(latest.rows().size() >= 12, "rows: " + latest.rows().size());
    long meetings =
        latest.rows().stream().map(Row::date).filter(d -> !d.isEmpty()).distinct().count();
    assertTrue(meetings >= 3, "meetings: " + meetings);
    Set<String> statuses = new TreeSet<>();
    latest.rows().forEach(r -> statuses.add(r.label()));
    assertEquals(new TreeSet<>(STATUSES), statuses);
    assertTrue(
        latest.rows().stream()
            .anyMatch(r -> r.status().contains("of the agenda pack for 14 July 2026")),
        "a row carried forward from an earlier pack");
    assertTrue(
        latest.rows().stream()
            .anyMatch(
                r ->
                    POINTER.matcher(r.status()).find()
                        && !r.status().contains("of the agenda pack for")),
        "a response printed in this pack");
    // the table runs over pages, and a meeting's rows carry over to the next page, which repeats
    // its date
    assertTrue(
        latest.rows().stream().map(Row::date).filter(d -> !d.isEmpty()).count() > meetings,
        "no meeting's rows carry over to another page");
    assertTrue(
        latest.rows().stream()
            .anyMatch(r -> r.status().matches(".*Response on pages \\d+(, \\d+)* & \\d+.*")),
        "a response over more than one page");
    assertTrue(all.size() >= 3, "trackers in several packs: " + all.size());
  }

  /**
   * A paper's own PDF prints the same tracker as the pack: the same rows, the same pointers but for
   * their page numbers (each PDF gives its own), and each response on as many pages.
   */
  @Test
  void aPapersOwnPdfPrintsTheSameTrackerAsThePack() {
    Built b = Built.example();
    int compared = 0;
    for (Tracker inPack : trackers(b)) {
      for (Paper p : inPack.meeting().papers()) {
        String path = SitePaths.paperPdf(inPack.meeting().id(), p.id());
        for (Tracker own : trackers(b, inPack.meeting(), path)) {
          if (own.label().equals(inPack.label())) {
            assertEquals(text(inPack), text(own), path);
            assertEquals(lengths(inPack), lengths(own), path);
            assertEquals(inPack.counts(), own.counts(), path);
            compared++;
          }
        }
      }
    }
    assertTrue(compared >= 3, "paper PDFs with a tracker: " + compared);
  }

  /** The rows as text, their page numbers left out. */
  private static List<String> text(Tracker t) {
    return t.rows().stream()
        .map(
            r ->
                String.join(
                    " | ",
                    r.date(),
                    r.item(),
                    r.type(),
                    r.detail(),
                    r.status().replaceAll("\\d+", "N")))
        .toList();
  }

  /** How many pages each response takes. */
  private static Map<String, Integer> lengths(Tracker t) {
    Map<String, Integer> out = new TreeMap<>();
    t.responses().forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  /** Every status label a tracker row can have appears in the example's packs. */
  @Test
  void statusCellsUseTheStatusLabels() {
    for (Tracker t : trackers(Built.example())) {
      for (Row r : t.rows()) {
        assertFalse(r.label().isEmpty(), r.toString());
        String rest = r.status().substring(r.label().length()).strip();
        assertTrue(
            rest.isEmpty() || rest.startsWith("Received ") || rest.startsWith("Response "),
            t.path() + ": " + r.status());
      }
    }
  }
}
