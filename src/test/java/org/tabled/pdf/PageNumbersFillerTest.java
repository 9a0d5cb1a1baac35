package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PageNumbers.Filler} gives what {@link PageNumbers#fill} gives, byte for byte, on random
 * texts of references, brackets, places in other packs, tracker pointers and text to escape, for
 * placeholders and for random pages; and it is the quick path that gives it.
 */
class PageNumbersFillerTest {

  private static final String[] IDS = {"doc-a", "doc-b", "item-3", "p-x-para-2", "trk-r1", ""};

  private static final String[] TEXT = {
    "Noted ",
    "(",
    ")",
    "[",
    "]",
    " and ",
    "£12 & more ",
    "a < b ",
    "\u00a0",
    "“quoted” ",
    "\n",
    "  ",
    "see",
    "é",
    "Ωmega ",
    ", "
  };

  private static String piece(Random r) {
    return switch (r.nextInt(9)) {
      case 0, 1 ->
          "<a class=\"ref\" href=\"#" + IDS[r.nextInt(IDS.length)] + "\">" + word(r) + "</a>";
      case 2 -> "<a class=\"other ref\" href=\"#" + IDS[r.nextInt(IDS.length)] + "\">x</a>";
      case 3 -> "<span class=\"ref-where\">(page 14 of the pack " + word(r) + ")</span>";
      case 4 ->
          "<span data-pages-of=\""
              + IDS[r.nextInt(IDS.length)]
              + "\""
              + (r.nextBoolean() ? " data-pages-from=\"" + IDS[r.nextInt(IDS.length)] + "\"" : "")
              + ">old</span>";
      case 5 -> "<em>" + word(r) + "</em>";
      case 6 -> "<a href=\"#" + IDS[r.nextInt(IDS.length)] + "\">not a ref</a>";
      default -> TEXT[r.nextInt(TEXT.length)];
    };
  }

  private static String word(Random r) {
    return TEXT[r.nextInt(TEXT.length)] + "w" + r.nextInt(100);
  }

  private static String html(Random r) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>t</title></head><body>");
    int blocks = 1 + r.nextInt(5);
    for (int i = 0; i < blocks; i++) {
      String tag = r.nextBoolean() ? "p" : "li";
      b.append('<').append(tag).append('>');
      int n = r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(piece(r));
      }
      if (r.nextInt(6) == 0) { // a reference inside a tracker pointer: lost when it is filled
        b.append("<span data-pages-of=\"doc-a\"><a class=\"ref\" href=\"#doc-b\">in</a></span>");
      }
      b.append("</").append(tag).append('>');
    }
    return b.append("</body></html>").toString();
  }

  private static Optional<Map<String, PackMaps.Span>> pages(Random r) {
    if (r.nextInt(4) == 0) {
      return Optional.empty();
    }
    Map<String, PackMaps.Span> m = new HashMap<>();
    for (String id : IDS) {
      if (r.nextInt(3) > 0) {
        int first = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(40);
        m.put(id, new PackMaps.Span(first, first + r.nextInt(3)));
      }
    }
    return Optional.of(m);
  }

  @Test
  void theFillerGivesWhatFillGivesOnRandomTexts() {
    Random r = new Random(13);
    int quick = 0;
    for (int i = 0; i < 3000; i++) {
      String html = html(r);
      PageNumbers.Filler filler = PageNumbers.filler(html);
      quick += filler.quick() ? 1 : 0;
      for (int k = 0; k < 4; k++) {
        Optional<Map<String, PackMaps.Span>> pages = pages(r);
        Set<String> usedByFill = new HashSet<>();
        Set<String> usedByFiller = new HashSet<>();
        String expected = PageNumbers.fill(html, pages, usedByFill);
        assertEquals(expected, filler.fill(pages, usedByFiller), html + "\n" + pages);
        assertEquals(usedByFill, usedByFiller, html);
      }
    }
    assertTrue(quick > 1200, "the quick path was taken for " + quick + " of 3,000 texts");
  }

  @Test
  void aTextHoldingTheMarkersCharactersIsFilledByFill() {
    String html =
        "<html><body><p>\uFDD00\uFDD1 <a class=\"ref\" href=\"#doc-a\">A</a></p></body></html>";
    PageNumbers.Filler filler = PageNumbers.filler(html);
    Optional<Map<String, PackMaps.Span>> pages =
        Optional.of(Map.of("doc-a", new PackMaps.Span(5, 5)));
    assertEquals(PageNumbers.fill(html, pages), filler.fill(pages));
    assertTrue(!filler.quick());
  }

  @Test
  void aTextWithoutReferencesIsGivenBackAsItIs() {
    List<String> texts = new ArrayList<>();
    texts.add("<html><body><p>Nothing here</p></body></html>");
    texts.add("<html><body><p><a href=\"#x\">plain link</a></p></body></html>");
    for (String html : texts) {
      assertEquals(html, PageNumbers.filler(html).fill(Optional.empty()));
    }
  }
}
