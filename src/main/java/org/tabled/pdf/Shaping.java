package org.tabled.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Shaped text for the scripts of South Asia (Bengali, Gurmukhi, Devanagari …), which openhtmltopdf
 * cannot shape: it draws one glyph per character, so a vowel sign written after its consonant but
 * printed before it (কি) came out after it, conjuncts showed their virama, and vowels written in
 * two parts around a consonant (কো) were split.
 *
 * <p>The JDK shapes text with HarfBuzz ({@code java.awt.Font.layoutGlyphVector}). So before layout,
 * every word in such a script (a run of its letters and marks) is shaped by the JDK with each font
 * that can print it ({@link Fonts#shapers}), the one openhtmltopdf would choose and the others of
 * its family (bold), from the font's own file with its {@code GSUB} and {@code GPOS} tables. Each
 * shaped word becomes one glyph added to that font ({@link WordGlyphs}: a composite glyph whose
 * parts are the glyphs HarfBuzz chose, where it placed them), and the word in the HTML is replaced
 * by the private-use character that maps to that glyph. openhtmltopdf then measures and draws the
 * word as it is printed, breaks lines between words as before (a private-use character never allows
 * a break inside it), and embeds the glyph and its parts in the subset.
 *
 * <p>What a reader copies out is the word as written, because after saving, each such glyph's entry
 * in its font's {@code ToUnicode} map is its whole word ({@link WordText}), a mapping PDF allows
 * for ligatures; PDF/UA requires every glyph to have one. The character chosen for a word is one
 * that neither the document's text nor any font uses, first from the Private Use Area of the Basic
 * Multilingual Plane, then from plane 15; words keep their character within one document, which is
 * all a character means, since each PDF has its own fonts.
 *
 * <p>A word is left as it is written (and printed glyph by glyph, as before) if no font can print
 * all of it, if it does not fit in a TrueType glyph, or if a font has no room for more glyphs.
 */
final class Shaping {

  /** No shaped word: every font as it is. */
  static final Shaping NONE = new Shaping(Map.of(), Map.of());

  /**
   * The Private Use Area of the Basic Multilingual Plane, then Supplementary Private Use Area-A.
   */
  private static final int[][] PRIVATE = {{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}};

  private static final Set<UnicodeScript> SCRIPTS =
      Set.of(
          UnicodeScript.DEVANAGARI,
          UnicodeScript.BENGALI,
          UnicodeScript.GURMUKHI,
          UnicodeScript.GUJARATI,
          UnicodeScript.ORIYA,
          UnicodeScript.TAMIL,
          UnicodeScript.TELUGU,
          UnicodeScript.KANNADA,
          UnicodeScript.MALAYALAM,
          UnicodeScript.SINHALA);

  /** Fractional metrics, no hinting: glyph positions in exact font units. */
  private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);

  /** Font files with the words' glyphs added, by the face they replace. */
  private final Map<Fonts.Face, byte[]> fonts;

  /** Each word's private-use character, and the word. */
  private final Map<Integer, String> words;

  private Shaping(Map<Fonts.Face, byte[]> fonts, Map<Integer, String> words) {
    this.fonts = Map.copyOf(fonts);
    this.words = Map.copyOf(words);
  }

  /** True for a character of a script whose words are shaped. */
  static boolean shaped(int codePoint) {
    return SCRIPTS.contains(UnicodeScript.of(codePoint));
  }

  /** True if some face is embedded with glyphs added for this document. */
  boolean changesFaces() {
    return !fonts.isEmpty();
  }

  /** The font file to embed for {@code face}. */
  byte[] bytes(Fonts.Face face) {
    return fonts.getOrDefault(face, face.bytes());
  }

  /** Each shaped word's private-use character, and the word as written. */
  Map<Integer, String> words() {
    return words;
  }

  /**
   * Shapes the words of {@code doc}'s body with {@code fonts}, replacing each word that could be
   * shaped by its character, in place. The same document always gives the same result.
   */
  static Shaping apply(Document doc, Fonts fonts) {
    Element body = doc.body();
    if (body == null) {
      return NONE;
    }
    List<TextNode> texts = new ArrayList<>();
    collectText(body, texts);
    LinkedHashMap<String, Integer> codes =
        new LinkedHashMap<>(); // word -> character, in order of first use
    BitSet used = new BitSet();
    for (TextNode t : texts) {
      t.getWholeText().codePoints().forEach(used::set);
      for (String w : words(t.getWholeText())) {
        if (w.length() <= WordText.MAX_WORD) {
          codes.putIfAbsent(w, 0);
        }
      }
    }
    if (codes.isEmpty()) {
      return NONE;
    }
    int next = PRIVATE[0][0];
    for (Map.Entry<String, Integer> e : codes.entrySet()) {
      int code = free(next, used, fonts);
      if (code < 0) {
        break; // no character left: the remaining words are printed as written
      }
      e.setValue(code);
      next = code + 1;
    }
    Map<Fonts.Face, byte[]> shapedFonts = new HashMap<>();
    Map<String, Integer> printable = new HashMap<>();
    for (Fonts.Shaper s : fonts.shapers()) {
      List<WordGlyphs.Word> glyphs = new ArrayList<>();
      int room = WordGlyphs.MAX_GLYPHS - WordGlyphs.glyphCount(s.face().bytes());
      for (Map.Entry<String, Integer> e : codes.entrySet()) {
        if (e.getValue() == 0
            || glyphs.size() >= room
            || !e.getKey().codePoints().allMatch(s.covers()::get)) {
          continue;
        }
        WordGlyphs.Word w = shape(s, e.getValue(), e.getKey());
        if (WordGlyphs.fits(w)) {
          glyphs.add(w);
          printable.put(e.getKey(), e.getValue());
        }
      }
      if (!glyphs.isEmpty()) {
        shapedFonts.put(s.face(), WordGlyphs.add(s.face().bytes(), glyphs));
      }
    }
    if (printable.isEmpty()) {
      return NONE;
    }
    for (TextNode t : texts) {
      String text = t.getWholeText();
      String replaced = replace(text, printable);
      if (!replaced.equals(text)) {
        t.text(replaced);
      }
    }
    Map<Integer, String> byCode = new HashMap<>();
    printable.forEach((w, c) -> byCode.put(c, w));
    return new Shaping(shapedFonts, byCode);
  }

  /**
   * A saved PDF with the text of every shaped word's glyph set to its word (see {@link WordText}),
   * or {@code pdf} itself if it has none.
   */
  byte[] spell(byte[] pdf) throws IOException {
    return words.isEmpty() ? pdf : WordText.apply(pdf, words);
  }

  /** One word as {@code s} prints it: the glyphs HarfBuzz chose, where it placed them. */
  private static WordGlyphs.Word shape(Fonts.Shaper s, int code, String word) {
    char[] chars = word.toCharArray();
    GlyphVector v =
        s.layout().layoutGlyphVector(EXACT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    List<WordGlyphs.Part> parts = new ArrayList<>();
    for (int i = 0; i < v.getNumGlyphs(); i++) {
      Point2D at = v.getGlyphPosition(i);
      parts.add(
          new WordGlyphs.Part(
              v.getGlyphCode(i), (int) Math.round(at.getX()), (int) -Math.round(at.getY())));
    }
    int advance = (int) Math.round(v.getGlyphPosition(v.getNumGlyphs()).getX());
    return new WordGlyphs.Word(code, parts, advance);
  }

  /**
   * The first private-use character from {@code from} on that neither the text nor a font uses, or
   * -1.
   */
  private static int free(int from, BitSet used, Fonts fonts) {
    for (int[] range : PRIVATE) {
      for (int c = Math.max(from, range[0]); c <= range[1]; c++) {
        if (!used.get(c) && !fonts.covers(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The words of {@code text} to shape: runs of letters and marks of {@link #SCRIPTS}, with the
   * joiners and combining marks inside them.
   */
  static List<String> words(String text) {
    return spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  /** Where the words of {@code text} start and end. */
  private static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean part = shaped(cp) || start >= 0 && UnicodeScript.of(cp) == UnicodeScript.INHERITED;
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(new int[] {start, i});
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }

  /** {@code text} with each word that has a character replaced by it. */
  private static String replace(String text, Map<String, Integer> printable) {
    StringBuilder out = new StringBuilder(text.length());
    int done = 0;
    for (int[] span : spans(text)) {
      Integer code = printable.get(text.substring(span[0], span[1]));
      if (code != null) {
        out.append(text, done, span[0]).appendCodePoint(code);
        done = span[1];
      }
    }
    return out.append(text, done, text.length()).toString();
  }

  private static void collectText(Node n, List<TextNode> out) {
    for (Node k : n.childNodes()) {
      if (k instanceof TextNode t) {
        out.add(t);
      } else if (k instanceof Element e
          && !e.tagName().equals("style")
          && !e.tagName().equals("script")) {
        collectText(e, out);
      }
    }
  }
}
