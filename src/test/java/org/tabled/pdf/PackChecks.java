package org.tabled.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tabled.model.AgendaItem;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;

/**
 * The rules every PDF must follow, checked on the PDF as read back (DOMAIN.md §2 and §8): each
 * document starts on an odd page; blank pages say only "This page is intentionally left blank" and
 * appear only before an odd-page start; page numbers are continuous; the front sheet's "(Pages X -
 * Y)" are where each item's papers are; the outline points at the right pages.
 *
 * <p>Every problem is collected, so that a failure lists them all.
 */
final class PackChecks {

  private static final Pattern RANGE = Pattern.compile("\\(Pages (\\d+) - (\\d+)\\)");

  final List<String> problems = new ArrayList<>();
  private final PdfPages pdf;
  private final PageInk ink;
  private final List<Expected.Doc> docs;
  private final String blank;

  /** The first page of each expected document, in order. */
  final List<Integer> starts = new ArrayList<>();

  /** The pages before the first document: the front sheet (and its blank page). */
  int frontPages;

  PackChecks(PdfPages pdf, List<Expected.Doc> docs) {
    this(pdf, docs, null);
  }

  /**
   * The checks, knowing also what is drawn on each page ({@code ink}, or null): then a page with
   * nothing in its body (no text, no picture) is a problem, and a page holding only a picture
   * counts as holding its document's content.
   */
  PackChecks(PdfPages pdf, List<Expected.Doc> docs, PageInk ink) {
    this(pdf, docs, ink, HouseStyle.DEFAULT);
  }

  /** The checks, for a council whose blank pages say its house style's {@code blank_page}. */
  PackChecks(PdfPages pdf, List<Expected.Doc> docs, PageInk ink, HouseStyle hs) {
    this.pdf = pdf;
    this.docs = docs;
    this.ink = ink;
    this.blank = hs.word("blank_page");
    walk();
    if (ink != null) {
      ink.pages.stream()
          .filter(PageInk.Page::empty)
          .forEach(p -> problem(p.number(), "an empty page"));
    }
  }

  /** Finds where each document starts, from the running headers, and checks the blank pages. */
  private void walk() {
    int next = 0;
    for (PdfPages.Page page : pdf.pages) {
      int n = page.number();
      if (page.isBlank(blank)) {
        if (n % 2 != 0) {
          problem(n, "a blank page on an odd page");
        }
        if (n > 1 && pdf.page(n - 1).isBlank(blank)) {
          problem(n, "two blank pages in a row");
        }
        if (n < pdf.count()
            && next < docs.size()
            && !isHeader(pdf.page(n + 1).header(), docs.get(next).runhead())) {
          problem(n, "a blank page that is not followed by the start of a document");
        }
        continue;
      }
      if (page.body().contains(blank)) {
        problem(n, "'" + blank + "' on a page with other content: " + page.header());
      }
      if (next < docs.size() && isHeader(page.header(), docs.get(next).runhead())) {
        starts.add(n);
        Expected.Doc doc = docs.get(next);
        if (n % 2 == 0) {
          problem(n, "'" + doc.runhead() + "' starts on an even page");
        }
        if (!doc.title().isEmpty() && !page.flatBody().contains(doc.title())) {
          problem(
              n, "the first page of '" + doc.runhead() + "' does not show '" + doc.title() + "'");
        }
        next++;
      } else if (next == 0) {
        if (!page.header().isEmpty()) {
          problem(n, "a running header on the front sheet: " + page.header());
        }
        frontPages = n;
      } else if (!isHeader(page.header(), docs.get(next - 1).runhead())) {
        problem(
            n,
            "unexpected running header '"
                + page.header()
                + "' (expected '"
                + docs.get(next - 1).runhead()
                + "' or the start of "
                + (next < docs.size() ? "'" + docs.get(next).runhead() + "'" : "nothing")
                + ")");
      }
    }
    if (next < docs.size()) {
      problem(0, "documents missing from the PDF, from '" + docs.get(next).runhead() + "'");
    }
    if (!starts.isEmpty()) {
      frontPages = starts.get(0) - 1;
    }
  }

  /** True if {@code header} is {@code runhead}, or its start cut short with "…" (long titles). */
  static boolean isHeader(String header, String runhead) {
    return header.equals(runhead)
        || header.endsWith("…")
            && header.length() > 40
            && runhead.startsWith(header.substring(0, header.length() - 1));
  }

  /** Page numbers: "Page N" on every page, N counted from 1 after {@code unnumbered} pages. */
  void footers(int unnumbered) {
    footers(unnumbered, "");
  }

  /** Page numbers as {@link #footers(int)}, each after {@code mark} ("NOT FOR PUBLICATION"). */
  void footers(int unnumbered, String mark) {
    for (PdfPages.Page page : pdf.pages) {
      String number = page.number() <= unnumbered ? "" : "Page " + (page.number() - unnumbered);
      String want = mark.isEmpty() ? number : (mark + " " + number).strip();
      if (!page.footer().equals(want)) {
        problem(page.number(), "footer '" + page.footer() + "', expected '" + want + "'");
      }
    }
  }

  /** The last page of document {@code i}: the page before the next document, or the last page. */
  int end(int i) {
    return i + 1 < starts.size() ? starts.get(i + 1) - 1 : pdf.count();
  }

  /**
   * The front sheet: every item with documents prints "(Pages X - Y)" with X the printed number of
   * its first document's first page, which shows the document's title, and Y that of the last page
   * before the next item; the item's last document's text is on Y, or on Y - 1 when Y is the blank
   * page after it. Items without documents print no range.
   */
  void ranges(Meeting m, int unnumbered) {
    if (starts.size() < docs.size()) {
      return; // reported by walk()
    }
    Map<Integer, String> sections = frontSections(m);
    for (AgendaItem item : m.agenda()) {
      String section = sections.getOrDefault(item.number(), "");
      Matcher r = RANGE.matcher(section);
      List<Integer> mine = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        if (docs.get(i).item() == item.number()) {
          mine.add(i);
        }
      }
      if (mine.isEmpty()) {
        if (r.find()) {
          problem(
              1, "item " + item.number() + " has no papers in the pack but prints " + r.group());
        }
        continue;
      }
      if (!r.find()) {
        problem(1, "item " + item.number() + " prints no page range: " + section);
        continue;
      }
      int first = starts.get(mine.get(0));
      int lastDoc = mine.get(mine.size() - 1);
      int last = end(lastDoc);
      String want = "(Pages " + (first - unnumbered) + " - " + (last - unnumbered) + ")";
      if (!r.group().equals(want)) {
        problem(
            1, "item " + item.number() + " prints " + r.group() + " but its papers are on " + want);
      }
      int textPage = pdf.page(last).isBlank(blank) ? last - 1 : last;
      boolean picture =
          docs.get(lastDoc).title().isEmpty() // a supplied page may be a picture, with no text
              || ink != null && ink.page(textPage).images() > 0;
      if (!isHeader(pdf.page(textPage).header(), docs.get(lastDoc).runhead())
          || (pdf.page(textPage).body().isEmpty() && !picture)) {
        problem(
            last,
            "the last text of item "
                + item.number()
                + " is not on page "
                + last
                + " or before its blank page");
      }
      if (r.find()) {
        problem(1, "item " + item.number() + " prints more than one page range");
      }
    }
  }

  /** The "(Pages X - Y)" the front sheet prints for each item, by item number ("5 - 10"). */
  Map<Integer, String> printedRanges(Meeting m) {
    Map<Integer, String> out = new LinkedHashMap<>();
    frontSections(m)
        .forEach(
            (n, section) -> {
              Matcher r = RANGE.matcher(section);
              if (r.find()) {
                out.put(n, r.group(1) + " - " + r.group(2));
              }
            });
    return out;
  }

  /** The outline: each document's entry, and each item's, goes to its first page. */
  void outline(Meeting m) {
    if (starts.size() < docs.size()) {
      return; // reported by walk()
    }
    for (int i = 0; i < docs.size(); i++) {
      expectMark(docs.get(i).outline(), starts.get(i));
    }
    if (m == null) {
      return;
    }
    for (AgendaItem item : m.agenda()) {
      int first = -1;
      for (int i = 0; i < docs.size() && first < 0; i++) {
        if (docs.get(i).item() == item.number()) {
          first = starts.get(i);
        }
      }
      String name = "Item " + item.number() + ": " + item.title();
      if (first > 0) {
        expectMark(name, first);
      } else if (pdf.outline.stream()
          .noneMatch(k -> k.title().equals(name) && k.page() >= 1 && k.page() <= frontPages)) {
        problem(0, "no outline entry '" + name + "' pointing at the front sheet");
      }
    }
  }

  /** The front sheet links each item with papers to the first page of its first paper. */
  void agendaLinks(Meeting m) {
    if (starts.size() < docs.size()) {
      return;
    }
    for (AgendaItem item : m.agenda()) {
      for (int i = 0; i < docs.size(); i++) {
        if (docs.get(i).item() == item.number()) {
          int target = starts.get(i);
          if (pdf.links.stream().noneMatch(l -> l.from() <= frontPages && l.to() == target)) {
            problem(
                1, "no link from the front sheet to item " + item.number() + " on page " + target);
          }
          break;
        }
      }
    }
  }

  private void expectMark(String title, int page) {
    if (pdf.outline.stream().noneMatch(k -> k.title().equals(title) && k.page() == page)) {
      problem(
          page,
          "no outline entry '"
              + title
              + "' pointing at page "
              + page
              + "; outline: "
              + pdf.outline);
    }
  }

  /** The text of each item's part of the front sheet, from its "N. TITLE" heading to the next. */
  private Map<Integer, String> frontSections(Meeting m) {
    StringBuilder front = new StringBuilder();
    for (int p = 1; p <= Math.max(1, frontPages); p++) {
      front.append(pdf.page(p).body()).append('\n');
    }
    String text = front.toString().replaceAll("\\s+", " ");
    Map<Integer, String> out = new LinkedHashMap<>();
    List<int[]> at = new ArrayList<>();
    for (AgendaItem item : m.agenda()) {
      String heading = item.number() + ". " + item.title().toUpperCase(Locale.UK);
      int i = text.indexOf(heading);
      if (i < 0) {
        problem(1, "the front sheet does not list '" + heading + "'");
      } else {
        at.add(new int[] {item.number(), i});
      }
    }
    at.sort((a, b) -> Integer.compare(a[1], b[1]));
    for (int k = 0; k < at.size(); k++) {
      int endAt = k + 1 < at.size() ? at.get(k + 1)[1] : text.length();
      out.put(at.get(k)[0], text.substring(at.get(k)[1], endAt));
    }
    return out;
  }

  private void problem(int page, String what) {
    problems.add((page > 0 ? "page " + page + ": " : "") + what);
  }
}
