package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * Bengali and Gurmukhi shaped as a browser shapes them (issue 14), read from the PDF's own fonts: a
 * vowel sign written after its consonant but printed before it is drawn before it, a conjunct is
 * one glyph with no visible virama, a vowel in two parts is drawn on both sides of its consonant;
 * and the text copies out as written, in bold too, whatever private-use characters the text holds,
 * and with a broken sequence (a vowel sign on its own, which HarfBuzz shows on a dotted circle).
 * The page is drawn into {@code target/shaping.png} (the PDF is {@code target/shaping.pdf}) to be
 * looked at beside a browser's rendering of the same HTML.
 */
class ShapingIT {

  private static final String[] LINES = {
    "কমিটি শিশু সেবা বিষয়ক প্রতিবেদন অনুমোদন করেছে।",
    "ਕਮੇਟੀ ਨੇ ਬੱਚਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਬਾਰੇ ਰਿਪੋਰਟ ਨੂੰ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ।",
    "মুখ্য কর্মকর্তা কৌশল ক্ষমতা র‍্যাব",
    "A vowel sign alone: ি and ਿ, and কি again."
  };
  private static final String BOLD = "প্রতিবেদন ਰਿਪੋਰਟ";

  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Shaping</title>"
                + "<style>html { font-family: 'Liberation Sans'; font-size: 14pt; }</style></head><body><h1>Shaping</h1>");
    for (String line : LINES) {
      html.append("<p>").append(line).append("</p>");
    }
    html.append("<p><strong>").append(BOLD).append("</strong></p></body></html>");
    pdf = render(html.toString());
  }

  static byte[] render(String html) throws IOException {
    try (PdfEngine.Layout layout = new PdfEngine().layout(html)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      layout.pdf().save(out);
      return layout.shaping().spell(out.toByteArray());
    }
  }

  private static List<String> lines(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      // by position: openhtmltopdf paints the text of an inline element (each word in another
      // language is one, see PrintText) after the text around it on the same line
      s.setSortByPosition(true);
      return s.getText(doc).lines().map(String::strip).toList();
    }
  }

  private static PrintedWords.Printed word(List<PrintedWords.Printed> all, String text) {
    return all.stream()
        .filter(p -> p.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + text + "' is not one glyph: " + all));
  }

  @Test
  void everyLineCopiesOutAsWritten() throws IOException {
    List<String> lines = lines(pdf);
    for (String line : LINES) {
      assertTrue(lines.contains(line), "not read back: " + line + "\n" + lines);
    }
    assertTrue(lines.contains(BOLD), lines.toString());
  }

  @Test
  void aVowelSignPrintedBeforeItsConsonantIsDrawnBeforeIt() throws IOException {
    List<PrintedWords.Printed> all = PrintedWords.of(pdf);
    PrintedWords.Printed committee = word(all, "কমিটি"); // ম + ি: the sign is drawn first
    assertTrue(committee.x("ি") < committee.x("ম"), committee.toString());
    PrintedWords.Printed report = word(all, "ਰਿਪੋਰਟ"); // ਰ + ਿ
    assertTrue(report.x("ਿ") < report.x("ਰ"), report.toString());
  }

  @Test
  void aConjunctIsOneGlyphWithNoVisibleVirama() throws IOException {
    List<PrintedWords.Printed> all = PrintedWords.of(pdf);
    for (String w : List.of("প্রতিবেদন", "মুখ্য", "কর্মকর্তা", "ক্ষমতা")) {
      PrintedWords.Printed p = word(all, w);
      assertFalse(p.has("্"), "a virama is drawn in " + p);
      assertTrue(
          p.parts().stream().anyMatch(k -> k.text().isEmpty()),
          "no conjunct or reph glyph in " + p);
    }
  }

  @Test
  void aVowelInTwoPartsIsDrawnOnBothSidesOfItsConsonant() throws IOException {
    List<PrintedWords.Printed> all = PrintedWords.of(pdf);
    PrintedWords.Printed approval = word(all, "অনুমোদন"); // ম + ো = ে before, া after
    assertTrue(
        approval.x("ে") < approval.x("ম") && approval.x("ম") < approval.x("া"),
        approval.toString());
    PrintedWords.Printed skill =
        word(all, "কৌশল"); // ক + ৌ = ে before (its form for a word's start), ৗ after
    PrintedWords.Part before = skill.parts().get(0);
    assertTrue(
        Set.of("ে", "").contains(before.text())
            && before.x() < skill.x("ক")
            && skill.x("ক") < skill.x("ৗ"),
        skill.toString());
    assertFalse(approval.has("ো") || skill.has("ৌ"), "a two-part vowel drawn as one sign");
  }

  @Test
  void boldWordsAreShapedInTheBoldFace() throws IOException {
    List<PrintedWords.Printed> all = PrintedWords.of(pdf);
    assertTrue(
        all.stream()
            .anyMatch(p -> p.text().equals("প্রতিবেদন") && p.font().equals("NotoSansBengali-Bold")),
        all.toString());
    assertTrue(
        all.stream()
            .anyMatch(p -> p.text().equals("ਰਿਪੋਰਟ") && p.font().equals("NotoSansGurmukhi-Bold")),
        all.toString());
  }

  @Test
  void noGlyphOrPartIsMissingAndEachWordIsOneGlyph() throws IOException {
    List<PrintedWords.Printed> all = PrintedWords.of(pdf);
    assertEquals(List.of(), all.stream().filter(PrintedWords.Printed::missing).toList());
    Predicate<String> indic = s -> s.codePoints().anyMatch(Shaping::shaped);
    for (PrintedWords.Printed p : all) {
      if (indic.test(p.text())) {
        assertFalse(p.parts().isEmpty(), "not drawn as a shaped word: " + p);
        assertTrue(
            p.font().startsWith("NotoSansBengali") || p.font().startsWith("NotoSansGurmukhi"),
            p.toString());
      }
    }
    // the vowel sign on its own is drawn on a dotted circle, as browsers do
    assertTrue(word(all, "ি").has("◌"), word(all, "ি").toString());
  }

  @Test
  void wordsTakeCharactersTheTextDoesNotUseEvenWhenTheBasicPlaneIsFull() throws IOException {
    // every private-use character of the Basic Multilingual Plane is in the text (hidden), so the
    // words get characters from plane 15, which openhtmltopdf and PDFBox handle as surrogate pairs
    StringBuilder taken = new StringBuilder();
    for (int c = 0xE000; c <= 0xF8FF; c++) {
      taken.appendCodePoint(c);
    }
    String html =
        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Full</title><style>html { font-family: "
            + "'Liberation Sans'; } .x { display: none; }</style></head><body><h1>Full</h1><p class=\"x\">"
            + taken
            + "</p><p>"
            + LINES[0]
            + "</p></body></html>";
    Document doc = Jsoup.parse(html);
    Map<Integer, String> words = Shaping.apply(doc, Fonts.DEFAULT).words();
    assertTrue(words.keySet().stream().allMatch(c -> c >= 0xF0000), words.toString());
    assertTrue(lines(render(html)).contains(LINES[0]));
  }

  @Test
  void thePdfConformsToPdfUa1AndIsDrawnForAPersonToLookAt() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    assertEquals("", PdfUaIT.failures(pdf));
    Path out = Fixtures.projectDir().resolve("target/shaping.png");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Files.createDirectories(out.getParent());
      Files.write(out.resolveSibling("shaping.pdf"), pdf);
      ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png", out.toFile());
    }
    assertTrue(Files.size(out) > 0);
  }
}
