package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void blocksAreSeparatedAndWhitespaceCollapsed() {
    SearchDocument.Text t =
        HtmlText.of("<p>One\n  two</p><p>three<br>four</p><ul><li>a</li><li><em>b</em>c</li></ul>");
    assertEquals("One two three four a bc", t.text());
    assertEquals(List.of(), t.anchors());
  }

  @Test
  void numberedSectionsAndParagraphsAreAnchors() {
    String html =
        "<h2 id=\"section-3\" class=\"numbered\"><span class=\"num\">3.</span> Background</h2>"
            + "<p id=\"para-3-1\" class=\"numbered\"><span class=\"num\">3.1</span> First.</p>"
            + "<p id=\"plain\">Not numbered.</p>"
            + "<p id=\"para-3-2\" class=\"numbered\"><span class=\"num\">3.2</span> Second.</p>";
    SearchDocument.Text t = HtmlText.of(html);
    assertEquals("3. Background 3.1 First. Not numbered. 3.2 Second.", t.text());
    assertEquals(
        List.of(
            new SearchDocument.Anchor(0, "section-3", "section 3"),
            new SearchDocument.Anchor(14, "para-3-1", "paragraph 3.1"),
            new SearchDocument.Anchor(39, "para-3-2", "paragraph 3.2")),
        t.anchors());
    assertEquals("3.1", t.text().substring(14, 17));
    assertEquals("3.2", t.text().substring(39, 42));
  }

  @Test
  void hiddenTextIsLeftOut() {
    SearchDocument.Text t =
        HtmlText.of(
            "<p>See <a href=\"https://example.org\">the guide<span class=\"visually-hidden\"> (external <b>site</b>)</span></a> now.</p>");
    assertEquals("See the guide now.", t.text());
  }

  @Test
  void markupInTextStaysText() {
    assertEquals(
        "<script>alert(1)</script> & more",
        HtmlText.of("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>").text());
  }
}
