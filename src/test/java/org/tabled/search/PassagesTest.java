package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

  @Test
  void shortAndEmptyTextsAreOnePassage() {
    assertEquals(
        List.of(new Passages.Passage(0, "Short.", List.of())),
        Passages.of(SearchDocument.Text.plain("Short.")));
    assertEquals(
        List.of(new Passages.Passage(0, "", List.of())),
        Passages.of(SearchDocument.Text.plain("")));
  }

  @Test
  void longTextsAreCutAtNumberedParagraphsNearTheTarget() {
    StringBuilder text = new StringBuilder();
    List<SearchDocument.Anchor> anchors = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      if (i > 1) {
        text.append(' ');
      }
      anchors.add(new SearchDocument.Anchor(text.length(), "para-1-" + i, "paragraph 1." + i));
      text.append("1.").append(i).append(' ').append("Words in a paragraph. ".repeat(14).strip());
    }
    List<Passages.Passage> ps = Passages.of(new SearchDocument.Text(text.toString(), anchors));
    assertTrue(ps.size() > 3, "passages: " + ps.size());
    StringBuilder joined = new StringBuilder();
    for (Passages.Passage p : ps) {
      assertTrue(p.text().length() <= Passages.MAX, "length " + p.text().length());
      assertTrue(p.text().startsWith("1."), "starts at a paragraph: " + p.text().substring(0, 10));
      SearchDocument.Anchor first = p.anchors().get(0);
      assertEquals(0, first.offset());
      assertTrue(
          p.text().startsWith(first.label().substring("paragraph ".length()) + " "),
          first + " " + p.text());
      for (SearchDocument.Anchor a : p.anchors()) {
        assertTrue(
            p.text().startsWith(a.label().substring("paragraph ".length()) + " ", a.offset()),
            a.toString());
      }
      assertEquals(p.text(), text.substring(p.start(), p.start() + p.text().length()));
      joined.append(joined.length() == 0 ? "" : " ").append(p.text());
    }
    assertEquals(text.toString(), joined.toString(), "the passages are the whole text");
  }

  @Test
  void textWithoutAnchorsIsCutAtSentencesOrSpaces() {
    String sentences = "This sentence is some forty characters. ".repeat(200).strip();
    for (Passages.Passage p : Passages.of(SearchDocument.Text.plain(sentences))) {
      assertTrue(p.text().length() <= Passages.MAX);
      assertTrue(p.text().endsWith("."), p.text());
    }
    String words = "word ".repeat(2000).strip();
    for (Passages.Passage p : Passages.of(SearchDocument.Text.plain(words))) {
      assertTrue(p.text().length() <= Passages.MAX);
      assertTrue(p.text().startsWith("word") && p.text().endsWith("word"), p.text());
    }
    String oneWord = "x".repeat(7000);
    List<Passages.Passage> ps = Passages.of(SearchDocument.Text.plain(oneWord));
    assertEquals(3, ps.size());
    assertEquals(oneWord, ps.stream().map(Passages.Passage::text).reduce("", String::concat));
  }

  @Test
  void aPassageStartingInsideAParagraphLinksToIt() {
    String text = "1.1 " + "Long paragraph words. ".repeat(300).strip();
    List<Passages.Passage> ps =
        Passages.of(
            new SearchDocument.Text(
                text, List.of(new SearchDocument.Anchor(0, "para-1-1", "paragraph 1.1"))));
    assertTrue(ps.size() > 1);
    for (Passages.Passage p : ps) {
      assertEquals(List.of(new SearchDocument.Anchor(0, "para-1-1", "paragraph 1.1")), p.anchors());
    }
  }
}
