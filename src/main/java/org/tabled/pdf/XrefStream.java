package org.tabled.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Gives the cross-reference stream of a saved PDF an entry for itself.
 *
 * <p>PDFBox 3 saves a compressed PDF with a cross-reference stream (an object, the file's last)
 * whose {@code /Size} counts that stream but whose entries leave it out ({@code COSWriter} sets the
 * size to "highest object number + 2" and {@code PDFXRefStream} lists only the objects written
 * before it). The PDF specification wants the stream to list itself (ISO 32000-1, 7.5.8.3: Size is
 * one more than the highest object number used in the section), and {@code qpdf --check} warns:
 * "reported number of objects (452) is not one plus the highest object number (450)". Readers cope,
 * but a council checking its files with qpdf should see no warning.
 *
 * <p>So after saving, the stream is written again at the same place, with the same entries and
 * trailer keys, plus its own entry: type 1, at the offset {@code startxref} gives. Everything
 * before it is untouched, so no other offset moves. A file that does not end the way PDFBox ends
 * it, or whose stream already lists itself, is returned as it is.
 */
final class XrefStream {

  private static final Pattern NUMBER_OBJ = Pattern.compile("\\A(\\d+) (\\d+) obj\\s*");
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
  private static final Pattern INDEX = Pattern.compile("/Index \\[([\\d ]*)\\]");
  private static final Pattern W = Pattern.compile("/W \\[(\\d+) (\\d+) (\\d+)\\]");

  private XrefStream() {}

  /**
   * {@code pdf} with its cross-reference stream listing itself; {@code pdf} itself if it cannot or
   * need not.
   */
  static byte[] withOwnEntry(byte[] pdf) {
    String tail = latin1(pdf, Math.max(0, pdf.length - 64), pdf.length);
    Matcher sx = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*\\z").matcher(tail);
    if (!sx.find()) {
      return pdf;
    }
    int offset = Integer.parseInt(sx.group(1));
    int streamKeyword = indexOf(pdf, ">>\nstream\r\n", offset);
    if (offset >= pdf.length || streamKeyword < 0) {
      return pdf;
    }
    String head = latin1(pdf, offset, streamKeyword + 2);
    Matcher obj = NUMBER_OBJ.matcher(head);
    Matcher length = LENGTH.matcher(head);
    Matcher index = INDEX.matcher(head);
    Matcher w = W.matcher(head);
    if (!obj.find()
        || !length.find()
        || !index.find()
        || !w.find()
        || !head.contains("/Type /XRef")
        || !head.contains("/Filter /FlateDecode")
        || head.contains("/DecodeParms")
        || head.contains("/Prev")) {
      return pdf;
    }
    long self = Long.parseLong(obj.group(1));
    int dataStart = streamKeyword + ">>\nstream\r\n".length();
    int dataLength = Integer.parseInt(length.group(1));
    if (dataStart + dataLength > pdf.length) {
      return pdf;
    }
    int[] widths = {
      Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))
    };
    Map<Long, long[]> entries;
    try {
      entries = read(inflate(pdf, dataStart, dataLength), ranges(index.group(1)), widths);
    } catch (DataFormatException | IllegalArgumentException e) {
      return pdf;
    }
    if (entries == null || entries.containsKey(self)) {
      return pdf;
    }
    entries.put(self, new long[] {1, offset, 0});
    int[] newWidths = widths(entries);
    byte[] data = deflate(write(entries, newWidths));
    String dict = head.substring(obj.end());
    dict = LENGTH.matcher(dict).replaceFirst("/Length " + data.length);
    dict =
        SIZE.matcher(dict)
            .replaceFirst("/Size " + (((TreeMap<Long, long[]>) entries).lastKey() + 1));
    dict = INDEX.matcher(dict).replaceFirst("/Index [" + index(entries) + "]");
    dict =
        W.matcher(dict)
            .replaceFirst("/W [" + newWidths[0] + " " + newWidths[1] + " " + newWidths[2] + "]");
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, offset);
    out.writeBytes(
        (head.substring(0, obj.end()) + dict + "\nstream\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(data);
    out.writeBytes(
        ("\r\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  /**
   * The entries by object number: type and two fields, or null if the data does not match the
   * index.
   */
  private static Map<Long, long[]> read(byte[] data, List<long[]> ranges, int[] widths) {
    int size = widths[0] + widths[1] + widths[2];
    Map<Long, long[]> out = new TreeMap<>();
    int at = 0;
    for (long[] range : ranges) {
      for (long n = range[0]; n < range[0] + range[1]; n++) {
        if (at + size > data.length) {
          return null;
        }
        long[] e = new long[3];
        for (int f = 0; f < 3; f++) {
          e[f] = widths[f] == 0 ? (f == 0 ? 1 : 0) : field(data, at, widths[f]);
          at += widths[f];
        }
        out.put(n, e);
      }
    }
    return at == data.length ? out : null;
  }

  private static byte[] write(Map<Long, long[]> entries, int[] widths) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long[] e : entries.values()) {
      for (int f = 0; f < 3; f++) {
        for (int b = widths[f] - 1; b >= 0; b--) {
          out.write((int) (e[f] >>> (8 * b)) & 0xff);
        }
      }
    }
    return out.toByteArray();
  }

  /** The bytes each field needs: the type takes one, the others as many as their largest value. */
  private static int[] widths(Map<Long, long[]> entries) {
    int[] w = {1, 1, 1};
    for (long[] e : entries.values()) {
      for (int f = 1; f < 3; f++) {
        w[f] = Math.max(w[f], (64 - Long.numberOfLeadingZeros(Math.max(1, e[f])) + 7) / 8);
      }
    }
    return w;
  }

  /**
   * The Index array for the object numbers in {@code entries}: first number and count of each run.
   */
  private static String index(Map<Long, long[]> entries) {
    List<String> parts = new ArrayList<>();
    long start = -1;
    long prev = -2;
    for (long n : entries.keySet()) {
      if (n != prev + 1) {
        if (start >= 0) {
          parts.add(start + " " + (prev - start + 1));
        }
        start = n;
      }
      prev = n;
    }
    parts.add(start + " " + (prev - start + 1));
    return String.join(" ", parts);
  }

  private static List<long[]> ranges(String index) {
    String[] n = index.strip().split(" +");
    if (n.length % 2 != 0) {
      throw new IllegalArgumentException("odd Index");
    }
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < n.length; i += 2) {
      out.add(new long[] {Long.parseLong(n[i]), Long.parseLong(n[i + 1])});
    }
    return out;
  }

  private static long field(byte[] data, int at, int width) {
    long v = 0;
    for (int i = 0; i < width; i++) {
      v = v << 8 | (data[at + i] & 0xff);
    }
    return v;
  }

  private static byte[] inflate(byte[] pdf, int from, int length) throws DataFormatException {
    Inflater inflater = new Inflater();
    inflater.setInput(pdf, from, length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated stream");
        }
        out.write(buf, 0, n);
      }
    } finally {
      inflater.end();
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, String needle, int from) {
    byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String latin1(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
