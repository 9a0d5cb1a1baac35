package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.tabled.model.Paper;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.pdf.view.PaperView.CoverRow;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.CoverFields;

/**
 * The printed cover sheet of a paper (DOMAIN.md §1.3 and §1.4), and the one layout rule applied to
 * rendered Markdown: a table too wide for a portrait page is moved onto a landscape page.
 */
final class PaperPrint {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator TABLES = Selector.evaluatorOf("table");
  private static final Evaluator ROWS = Selector.evaluatorOf("tr");

  /**
   * Tables with at least this many columns get a landscape page of their own: on a portrait page
   * (170 mm between the margins) seven columns of 10 pt text leave about 24 mm a column, too narrow
   * for figures with their labels. Councils can also mark a whole appendix {@code landscape}.
   */
  static final int WIDE_TABLE_COLUMNS = 7;

  private PaperPrint() {}

  /**
   * The cover sheet rows for {@code paper}, as {@link CoverFields} gives them, each label with its
   * colon.
   */
  static List<CoverRow> cover(PublishedCouncil pub, Paper paper) {
    return CoverFields.of(pub.council(), paper).stream()
        .map(f -> new CoverRow(f.label() + ":", f.lines()))
        .toList();
  }

  /** "If you have any questions about this report, please contact …", or empty. */
  static String contact(PublishedCouncil pub, Paper paper) {
    List<String> who = new ArrayList<>();
    for (PersonId id : paper.cover().authors()) {
      Person p = FrontSheet.person(pub, id);
      who.add(
          p.contact().email().isEmpty()
              ? p.displayName()
              : p.displayName() + " (" + p.contact().email() + ")");
    }
    if (who.isEmpty() || paper.layout().coverless()) {
      return "";
    }
    return "If you have any questions about this report, please contact "
        + String.join(" or ", who)
        + ".";
  }

  /** Wraps every table with {@value #WIDE_TABLE_COLUMNS} or more columns in a landscape block. */
  static String landscapeWideTables(String html) {
    if (!html.contains("<table")) {
      return html; // no table: nothing to parse
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element table : doc.select(TABLES)) {
      if (isWide(table) && (table.parent() == null || !table.parent().hasClass("wide-table"))) {
        table.wrap("<div class=\"wide-table\"></div>");
        changed = true;
      }
    }
    return changed ? doc.body().html() : html;
  }

  /**
   * True if {@code html} has a table with {@value #WIDE_TABLE_COLUMNS} or more columns: an appendix
   * like that is printed landscape throughout, rather than with its introduction alone on a
   * portrait page.
   */
  static boolean hasWideTable(String html) {
    if (!html.contains("<table")) {
      return false;
    }
    return Jsoup.parseBodyFragment(html).select(TABLES).stream().anyMatch(PaperPrint::isWide);
  }

  private static boolean isWide(Element table) {
    int columns = 0;
    for (Element tr : table.select(ROWS)) {
      int n = 0;
      for (Element cell : tr.children()) {
        n += Math.max(1, parseInt(cell.attr("colspan")));
      }
      columns = Math.max(columns, n);
    }
    return columns >= WIDE_TABLE_COLUMNS;
  }

  private static int parseInt(String s) {
    try {
      return s.isEmpty() ? 1 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
