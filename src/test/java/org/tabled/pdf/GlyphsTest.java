package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;

/**
 * Every character no font can print is reported once per file, at its first place, with a count.
 */
class GlyphsTest {

  private static final String SMILE = new String(Character.toChars(0x1F600));

  private static List<Diagnostic> check(String path, String text) {
    Diagnostics d = new Diagnostics();
    TreeMap<String, String> texts = new TreeMap<>();
    texts.put(path, text);
    Glyphs.check(texts, List.of(), d);
    return d.all();
  }

  @Test
  void aCharacterNoFontHasIsReportedAtItsFirstPlaceWithHowOftenItAppears() {
    assertFalse(Fonts.builtInCovers(0x1F600), "the test needs a character no font has");
    List<Diagnostic> found =
        check(
            "content/committees/x/meetings/2026-01-01/papers/p/paper.md",
            "---\ntitle: A paper\n# a comment "
                + SMILE
                + "\n---\n\nFees rise by £5 ("
                + SMILE
                + ").\n\nAgain: é "
                + SMILE
                + "\n");
    assertEquals(1, found.size(), found.toString());
    Diagnostic x = found.get(0);
    assertTrue(x.severity() == Diagnostic.Severity.ERROR);
    assertEquals(6, x.pos().line(), "the front matter's comment is never printed");
    assertEquals(18, x.pos().column(), "counted in characters: " + x.pos());
    assertTrue(x.message().contains("U+1F600") && x.message().contains("2 times"), x.message());
  }

  @Test
  void plainTextAndCharactersTheFontsHaveAreNotReported() {
    assertEquals(List.of(), check("content/site.yaml", "council: Plain Council\n# " + SMILE));
    assertEquals(List.of(), check("content/a.md", "Plain text, all of it.\n\n- one\n- two\n"));
    assertEquals(List.of(), check("content/b.md", "Café, £5, 50 € and “quotes” — in Français.\n"));
    assertTrue(Glyphs.ascii("plain\ttext\n"));
    assertFalse(Glyphs.ascii("caf\u00e9"));
    assertFalse(Glyphs.ascii("\u0080"));
    assertFalse(Glyphs.ascii("a \u2013 b"), "a character beyond Latin-1");
    assertFalse(Glyphs.ascii("\uD83D\uDE00"), "a character beyond the first plane");
    assertTrue(Glyphs.ascii(""));
  }

  @Test
  void aCharacterAfterOnlyAsciiTextIsStillFound() {
    List<Diagnostic> found = check("content/c.md", "x".repeat(10_000) + "\n" + SMILE);
    assertEquals(1, found.size(), found.toString());
    assertEquals(2, found.get(0).pos().line());
    assertEquals(1, found.get(0).pos().column());
  }
}
