package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What {@link PrintText} does to the print HTML before layout (issue 14). */
class PrintTextTest {

  private static String body(String html) {
    Document doc = Jsoup.parse("<html lang=\"en-GB\"><body>" + html + "</body></html>");
    PrintText.apply(doc);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  @Test
  void aParagraphInOneScriptTakesItsLanguageAndDirection() {
    assertEquals(
        "<p lang=\"ur\" dir=\"rtl\">کمیٹی نے رپورٹ منظور کر لی۔</p>",
        body("<p>کمیٹی نے رپورٹ منظور کر لی۔</p>"));
    assertEquals("<p lang=\"ar\" dir=\"rtl\">وافقت اللجنة.</p>", body("<p>وافقت اللجنة.</p>"));
    assertEquals("<p lang=\"bn\">কমিটি অনুমোদন করেছে।</p>", body("<p>কমিটি অনুমোদন করেছে।</p>"));
    assertEquals("<p lang=\"pa\">ਕਮੇਟੀ ਨੇ ਰਿਪੋਰਟ</p>", body("<p>ਕਮੇਟੀ ਨੇ ਰਿਪੋਰਟ</p>"));
    assertTrue(
        body("<table><tr><td>委员会报告 2026</td></tr></table>")
            .contains("<td lang=\"zh\">委员会报告 2026</td>"));
  }

  @Test
  void aWordInAnotherScriptGetsASpanWithItsLanguage() {
    assertEquals(
        "<p>The word <span lang=\"ur\" dir=\"rtl\">رپورٹ</span> means report.</p>",
        body("<p>The word رپورٹ means report.</p>"));
    // the full stop goes into the span with the word before it, as after a link: no line starts
    // with it
    assertEquals(
        "<p>Read <span lang=\"bn\">প্রতিবেদন বিষয়ক</span> and <span lang=\"zh\">报告.</span></p>",
        body("<p>Read প্রতিবেদন বিষয়ক and 报告.</p>"));
    // a vowel sign on its own, with no letter to tell the language by, takes its script's
    assertEquals(
        "<p>A sign alone: <span lang=\"bn\">ি</span> here.</p>",
        body("<p>A sign alone: ি here.</p>"));
  }

  @Test
  void anAuthorsLanguageIsKept() {
    assertEquals("<p lang=\"fa\">رپورٹ</p>", body("<p lang=\"fa\">رپورٹ</p>"));
    assertEquals(
        "<p lang=\"cy\"><span lang=\"cy\">Croeso i’r cyfarfod</span></p>",
        body("<p><span lang=\"cy\">Croeso i’r cyfarfod</span></p>"));
    assertEquals(
        "<p>English only, with 12 numbers (and brackets).</p>",
        body("<p>English only, with 12 numbers (and brackets).</p>"));
  }

  @Test
  void bracketsAroundALinkMoveIntoIt() {
    assertEquals(
        "<p>noted <a href=\"x.html\">(Appendix 1)</a> and</p>",
        body("<p>noted (<a href=\"x.html\">Appendix 1</a>) and</p>"));
    assertEquals(
        "<p>see <a href=\"x.html\">[item 5]).</a> Then</p>",
        body("<p>see [<a href=\"x.html\">item 5</a>]). Then</p>"));
    // a reference within the PDF is followed by its page as text (PageNumbers): the bracket goes
    // with that
    assertEquals(
        "<p>noted <a class=\"ref\" href=\"#p\">(Appendix 1,</a> page 29) and</p>",
        body("<p>noted (<a class=\"ref\" href=\"#p\">Appendix 1</a>, page 29) and</p>"));
  }
}
