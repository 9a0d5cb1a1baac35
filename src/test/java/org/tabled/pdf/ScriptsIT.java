package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * Every character printed (issue 14): the {@code scripts} fixture's appendix has one sentence in
 * each of English, Vietnamese names, Welsh, Polish, Urdu, Bengali, Punjabi (Gurmukhi), Arabic,
 * Chinese, and symbols. Read back from the paper's PDF, each line is the sentence as written; no
 * glyph is the "missing glyph"; each script is in the font made for it; right-to-left text is laid
 * out from the right with its letters joined; each language is tagged; veraPDF passes.
 *
 * <p>Reading back uses PDFBox's text extraction in content order ({@code
 * setSortByPosition(false)}). For right-to-left lines it gives the logical order (it applies the
 * bidirectional algorithm to each line and turns Arabic presentation forms back into letters),
 * which is what is compared with the source; a shaped Punjabi or Bengali word is one glyph whose
 * {@code ToUnicode} entry is the word ({@link Shaping}).
 */
class ScriptsIT {

  private static final String PAPER =
      "committees/communities/2026-05-12/language-summaries/language-summaries.pdf";
  private static final Path SENTENCES =
      Fixtures.fixture("scripts")
          .resolve(
              "committees/communities/meetings/2026-05-12/papers/language-summaries/sentences.md");

  private static Built built;
  private static byte[] pdf;

  @BeforeAll
  static void build() {
    built = Built.build("scripts", Fixtures.fixture("scripts"), LocalDate.of(2026, 5, 10));
    pdf = built.bytes(PAPER);
  }

  /** The sentences as the reader sees them: the Markdown lines without their language markup. */
  private static List<String> sentences() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(SENTENCES)) {
      String text = line.replaceAll("</?span[^>]*>", "").strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    assertEquals(10, out.size(), "the fixture's sentences");
    return out;
  }

  @Test
  void everySentenceReadsBackAsWritten() throws IOException {
    List<String> lines = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper text = new PDFTextStripper();
      text.setSortByPosition(false);
      for (String line : text.getText(doc).split("\\R")) {
        lines.add(line.strip());
      }
    }
    for (String sentence : sentences()) {
      assertTrue(
          lines.contains(sentence),
          "not read back as one line: " + sentence + "\nlines:\n" + String.join("\n", lines));
    }
    assertFalse(lines.stream().anyMatch(l -> l.contains("#")), "a '#' was printed");
  }

  @Test
  void noGlyphIsMissingAndEachScriptHasItsFont() throws IOException {
    Map<String, Set<String>> fonts = new HashMap<>(); // script sample -> fonts its glyphs are in
    List<String> missing = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper text =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              super.processTextPosition(t);
              if (t.getFont() instanceof PDType0Font f) {
                for (int code : t.getCharacterCodes()) {
                  try {
                    if (f.codeToGID(code) == 0) {
                      missing.add(t.getUnicode() + " in " + f.getName());
                    }
                  } catch (IOException e) {
                    missing.add(e.getMessage());
                  }
                }
              } else {
                missing.add("not a Type 0 font: " + t.getFont().getName());
              }
              int cp = t.getUnicode().isEmpty() ? 0 : t.getUnicode().codePointAt(0);
              fonts
                  .computeIfAbsent(
                      Character.UnicodeScript.of(cp).name() + (cp == '✓' ? "-TICK" : ""),
                      k -> new TreeSet<>())
                  .add(t.getFont().getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
          };
      text.getText(doc);
    }
    assertEquals(List.of(), missing, "glyphs drawn as the missing glyph");
    assertEquals(Set.of("NotoNaskhArabic-Regular"), fonts.get("ARABIC"), fonts.toString());
    assertEquals(Set.of("NotoSansBengali-Regular"), fonts.get("BENGALI"), fonts.toString());
    assertEquals(Set.of("NotoSansGurmukhi-Regular"), fonts.get("GURMUKHI"), fonts.toString());
    assertEquals(Set.of("DroidSansFallback"), fonts.get("HAN"), fonts.toString());
    assertEquals(Set.of("NotoSansSymbols2-Regular"), fonts.get("COMMON-TICK"), fonts.toString());
    assertTrue(
        fonts.get("LATIN").stream().allMatch(f -> f.startsWith("LiberationSans")),
        fonts.toString());
  }

  @Test
  void rightToLeftTextStartsFromTheRightWithItsLettersJoined() throws IOException {
    // each line of the appendix's page, by its baseline: its text, and where its glyphs start and
    // end
    Map<Integer, StringBuilder> text = new TreeMap<>();
    Map<Integer, float[]> extent = new HashMap<>();
    int[] joined = new int[1];
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              super.processTextPosition(t);
              int y = Math.round(t.getYDirAdj());
              text.computeIfAbsent(y, k -> new StringBuilder()).append(t.getUnicode());
              float[] e = extent.computeIfAbsent(y, k -> new float[] {Float.MAX_VALUE, 0});
              e[0] = Math.min(e[0], t.getXDirAdj());
              e[1] = Math.max(e[1], t.getXDirAdj() + t.getWidthDirAdj());
              int c = t.getUnicode().isEmpty() ? 0 : t.getUnicode().codePointAt(0);
              if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                joined[0]++; // a letter drawn in its initial, medial, final or ligature form
              }
            }
          };
      stripper.setStartPage(doc.getNumberOfPages());
      stripper.getText(doc);
    }
    float[] english = null;
    List<float[]> rtl = new ArrayList<>();
    for (Map.Entry<Integer, StringBuilder> line : text.entrySet()) {
      String t = line.getValue().toString();
      if (t.startsWith("The committee")) {
        english = extent.get(line.getKey());
      } else if (t.codePoints()
              .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
              .count()
          > 10) {
        rtl.add(extent.get(line.getKey()));
      }
    }
    assertTrue(english != null, "the English line: " + text.values());
    assertEquals(2, rtl.size(), "the Urdu and Arabic lines: " + text.values());
    for (float[] line : rtl) {
      assertTrue(
          line[1] > english[1] + 20, "a right-to-left line does not end at the right margin");
      assertTrue(line[0] > english[0] + 100, "a right-to-left line starts at the left margin");
    }
    assertTrue(joined[0] >= 30, "letters in joined forms: " + joined[0]);
  }

  @Test
  void eachLanguageIsTaggedInTheStructureTree() throws IOException {
    Set<String> langs = new TreeSet<>();
    for (PdfStructure.Node n : PdfStructure.of(pdf).root.descendants()) {
      if (!n.lang().isEmpty()) {
        langs.add(n.lang() + ":" + n.text().substring(0, Math.min(4, n.text().length())));
      }
    }
    for (String lang : List.of("cy:Croe", "pl:Komi", "bn:", "pa:", "zh:委员会批")) {
      assertTrue(langs.stream().anyMatch(l -> l.startsWith(lang)), lang + " not in " + langs);
    }
    assertTrue(langs.stream().anyMatch(l -> l.startsWith("ur:")), langs.toString());
    assertTrue(langs.stream().anyMatch(l -> l.startsWith("ar:")), langs.toString());
  }

  @Test
  void thePdfsConformToPdfUa1() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    assertEquals("", PdfUaIT.failures(pdf), PAPER);
    String pack =
        built.pdfs().stream().filter(p -> p.contains("agenda-pack-")).findFirst().orElseThrow();
    assertEquals("", PdfUaIT.failures(built.bytes(pack)), pack);
  }

  @Test
  void thePageIsRenderedForAPersonToLookAt() throws IOException {
    // PDFBox draws the appendix's page into target/, to be looked at (docs/architecture.md says
    // what it shows); the test only checks that something was drawn where the text is.
    Path out = Fixtures.projectDir().resolve("target/scripts-appendix.png");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 110);
      Files.createDirectories(out.getParent());
      ImageIO.write(img, "png", out.toFile());
      int dark = 0;
      for (int y = 0; y < img.getHeight(); y += 2) {
        for (int x = 0; x < img.getWidth(); x += 2) {
          if ((img.getRGB(x, y) & 0xff) < 100) {
            dark++;
          }
        }
      }
      assertNotEquals(0, dark);
    }
  }
}
