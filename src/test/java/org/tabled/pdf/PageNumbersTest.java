package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The page numbers a PDF prints in its text (issue 14): "(see page N)" after a reference, ", page
 * N" inside brackets rather than brackets within brackets, the tracker's "pages 10 &amp; 11", and
 * placeholders of the usual width before the pages are known.
 */
class PageNumbersTest {

  private static final Map<String, PackMaps.Span> PAGES =
      Map.of(
          "doc-a",
          new PackMaps.Span(29, 29),
          "trk-resp-x",
          new PackMaps.Span(10, 11),
          "doc-front",
          new PackMaps.Span(0, 0));

  private static String body(String html, Optional<Map<String, PackMaps.Span>> pages) {
    String out = PageNumbers.fill("<html><body>" + html + "</body></html>", pages);
    return Jsoup.parse(out).body().html();
  }

  private static String body(String html) {
    return body(html, Optional.of(PAGES));
  }

  @Test
  void aReferenceIsFollowedByItsPage() {
    assertEquals(
        "<p>See <a class=\"ref\" href=\"#doc-a\">Appendix 1</a> (see page 29) now.</p>",
        body("<p>See <a class=\"ref\" href=\"#doc-a\">Appendix 1</a> now.</p>"));
  }

  @Test
  void insideBracketsThePageFollowsACommaWithNoBracketsWithinBrackets() {
    assertEquals(
        "<p>Noted (<a class=\"ref\" href=\"#doc-a\">Appendix 1</a>, page 29).</p>",
        body("<p>Noted (<a class=\"ref\" href=\"#doc-a\">Appendix 1</a>).</p>"));
    // in brackets with other words, and the bracket opened in an element before it
    assertEquals(
        "<p>(<em>as set out</em> in <a class=\"ref\" href=\"#doc-a\">Appendix 1</a>, page 29, and below)</p>",
        body(
            "<p>(<em>as set out</em> in <a class=\"ref\" href=\"#doc-a\">Appendix 1</a>, and below)</p>"));
    // a bracket closed before the reference does not count
    assertEquals(
        "<p>(Noted.) <a class=\"ref\" href=\"#doc-a\">Appendix 1</a> (see page 29)</p>",
        body("<p>(Noted.) <a class=\"ref\" href=\"#doc-a\">Appendix 1</a></p>"));
  }

  @Test
  void aReferenceToAnotherPackInsideBracketsGivesItsPlaceAfterAComma() {
    String where =
        "<span class=\"ref-where\"> (page 14 of the agenda pack for 22 September 2026)</span>";
    assertEquals(
        "<p>Agreed (<a class=\"ref\" href=\"https://x.example/a/\">Item 5</a><span class=\"ref-where\">, page 14"
            + " of the agenda pack for 22 September 2026</span>).</p>",
        body(
            "<p>Agreed (<a class=\"ref\" href=\"https://x.example/a/\">Item 5</a>"
                + where
                + ").</p>"));
    // outside brackets it keeps its own
    assertEquals(
        "<p>See <a class=\"ref\" href=\"https://x.example/a/\">Item 5</a>" + where + ".</p>",
        body("<p>See <a class=\"ref\" href=\"https://x.example/a/\">Item 5</a>" + where + ".</p>"));
  }

  @Test
  void theTrackersPointersGetTheirPagesAsPrinted() {
    assertEquals(
        "<p>Response on <a href=\"#trk-resp-x\" data-pages-of=\"trk-resp-x\">pages 10 &amp; 11</a>.</p>",
        body("<p>Response on <a href=\"#trk-resp-x\" data-pages-of=\"trk-resp-x\"></a>.</p>"));
  }

  @Test
  void inTheHouseStyleThatCountsFromTheAppendixThePagesAreCountedFromIt() {
    Map<String, PackMaps.Span> pages =
        Map.of("doc-app", new PackMaps.Span(9, 14), "trk-resp-x", new PackMaps.Span(10, 11));
    assertEquals(
        "<p>Response on <a href=\"#trk-resp-x\" data-pages-of=\"trk-resp-x\" data-pages-from=\"doc-app\">pages 2 "
            + "&amp; 3</a> of Appendix 1.</p>",
        body(
            "<p>Response on <a href=\"#trk-resp-x\" data-pages-of=\"trk-resp-x\" "
                + "data-pages-from=\"doc-app\"></a> of Appendix 1.</p>",
            Optional.of(pages)));
  }

  @Test
  void beforeTheLayoutPlaceholdersOfTheUsualWidthAndNoPageForAnUnnumberedOrMissingTarget() {
    assertEquals(
        "<p><a class=\"ref\" href=\"#doc-b\">Item 5</a> (see page 99)</p>",
        body("<p><a class=\"ref\" href=\"#doc-b\">Item 5</a></p>", Optional.empty()));
    assertEquals(
        "<p><a class=\"ref\" href=\"#doc-front\">Item 5</a> and <a class=\"ref\" href=\"#doc-b\">x</a></p>",
        body(
            "<p><a class=\"ref\" href=\"#doc-front\">Item 5</a> and <a class=\"ref\" href=\"#doc-b\">x</a></p>"));
    // links to the website and plain anchors are left alone
    String other =
        "<p><a class=\"ref\" href=\"https://example.org/x\">Item 5</a> <a href=\"#doc-a\">top</a></p>";
    assertEquals(other, body(other));
  }

  /**
   * The build cache keys a PDF by its text before the numbers and by the pages it looks up: what
   * {@code fill} reports as used must be every entry the text depends on, and two page maps that
   * agree on those entries must give the same text.
   */
  @Test
  void theTextDependsOnThePagesOnlyThroughTheEntriesItReportsAsUsed() {
    String html =
        "<html><body><p>See <a class=\"ref\" href=\"#doc-a\">Appendix 1</a>.</p>"
            + "<p data-pages-of=\"trk-resp-x\" data-pages-from=\"doc-front\"></p>"
            + "<p><a href=\"#top\">Top</a> <span id=\"doc-b\">B</span></p></body></html>";
    Set<String> used = new HashSet<>();
    String filled = PageNumbers.fill(html, Optional.of(PAGES), used);
    assertEquals(Set.of("doc-a", "trk-resp-x", "doc-front"), used);
    Map<String, PackMaps.Span> other = new HashMap<>(PAGES);
    other.put("doc-b", new PackMaps.Span(40, 41)); // named by no reference
    other.put("top", new PackMaps.Span(3, 3)); // a link that is not a reference
    assertEquals(filled, PageNumbers.fill(html, Optional.of(other)));
    other.put("doc-a", new PackMaps.Span(30, 30));
    assertNotEquals(filled, PageNumbers.fill(html, Optional.of(other)));

    Set<String> none = new HashSet<>();
    String plain = "<html><body><p>No references, <a href=\"#top\">a link</a>.</p></body></html>";
    assertEquals(plain, PageNumbers.fill(plain, Optional.of(PAGES), none));
    assertEquals(Set.of(), none, "a text that names no page depends on no page map");
    assertEquals(plain, PageNumbers.fill(plain, Optional.empty()));
  }
}
