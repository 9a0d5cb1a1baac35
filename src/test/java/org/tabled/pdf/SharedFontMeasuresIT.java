package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;
import org.tabled.model.FontFile;
import org.tabled.source.SourcePos;

/**
 * The fonts' measures that every document shares ({@link Fonts#metrics}) make no PDF differ from
 * the one its document makes alone, whatever was rendered before it: a face a template declares
 * with {@code @font-face} under one of Tabled's family names neither takes nor gives a measure.
 */
class SharedFontMeasuresIT {

  private static final String TEXT =
      "<p>Agenda item 4: Budget monitoring (Pages 5 - 10) £12,500 ∑ ≥ → ✓</p>"
          + "<p style=\"font-weight: bold\">Recommendations</p>"
          + "<p style=\"font-style: italic\">The committee is asked to note the report.</p>";

  private static String plain() {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>T</title>"
        + "<style>body { font-family: 'Liberation Sans'; font-size: 11pt }</style></head>"
        + "<body>"
        + TEXT.repeat(30)
        + "</body></html>";
  }

  /**
   * A document that declares a short face of its own under the family of each of Tabled's taller
   * fallbacks, and sets its text in them (so that they are measured before the fallbacks): their
   * measures must not become the fallbacks' in other documents, whose lines are as tall as their
   * tallest face.
   */
  private static String declaring() throws IOException {
    byte[] shortFace;
    try (InputStream in =
        SharedFontMeasuresIT.class.getResourceAsStream("/liberation/LiberationMono-Regular.ttf")) {
      shortFace = in.readAllBytes();
    }
    String data = "url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(shortFace) + ")";
    StringBuilder css = new StringBuilder();
    for (String family : FALLBACK_FAMILIES) {
      css.append("@font-face { font-family: '")
          .append(family)
          .append("'; src: ")
          .append(data)
          .append("; }");
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><title>T</title><style>"
        + css
        + "body { font-family: '"
        + String.join("', '", FALLBACK_FAMILIES)
        + "'; font-size: 11pt }</style></head><body>"
        + TEXT.repeat(30)
        + "</body></html>";
  }

  /** The families of Tabled's fallback faces ({@link Fonts}). */
  private static final List<String> FALLBACK_FAMILIES =
      List.of(
          "Noto Naskh Arabic",
          "Noto Sans Bengali",
          "Noto Sans Gurmukhi",
          "Noto Sans Symbols 2",
          "Noto Sans Symbols",
          "Noto Sans Math",
          "Droid Sans Fallback");

  private static byte[] render(PdfEngine engine, String html) throws IOException {
    try (PdfEngine.Layout layout = engine.layout(html)) {
      PDDocument pdf = layout.pdf();
      pdf.setDocumentId(1L);
      pdf.getDocumentInformation().setCreationDate(null);
      pdf.getDocumentInformation().setModificationDate(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static PdfEngine fresh() {
    PdfEngine e = new PdfEngine();
    e.useFonts(Fonts.builtIn());
    return e;
  }

  @Test
  void aDocumentPrintsTheSameWhateverWasRenderedBeforeIt() throws Exception {
    byte[] plainAlone = render(fresh(), plain());
    byte[] declaringAlone = render(fresh(), declaring());
    assertArrayEquals(plainAlone, render(fresh(), plain()), "a document alone prints the same");

    PdfEngine afterDeclaring = fresh();
    assertArrayEquals(declaringAlone, render(afterDeclaring, declaring()));
    assertArrayEquals(plainAlone, render(afterDeclaring, plain()), "after a declaring document");
    assertArrayEquals(plainAlone, render(afterDeclaring, plain()), "and again");

    PdfEngine afterPlain = fresh();
    assertArrayEquals(plainAlone, render(afterPlain, plain()));
    assertArrayEquals(
        declaringAlone, render(afterPlain, declaring()), "a declaring document after a plain one");
  }

  @Test
  void theMeasuresAreSharedOnlyOnceADocumentIsKnownToDeclareNoFaces() {
    Fonts fonts = Fonts.builtIn();
    Fonts.Metrics first = fonts.metrics(Shaping.NONE).orElseThrow();
    Fonts.Metrics second = fonts.metrics(Shaping.NONE).orElseThrow();
    first.put("k", () -> 1);
    assertNull(second.get("k"), "a closed gate keeps nothing");
    first.open();
    first.put("k", () -> 1);
    assertNull(second.get("k"), "a closed gate reads nothing");
    second.open();
    assertNotNull(second.get("k"));
    assertEquals(1, second.get("k").weight());
    assertTrue(fonts.metrics(Shaping.NONE).isPresent());
  }

  /** A council's font file, written into {@code dir}, as {@code site.yaml} would name it. */
  private static FontFile councilFont(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new FontFile(file, name, SourcePos.file("site.yaml"));
  }

  @Test
  void aCouncilFontUnderABuiltInFacesFamilyWeightAndStyleMeasuresAlone(@TempDir Path dir)
      throws Exception {
    byte[] sans;
    try (InputStream in =
        SharedFontMeasuresIT.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      sans = in.readAllBytes();
    }
    // the same family, weight and style as Tabled's body face, and other bytes (its vendor)
    Map<String, byte[]> tables = TrueTypeTables.read(sans);
    byte[] os2 = tables.get("OS/2");
    System.arraycopy("TEST".getBytes(StandardCharsets.US_ASCII), 0, os2, 58, 4);
    byte[] other = TrueTypeTables.write(sans, tables);
    Diagnostics d = new Diagnostics();
    Fonts clash = Fonts.with(List.of(councilFont(dir, "other.ttf", other)), d);
    assertEquals(List.of(), d.all());
    assertTrue(clash.metrics(Shaping.NONE).isEmpty(), "two faces under one key: none shared");
    // the very same face again is no clash
    Fonts same = Fonts.with(List.of(councilFont(dir, "same.ttf", sans)), d);
    assertEquals(List.of(), d.all());
    assertTrue(same.metrics(Shaping.NONE).isPresent(), "the same face twice: shared");
  }
}
