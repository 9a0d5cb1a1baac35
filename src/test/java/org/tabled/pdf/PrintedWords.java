package org.tabled.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF draws for each glyph of its text, read from the embedded fonts: for a glyph made of
 * others (a shaped word, {@link Shaping}), its parts in drawing order, each as the character its
 * glyph prints (from the font's {@code ToUnicode} map; "" for a glyph that is not a character's
 * own, such as a conjunct) and its offset.
 */
final class PrintedWords {

  /**
   * One part of a glyph.
   *
   * @param text the character whose glyph it is, or "" for a glyph no character maps to
   * @param glyph the glyph id in the embedded subset
   * @param x the offset to the right, in font units
   * @param y the offset upwards
   */
  record Part(String text, int glyph, int x, int y) {}

  /**
   * A glyph drawn.
   *
   * @param text what it reads as
   * @param font the font's name without its subset tag
   * @param parts its parts, if it is a composite glyph (else empty)
   * @param missing whether it, or a part, is the missing glyph (0)
   */
  record Printed(String text, String font, List<Part> parts, boolean missing) {

    /** The offset of the first part printing {@code c}, or fails. */
    int x(String c) {
      return parts.stream()
          .filter(p -> p.text().equals(c))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no part '" + c + "' in " + this))
          .x();
    }

    boolean has(String c) {
      return parts.stream().anyMatch(p -> p.text().equals(c));
    }
  }

  private PrintedWords() {}

  /** Every glyph drawn in {@code pdf}'s pages, in content order. */
  static List<Printed> of(byte[] pdf) throws IOException {
    List<Printed> out = new ArrayList<>();
    Map<PDType0Font, Map<Integer, String>> texts = new HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
              super.processTextPosition(t);
              try {
                out.add(printed(t, texts));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          };
      s.setSortByPosition(false);
      s.getText(doc);
    }
    return out;
  }

  private static Printed printed(TextPosition t, Map<PDType0Font, Map<Integer, String>> texts)
      throws IOException {
    String name = t.getFont().getName().replaceAll("^[A-Z]{6}\\+", "");
    if (!(t.getFont() instanceof PDType0Font f)
        || !(f.getDescendantFont() instanceof PDCIDFontType2 cid)) {
      return new Printed(t.getUnicode(), name, List.of(), true);
    }
    int gid = f.codeToGID(t.getCharacterCodes()[0]);
    TrueTypeFont ttf = cid.getTrueTypeFont();
    GlyphData g = ttf.getGlyph().getGlyph(gid);
    List<Part> parts = new ArrayList<>();
    boolean missing = gid == 0;
    if (g != null && g.getDescription() instanceof GlyfCompositeDescript c) {
      Map<Integer, String> byGlyph = texts.computeIfAbsent(f, PrintedWords::byGlyph);
      for (GlyfCompositeComp k : c.getComponents()) {
        missing |= k.getGlyphIndex() == 0;
        parts.add(
            new Part(
                byGlyph.getOrDefault(k.getGlyphIndex(), ""),
                k.getGlyphIndex(),
                k.getXTranslate(),
                k.getYTranslate()));
      }
    }
    return new Printed(t.getUnicode(), name, parts, missing);
  }

  /** The text of each glyph of the subset that some code maps to. */
  private static Map<Integer, String> byGlyph(PDType0Font f) {
    Map<Integer, String> out = new HashMap<>();
    try {
      for (int code = 1; code <= 0xFFFF; code++) {
        int gid = f.codeToGID(code);
        String u = gid > 0 ? f.toUnicode(code) : null;
        if (u != null) {
          out.putIfAbsent(gid, u);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
