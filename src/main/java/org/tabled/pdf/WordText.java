package org.tabled.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Gives each shaped word's glyph ({@link Shaping}) its word as its text, in a saved PDF.
 *
 * <p>PDFBox writes a font's {@code ToUnicode} map when it saves the font's subset, from the font's
 * own character map, so a shaped word's glyph maps to its private-use character. Once saved, each
 * {@code ToUnicode} map that holds such a character is written again with the word instead (a map
 * may give several characters for one glyph, as for a ligature). Text extraction, copying and
 * search then give the word as written, in the order written (its vowel signs after their
 * consonant, as typed), and PDF/UA's rule that every glyph maps to Unicode holds.
 */
final class WordText {

  /** The longest destination a {@code ToUnicode} entry may have, in UTF-16 code units. */
  static final int MAX_WORD = 256;

  private WordText() {}

  /**
   * {@code pdf} saved again with every {@code words} character in a {@code ToUnicode} map replaced
   * by its word.
   */
  static byte[] apply(byte[] pdf, Map<Integer, String> words) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      boolean changed = false;
      for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT)) {
        if (o.getObject() instanceof COSDictionary font
            && COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
            && font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map) {
          changed |= rewrite(map, words);
        }
      }
      if (!changed) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static boolean rewrite(COSStream stream, Map<Integer, String> words) throws IOException {
    CMap map;
    try (InputStream in = stream.createInputStream()) {
      map = new CMapParser().parse(new RandomAccessReadBuffer(in));
    }
    TreeMap<Integer, String> entries = new TreeMap<>();
    boolean hit = false;
    for (int code = 0; code <= 0xFFFF; code++) {
      String text = map.toUnicode(code, 2);
      if (text == null) {
        continue;
      }
      String word =
          text.codePointCount(0, text.length()) == 1 ? words.get(text.codePointAt(0)) : null;
      hit |= word != null;
      entries.put(code, word == null ? text : word);
    }
    if (!hit) {
      return false;
    }
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(cmap(entries).getBytes(StandardCharsets.US_ASCII));
    }
    return true;
  }

  /** A {@code ToUnicode} CMap for two-byte codes, one {@code bfchar} entry per code. */
  static String cmap(TreeMap<Integer, String> entries) {
    HexFormat hex = HexFormat.of().withUpperCase();
    StringBuilder s = new StringBuilder();
    s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    Map.Entry<Integer, String>[] all = entries.entrySet().toArray(new Map.Entry[0]);
    for (int i = 0; i < all.length; i += 100) {
      int n = Math.min(100, all.length - i);
      s.append(n).append(" beginbfchar\n");
      for (int j = i; j < i + n; j++) {
        s.append('<')
            .append(hex.toHexDigits((short) (int) all[j].getKey()))
            .append("> <")
            .append(hex.formatHex(all[j].getValue().getBytes(StandardCharsets.UTF_16BE)))
            .append(">\n");
      }
      s.append("endbfchar\n");
    }
    s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return s.toString();
  }
}
