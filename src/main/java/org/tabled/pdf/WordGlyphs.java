package org.tabled.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Adds glyphs to a TrueType font, each one a whole shaped word: a composite glyph whose parts are
 * the font's own glyphs at the places a shaping engine put them, mapped from a private-use
 * character (see {@link Shaping} for why).
 *
 * <p>A composite glyph ({@code glyf} with a negative contour count) holds no outlines of its own,
 * only references to other glyphs with an x and y offset each, which every TrueType rasteriser and
 * PDF reader draws. The font gets, for the new glyphs: their entries in {@code glyf} and {@code
 * loca} (written in the long format), their advance widths in {@code hmtx} (one metric per glyph),
 * the counts in {@code maxp} and {@code hhea}, the bounding box in {@code head}, and a {@code cmap}
 * with one format 12 subtable holding the font's own mappings and the new ones. {@code post} is cut
 * to version 3 (no glyph names), and tables that describe every glyph and would not describe the
 * new ones ({@code hdmx}, {@code LTSH}, {@code VDMX}, {@code kern}, {@code GPOS}, {@code GDEF} …)
 * are left out: PDFBox and openhtmltopdf read none of them, and PDFBox embeds only the glyphs,
 * metrics and hinting tables.
 */
final class WordGlyphs {

  /** The tables kept as they are; the ones rewritten here are added to them. */
  private static final List<String> KEPT = List.of("OS/2", "cvt ", "fpgm", "gasp", "name", "prep");

  /** The TrueType limit on glyph ids. */
  static final int MAX_GLYPHS = 65535;

  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int ARGS_ARE_XY_VALUES = 0x0002;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

  /**
   * One glyph of a word, drawn at an offset from the word's origin.
   *
   * @param glyph the glyph id in the font
   * @param dx the offset to the right, in font units
   * @param dy the offset upwards, in font units
   */
  record Part(int glyph, int dx, int dy) {}

  /**
   * A new glyph.
   *
   * @param codePoint the (private-use) character that maps to it
   * @param parts its parts, in drawing order
   * @param advance its advance width, in font units
   */
  record Word(int codePoint, List<Part> parts, int advance) {
    Word {
      parts = List.copyOf(parts);
    }
  }

  private final Map<String, byte[]> tables;
  private final ByteBuffer glyf;
  private final int[] loca;
  private final int glyphs;

  private WordGlyphs(Map<String, byte[]> tables) {
    this.tables = tables;
    this.glyf = ByteBuffer.wrap(tables.get("glyf"));
    this.glyphs = ByteBuffer.wrap(tables.get("maxp")).getShort(4) & 0xffff;
    boolean longOffsets = ByteBuffer.wrap(tables.get("head")).getShort(50) != 0;
    ByteBuffer l = ByteBuffer.wrap(tables.get("loca"));
    this.loca = new int[glyphs + 1];
    for (int i = 0; i <= glyphs; i++) {
      loca[i] = longOffsets ? l.getInt(4 * i) : (l.getShort(2 * i) & 0xffff) * 2;
    }
  }

  /** The number of glyphs in {@code ttf}. */
  static int glyphCount(byte[] ttf) {
    return ByteBuffer.wrap(TrueTypeTables.read(ttf).get("maxp")).getShort(4) & 0xffff;
  }

  /**
   * A copy of {@code ttf} (a TrueType font without {@code GSUB}) with one more glyph per word, in
   * order from the font's last glyph, each mapped from its word's code point. A part whose glyph
   * has no outline, or is not in the font, is left out. The words must fit: at most {@link
   * #MAX_GLYPHS} glyphs in all, and every offset and advance within 16 bits.
   */
  static byte[] add(byte[] ttf, List<Word> words) {
    WordGlyphs font = new WordGlyphs(TrueTypeTables.read(ttf));
    if (font.glyphs + words.size() > MAX_GLYPHS) {
      throw new IllegalArgumentException("too many glyphs: " + font.glyphs + " + " + words.size());
    }
    Map<String, byte[]> out = new TreeMap<>();
    for (String tag : KEPT) {
      if (font.tables.containsKey(tag)) {
        out.put(tag, font.tables.get(tag));
      }
    }
    try {
      font.write(ttf, words, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TrueTypeTables.write(ttf, out);
  }

  private void write(byte[] ttf, List<Word> words, Map<String, byte[]> out) throws IOException {
    ByteArrayOutputStream glyfOut = new ByteArrayOutputStream();
    glyfOut.write(glyf.array(), 0, loca[glyphs]);
    int[] newLoca = new int[glyphs + words.size() + 1];
    System.arraycopy(loca, 0, newLoca, 0, glyphs + 1);
    int[][] metrics = metrics(glyphs + words.size()); // advance, left side bearing
    ByteBuffer head = ByteBuffer.wrap(tables.get("head").clone());
    short[] box = {head.getShort(36), head.getShort(38), head.getShort(40), head.getShort(42)};
    int maxParts = 0;
    int maxPoints = 0;
    int maxContours = 0;
    int depth = 1;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      List<Part> parts = new ArrayList<>();
      int[] bounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
      int points = 0;
      int contours = 0;
      for (Part p : word.parts()) {
        if (p.glyph() <= 0 || p.glyph() >= glyphs || loca[p.glyph() + 1] == loca[p.glyph()]) {
          continue; // not in the font, or nothing to draw (a joiner)
        }
        parts.add(p);
        int at = loca[p.glyph()];
        bounds[0] = Math.min(bounds[0], glyf.getShort(at + 2) + p.dx());
        bounds[1] = Math.min(bounds[1], glyf.getShort(at + 4) + p.dy());
        bounds[2] = Math.max(bounds[2], glyf.getShort(at + 6) + p.dx());
        bounds[3] = Math.max(bounds[3], glyf.getShort(at + 8) + p.dy());
        int[] size = size(p.glyph(), 0);
        points += size[0];
        contours += size[1];
        depth = Math.max(depth, 1 + size[2]);
      }
      int start = glyfOut.size();
      if (!parts.isEmpty()) {
        glyfOut.write(composite(parts, bounds));
        maxParts = Math.max(maxParts, parts.size());
        maxPoints = Math.max(maxPoints, points);
        maxContours = Math.max(maxContours, contours);
        for (int i = 0; i < 4; i++) {
          box[i] = (short) (i < 2 ? Math.min(box[i], bounds[i]) : Math.max(box[i], bounds[i]));
        }
      }
      newLoca[glyphs + w + 1] = glyfOut.size();
      metrics[glyphs + w] = new int[] {checked(word.advance()), parts.isEmpty() ? 0 : bounds[0]};
    }
    out.put("glyf", glyfOut.toByteArray());
    ByteBuffer loc = ByteBuffer.allocate(4 * newLoca.length);
    for (int o : newLoca) {
      loc.putInt(o);
    }
    out.put("loca", loc.array());
    head.putShort(36, box[0]).putShort(38, box[1]).putShort(40, box[2]).putShort(42, box[3]);
    head.putShort(50, (short) 1); // long loca offsets
    out.put("head", head.array());
    out.put("hmtx", hmtx(metrics));
    out.put("hhea", hhea(metrics));
    out.put("maxp", maxp(glyphs + words.size(), maxParts, maxPoints, maxContours, depth));
    out.put("post", post());
    out.put("cmap", cmap(ttf, words));
  }

  /** A composite glyph of {@code parts}, padded to four bytes. */
  private static byte[] composite(List<Part> parts, int[] bounds) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeShort(-1);
    for (int b : bounds) {
      d.writeShort(checked(b));
    }
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      int flags =
          ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (i + 1 < parts.size() ? MORE_COMPONENTS : 0);
      d.writeShort(flags);
      d.writeShort(p.glyph());
      d.writeShort(checked(p.dx()));
      d.writeShort(checked(p.dy()));
    }
    while (bytes.size() % 4 != 0) {
      d.writeByte(0);
    }
    return bytes.toByteArray();
  }

  /**
   * True if the offsets and advance of {@code w} fit in a TrueType glyph: 16-bit signed numbers,
   * with room left for the parts' own outlines (a glyph is far less than {@value #ROOM} units
   * wide).
   */
  static boolean fits(Word w) {
    return w.advance() >= 0
        && w.advance() <= Short.MAX_VALUE - ROOM
        && w.parts().stream()
            .allMatch(
                p ->
                    Math.abs(p.dx()) <= Short.MAX_VALUE - ROOM
                        && Math.abs(p.dy()) <= Short.MAX_VALUE - ROOM);
  }

  private static final int ROOM = 8192;

  private static int checked(int v) {
    if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
      throw new IllegalArgumentException("does not fit a TrueType glyph: " + v);
    }
    return v;
  }

  /**
   * For a glyph: its points, contours and composite depth (0 for a simple glyph), as the {@code
   * maxp} counts of composite glyphs measure them.
   */
  private int[] size(int gid, int level) {
    int at = loca[gid];
    if (loca[gid + 1] == at || level > 8) {
      return new int[] {0, 0, 0};
    }
    int contours = glyf.getShort(at);
    if (contours >= 0) {
      int points = contours == 0 ? 0 : (glyf.getShort(at + 10 + 2 * (contours - 1)) & 0xffff) + 1;
      return new int[] {points, contours, 0};
    }
    int[] total = {0, 0, 0};
    int p = at + 10;
    int flags;
    do {
      flags = glyf.getShort(p) & 0xffff;
      int[] part = size(glyf.getShort(p + 2) & 0xffff, level + 1);
      total[0] += part[0];
      total[1] += part[1];
      total[2] = Math.max(total[2], part[2] + 1);
      p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
      p +=
          (flags & WE_HAVE_A_SCALE) != 0
              ? 2
              : (flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0
                  ? 4
                  : (flags & WE_HAVE_A_TWO_BY_TWO) != 0 ? 8 : 0;
    } while ((flags & MORE_COMPONENTS) != 0);
    return total;
  }

  /** Advance and left side bearing of every glyph, with room for {@code count}. */
  private int[][] metrics(int count) {
    ByteBuffer h = ByteBuffer.wrap(tables.get("hmtx"));
    int long_ = ByteBuffer.wrap(tables.get("hhea")).getShort(34) & 0xffff;
    int[][] out = new int[count][];
    for (int g = 0; g < glyphs; g++) {
      int advance = h.getShort(4 * Math.min(g, long_ - 1)) & 0xffff;
      int lsb = g < long_ ? h.getShort(4 * g + 2) : h.getShort(4 * long_ + 2 * (g - long_));
      out[g] = new int[] {advance, lsb};
    }
    return out;
  }

  private static byte[] hmtx(int[][] metrics) {
    ByteBuffer out = ByteBuffer.allocate(4 * metrics.length);
    for (int[] m : metrics) {
      out.putShort((short) m[0]).putShort((short) m[1]);
    }
    return out.array();
  }

  private byte[] hhea(int[][] metrics) {
    ByteBuffer h = ByteBuffer.wrap(tables.get("hhea").clone());
    int maxAdvance = 0;
    for (int[] m : metrics) {
      maxAdvance = Math.max(maxAdvance, m[0]);
    }
    h.putShort(10, (short) maxAdvance);
    h.putShort(34, (short) metrics.length);
    return h.array();
  }

  private byte[] maxp(int count, int parts, int points, int contours, int depth) {
    ByteBuffer m = ByteBuffer.wrap(tables.get("maxp").clone());
    m.putShort(4, (short) count);
    if (m.capacity() >= 32) { // version 1.0: the TrueType counts
      m.putShort(10, (short) Math.max(m.getShort(10) & 0xffff, points));
      m.putShort(12, (short) Math.max(m.getShort(12) & 0xffff, contours));
      m.putShort(28, (short) Math.max(m.getShort(28) & 0xffff, parts));
      m.putShort(30, (short) Math.max(m.getShort(30) & 0xffff, depth));
    }
    return m.array();
  }

  /** {@code post} version 3: the font's italic angle and underline, without glyph names. */
  private byte[] post() {
    ByteBuffer p = ByteBuffer.allocate(32);
    p.put(tables.get("post"), 0, 32);
    p.putInt(0, 0x00030000);
    return p.array();
  }

  /** A {@code cmap} with one Unicode subtable (platform 3, encoding 10, format 12). */
  private byte[] cmap(byte[] ttf, List<Word> words) throws IOException {
    TreeMap<Integer, Integer> map = new TreeMap<>();
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      CmapLookup cmap = font.getUnicodeCmapLookup(false);
      for (int gid = 1; cmap != null && gid < glyphs; gid++) {
        List<Integer> codes = cmap.getCharCodes(gid);
        if (codes != null) {
          for (int c : codes) {
            map.put(c, gid);
          }
        }
      }
    }
    for (int w = 0; w < words.size(); w++) {
      map.put(words.get(w).codePoint(), glyphs + w);
    }
    List<int[]> groups = new ArrayList<>(); // start, end, first glyph
    for (Map.Entry<Integer, Integer> e : map.entrySet()) {
      int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null
          && last[1] + 1 == e.getKey()
          && last[2] + (last[1] - last[0]) + 1 == e.getValue()) {
        last[1] = e.getKey();
      } else {
        groups.add(new int[] {e.getKey(), e.getKey(), e.getValue()});
      }
    }
    int length = 16 + 12 * groups.size();
    ByteBuffer out = ByteBuffer.allocate(4 + 8 + length);
    out.putShort((short) 0).putShort((short) 1); // version, one subtable
    out.putShort((short) 3).putShort((short) 10).putInt(12);
    out.putShort((short) 12).putShort((short) 0).putInt(length).putInt(0).putInt(groups.size());
    for (int[] g : groups) {
      out.putInt(g[0]).putInt(g[1]).putInt(g[2]);
    }
    return out.array();
  }
}
