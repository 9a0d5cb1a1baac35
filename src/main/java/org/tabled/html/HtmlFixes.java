package org.tabled.html;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

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

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator TABLES = Selector.evaluatorOf("table");
  private static final Evaluator CAPTION = Selector.evaluatorOf("> caption");
  private static final Evaluator EXTERNAL_LINKS = Selector.evaluatorOf("a[href~=^https?://]");
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");

  private HtmlFixes() {}

  /**
   * Fixes {@code body}, a rendered fragment, in place; {@code baseUrl} is the site's own address.
   */
  static Element apply(Element body, String baseUrl) {
    int n = 0;
    for (Element table : body.select(TABLES)) {
      n++;
      Element caption = table.selectFirst(CAPTION);
      String label = caption != null && !caption.text().isBlank() ? caption.text() : "Table " + n;
      table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
      table.parent().attr("aria-label", label);
    }
    for (Element a : body.select(EXTERNAL_LINKS)) {
      if (!baseUrl.isEmpty() && a.attr("href").startsWith(baseUrl)) {
        continue;
      }
      a.attr("rel", "external");
      a.addClass("external");
      a.appendElement("span").addClass("visually-hidden").text(" (external site)");
    }
    return body;
  }

  /**
   * The ids used more than once in a page, sorted. The page is only parsed if a look through its
   * text finds a value written twice after {@code id=}: every id jsoup would find is among those
   * values (any {@code id} followed by {@code =}, in any case, in or out of a tag, quoted or not;
   * an {@code id} with no value counts as the value ""), so a page whose values are all different
   * has no id twice. A value with a character reference ({@code &}) in it, which two spellings
   * could give, is left to the parser.
   */
  static SortedSet<String> duplicateIds(String html) {
    return idValuesMayRepeat(html) ? parsedDuplicateIds(html) : new TreeSet<>();
  }

  /**
   * False only if every value written after {@code id=} in {@code html} is different. Read from an
   * array: every page of the website is looked through, character by character.
   */
  static boolean idValuesMayRepeat(String html) {
    char[] s = html.toCharArray();
    Set<String> values = new HashSet<>();
    int n = s.length;
    for (int i = 0; i + 1 < n; i++) {
      if ((s[i] | 0x20) != 'i' || (s[i + 1] | 0x20) != 'd') {
        continue;
      }
      int j = i + 2;
      while (j < n && isSpace(s[j])) {
        j++;
      }
      if (j >= n || s[j] != '=') {
        // an id with no value (<p id>) is an id of "": after a space, slash or quote, before one
        char before = i > 0 ? s[i - 1] : ' ';
        char after = i + 2 < n ? s[i + 2] : ' ';
        if ((isSpace(before) || before == '/' || before == '"' || before == '\'')
            && (isSpace(after) || after == '/' || after == '>')
            && !values.add("")) {
          return true;
        }
        continue;
      }
      j++;
      while (j < n && isSpace(s[j])) {
        j++;
      }
      if (j >= n) {
        return true;
      }
      char q = s[j];
      int from;
      int end;
      if (q == '"' || q == '\'') {
        from = j + 1;
        end = from;
        while (end < n && s[end] != q) {
          end++;
        }
        if (end >= n) {
          return true;
        }
      } else {
        from = j;
        end = j;
        while (end < n && !isSpace(s[end]) && s[end] != '>') {
          end++;
        }
      }
      for (int k = from; k < end; k++) {
        if (s[k] == '&') {
          return true;
        }
      }
      if (!values.add(new String(s, from, end - from))) {
        return true;
      }
      i = j;
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  static SortedSet<String> parsedDuplicateIds(String html) {
    Set<String> seen = new HashSet<>();
    SortedSet<String> twice = new TreeSet<>();
    for (Element e : Jsoup.parse(html).select(WITH_ID)) {
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
