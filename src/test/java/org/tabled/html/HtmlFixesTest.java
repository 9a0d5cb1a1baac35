package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlFixesTest {

  /** {@code fragment} as the Markdown stage would hand it over, fixed, and written out. */
  private static String fixed(String fragment, String baseUrl) {
    Document doc = Jsoup.parseBodyFragment(fragment);
    doc.outputSettings().prettyPrint(false);
    return HtmlFixes.apply(doc.body(), baseUrl).html();
  }

  @Test
  void tablesScrollInAFocusableRegionNamedByTheirCaption() {
    String html =
        fixed(
            "<table><caption>Places by year</caption><tr><td>1</td></tr></table>"
                + "<table><tr><td>2</td></tr></table>",
            "https://x.example/");
    assertTrue(
        html.startsWith(
            "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Places by year\">"
                + "<table><caption>"),
        html);
    assertTrue(
        html.contains("aria-label=\"Table 2\"><table>"),
        "a table without a caption is named by its number: " + html);
  }

  @Test
  void linksToOtherSitesAreMarkedAndOwnSiteLinksAreNot() {
    String html =
        fixed(
            "<p><a href=\"https://gov.example/act\">the Act</a> and "
                + "<a href=\"https://x.example/committees/\">committees</a> and <a href=\"../\">up</a></p>",
            "https://x.example/");
    assertTrue(
        html.contains(
            "<a href=\"https://gov.example/act\" rel=\"external\" class=\"external\">the Act"
                + "<span class=\"visually-hidden\"> (external site)</span></a>"),
        html);
    assertTrue(html.contains("<a href=\"https://x.example/committees/\">committees</a>"), html);
    assertTrue(html.contains("<a href=\"../\">up</a>"), html);
  }

  @Test
  void duplicateIdsAreFound() {
    assertEquals(
        List.of("a"),
        List.copyOf(HtmlFixes.duplicateIds("<p id=\"a\"></p><p id=\"b\"></p><h2 id=\"a\"></h2>")));
  }

  @Test
  void searchTextIsTheWordsWithoutMarkup() {
    assertEquals(
        "Total borrowing was £41.2 million.",
        HtmlFixes.text("<p>Total <b>borrowing</b> was £41.2 million.</p>"));
  }

  /** Pieces of pages: ids spelt every way jsoup reads them, and text that only looks like one. */
  private static final String[] PIECES = {
    "<p id=\"a\">",
    "<p ID=\"a\">",
    "<p id = 'a'>",
    "<p id=a>",
    "<p id=a/>",
    "<h2 Id=b>",
    "<p id=\"b\">",
    "<p id=\"a&amp;b\">",
    "<p id=\"a&#38;b\">",
    "<p id=\"a&b\">",
    "<p id>",
    "<p id/>",
    "<p class=\"x\"id=\"a\">",
    "<p data-id=\"a\">",
    "<!-- id=\"a\" -->",
    "paid id",
    "said id=a",
    " id ",
    "</p>",
    "<div>",
    "</div>",
    "text",
    "<p id=\"\">",
    "<p id=\"c\" id=\"a\">",
    "<script>var id='a';</script>",
    "<p title=\"x id=a\">",
    "<p\tid=\"c\">",
    "<p id=\"c\n\">"
  };

  @Test
  void theQuickLookAgreesWithTheParserOnRandomPages() {
    java.util.Random r = new java.util.Random(7);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder("<main>");
      for (int i = r.nextInt(6); i > 0; i--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String html = b.toString();
      java.util.SortedSet<String> exact = HtmlFixes.parsedDuplicateIds(html);
      assertEquals(exact, HtmlFixes.duplicateIds(html), html);
      found += exact.isEmpty() ? 0 : 1;
    }
    assertTrue(found > 1_000, "pages with an id twice: " + found);
    assertFalse(HtmlFixes.idValuesMayRepeat("<p id=\"a\"></p><h2 id=\"b\">said and paid</h2>"));
  }
}
