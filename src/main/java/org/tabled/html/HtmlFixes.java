package org.tabled.html;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Web-page touches to the HTML the Markdown stage renders (which is shared with the PDF packs, so
 * these belong here rather than there).
 *
 * <ul>
 *   <li>Every table is wrapped in a box that scrolls sideways on a phone instead of squeezing the
 *       columns. A box that scrolls must be reachable by keyboard, so it takes focus, and it is a
 *       named region so that a screen reader says what gained focus: the table's caption.
 *   <li>Links to other sites are marked {@code rel="external"} with hidden text saying so, so that
 *       a screen reader user knows a link leaves the council's committee pages.
 * </ul>
 */
final class HtmlFixes {

  private HtmlFixes() {}

  /**
   * Fixes {@code body}, a rendered fragment, in place; {@code baseUrl} is the site's own address.
   */
  static Element apply(Element body, String baseUrl) {
    int n = 0;
    for (Element table : body.select("table")) {
      n++;
      Element caption = table.selectFirst("> caption");
      String label = caption != null && !caption.text().isBlank() ? caption.text() : "Table " + n;
      table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
      table.parent().attr("aria-label", label);
    }
    for (Element a : body.select("a[href~=^https?://]")) {
      if (!baseUrl.isEmpty() && a.attr("href").startsWith(baseUrl)) {
        continue;
      }
      a.attr("rel", "external");
      a.addClass("external");
      a.appendElement("span").addClass("visually-hidden").text(" (external site)");
    }
    return body;
  }

  /** The ids used more than once in a page, sorted. */
  static SortedSet<String> duplicateIds(String html) {
    Set<String> seen = new HashSet<>();
    SortedSet<String> twice = new TreeSet<>();
    for (Element e : Jsoup.parse(html).select("[id]")) {
      if (!seen.add(e.id())) {
        twice.add(e.id());
      }
    }
    return twice;
  }

  /** The words of an HTML fragment, for the search index. */
  static String text(String fragment) {
    return Jsoup.parseBodyFragment(fragment).body().text();
  }
}
