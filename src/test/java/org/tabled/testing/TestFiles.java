package org.tabled.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small binary files for tests, made in code rather than kept as fixtures. */
public final class TestFiles {

  private TestFiles() {}

  /**
   * A PNG of {@code width} x {@code height} pixels (RGB, all black). For a large size only the
   * header is true: its data is one row, so that the file stays tiny and only a reader that trusts
   * the header (as Tabled does, before anything decodes it) sees the size.
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
      chunk(out, "IDAT", Arrays.copyOf(buf, n));
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF saying {@code text}, as {@code variant}: {@code good}; {@code truncated} (cut in
   * half); {@code no-eof} (its last bytes, {@code %%EOF} among them, cut off); {@code encrypted} (a
   * password is needed to open it); {@code owner-encrypted} (it opens, but is encrypted with
   * restrictions); {@code damaged} (its compressed page contents overwritten).
   */
  public static byte[] pdf(String variant, String text) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        for (int i = 0; i < 40; i++) {
          cs.showText(text + " " + i);
          cs.newLineAtOffset(0, -14);
        }
        cs.endText();
      }
      if (variant.equals("encrypted") || variant.equals("owner-encrypted")) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                "owner", variant.equals("encrypted") ? "user" : "", permissions);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      byte[] bytes = out.toByteArray();
      return switch (variant) {
        case "good", "encrypted", "owner-encrypted" -> bytes;
        case "truncated" -> Arrays.copyOf(bytes, bytes.length / 2);
        case "no-eof" -> Arrays.copyOf(bytes, bytes.length - 8);
        case "damaged" -> damage(bytes);
        default -> throw new IllegalArgumentException("no such PDF variant: " + variant);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code pdf} with the middle of its first compressed stream overwritten. */
  private static byte[] damage(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int flate = text.indexOf("/FlateDecode");
    int start = text.indexOf("stream", flate) + "stream\n".length();
    int end = text.indexOf("endstream", start);
    byte[] out = pdf.clone();
    for (int i = start + (end - start) / 3; i < start + 2 * (end - start) / 3; i++) {
      out[i] = 'x';
    }
    return out;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
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

  /**
   * The SHA-256 of every regular file under {@code root}, by its path relative to it ('/'
   * separated): for comparing two builds file by file.
   */
  public static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString().replace('\\', '/'),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
