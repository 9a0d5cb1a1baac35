package org.tabled.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a TrueType font file as its tables, and writes tables back as a font file.
 *
 * <p>Why: PDFBox 3 runs every string drawn in a font that has a {@code GSUB} table through its
 * glyph-substitution code, which compiles regular expressions for each call. With Liberation Sans
 * this made writing a 100-page pack take about 2.7 s instead of 0.3 s (measured with JFR on this
 * project's machine; see docs/performance.md). English text needs no glyph substitution, so the
 * fonts are embedded without {@code GSUB} ({@link #without}): the glyphs, metrics and Unicode
 * mappings are unchanged. {@link WordGlyphs} also rewrites some tables to add glyphs.
 *
 * <p>The file format (the OpenType "table directory"): a 12-byte header, then one 16-byte record
 * per table (tag, checksum, offset, length), sorted by tag, then the tables, each starting on a
 * 4-byte boundary. Each table's checksum is computed when written, and the whole-file checksum in
 * {@code head} last.
 */
final class TrueTypeTables {

  private TrueTypeTables() {}

  /** A copy of {@code ttf} without the tables named in {@code drop} (e.g. "GSUB"). */
  static byte[] without(byte[] ttf, Set<String> drop) {
    Map<String, byte[]> tables = read(ttf);
    tables.keySet().removeAll(drop);
    return write(ttf, tables);
  }

  /** The tables of {@code ttf} by tag, each a copy of its bytes (without padding). */
  static TreeMap<String, byte[]> read(byte[] ttf) {
    ByteBuffer in = ByteBuffer.wrap(ttf);
    int count = in.getShort(4) & 0xffff;
    TreeMap<String, byte[]> out = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      int at = 12 + 16 * i;
      String tag = new String(ttf, at, 4, StandardCharsets.ISO_8859_1);
      int offset = in.getInt(at + 8);
      int length = in.getInt(at + 12);
      byte[] table = new byte[length];
      System.arraycopy(ttf, offset, table, 0, length);
      out.put(tag, table);
    }
    return out;
  }

  /**
   * A font file of {@code tables}, in tag order, with the version ({@code sfntVersion}) of {@code
   * like}.
   */
  static byte[] write(byte[] like, Map<String, byte[]> tables) {
    TreeMap<String, byte[]> sorted = new TreeMap<>(tables);
    int kept = sorted.size();
    int size = 12 + 16 * kept;
    for (byte[] t : sorted.values()) {
      size += padded(t.length);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int selector = 31 - Integer.numberOfLeadingZeros(kept);
    int searchRange = (1 << selector) * 16;
    out.putInt(ByteBuffer.wrap(like).getInt(0))
        .putShort((short) kept)
        .putShort((short) searchRange)
        .putShort((short) selector)
        .putShort((short) (kept * 16 - searchRange));
    int position = 12 + 16 * kept;
    int head = -1;
    int i = 0;
    for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
      byte[] t = e.getValue();
      if (e.getKey().equals("head")) {
        head = position;
        t = t.clone();
        ByteBuffer.wrap(t).putInt(8, 0); // the checksum of head is taken with its adjustment zero
      }
      out.position(12 + 16 * i++);
      out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1))
          .putInt(checksum(t))
          .putInt(position)
          .putInt(t.length);
      out.position(position);
      out.put(t);
      position += padded(t.length);
    }
    if (head >= 0) {
      out.putInt(head + 8, 0xB1B0AFBA - checksum(out.array()));
    }
    return out.array();
  }

  /**
   * The sum of the table's bytes read as big-endian 32-bit words, the last one padded with zeros.
   */
  private static int checksum(byte[] t) {
    int sum = 0;
    for (int i = 0; i < t.length; i += 4) {
      int word = 0;
      for (int j = 0; j < 4; j++) {
        word = (word << 8) | (i + j < t.length ? t[i + j] & 0xff : 0);
      }
      sum += word;
    }
    return sum;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }
}
