package org.tabled.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small binary files for tests, made in code rather than kept as fixtures. */
public final class TestFiles {

  private TestFiles() {}

  /**
   * A PNG of {@code width} x {@code height} pixels (RGB, all black). For a large size only the
   * header is true: its data is one row, so that the file stays tiny and only a reader that
   * trusts the header (as Tabled does, before anything decodes it) sees the size.
   */
  public static byte[] png(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
      ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
      writeInt(ihdr, width);
      writeInt(ihdr, height);
      ihdr.write(new byte[] {8, 2, 0, 0, 0});
      chunk(out, "IHDR", ihdr.toByteArray());
      int rows = (long) width * height <= 1_000_000 ? height : 1;
      byte[] raw = new byte[rows * (1 + width * 3)];
      Deflater deflater = new Deflater();
      deflater.setInput(raw);
      deflater.finish();
      byte[] buf = new byte[raw.length + 1024];
      int n = deflater.deflate(buf);
      deflater.end();
      chunk(out, "IDAT", java.util.Arrays.copyOf(buf, n));
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    writeInt(out, data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    writeInt(out, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }
}
