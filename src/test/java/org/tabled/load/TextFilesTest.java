package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;

/** A text file reads the same whether it is plain ASCII or not, and only valid UTF-8 reads. */
class TextFilesTest {

  @TempDir Path dir;

  private Optional<String> read(byte[] bytes, Diagnostics d) throws Exception {
    Path f = dir.resolve("t.md");
    Files.write(f, bytes);
    return TextFiles.read(f, "content/t.md", d);
  }

  @Test
  void asciiAndOtherTextReadAsTheStrictDecoderReadsThem() throws Exception {
    Random r = new Random(13);
    String plainLetters = "abc XYZ 019 .,;:!?-\t\n\r#*_[]()";
    String alphabet = plainLetters + "\u00a3\u00e9\u2013\u201c\u201d\u20ac\u0928";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      boolean plain = i % 2 == 0;
      for (int n = r.nextInt(300); n > 0; n--) {
        char c = alphabet.charAt(r.nextInt(plain ? plainLetters.length() : alphabet.length()));
        b.append(c);
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      if (plain) {
        assertEquals(0, TextFiles.kinds(bytes) & TextFiles.NOT_ASCII);
      }
      Diagnostics d = new Diagnostics();
      Optional<String> text = read(bytes, d);
      assertFalse(d.hasErrors(), d.toString());
      assertEquals(
          TextFiles.utf8(bytes).replace("\r\n", "\n").replace('\r', '\n'), text.orElseThrow());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirPlace() throws Exception {
    Diagnostics d = new Diagnostics();
    byte[] bytes = "Line one\nFees of \u00a35".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(read(bytes, d).isEmpty());
    assertTrue(d.hasErrors());
    assertEquals(2, d.all().get(0).pos().line(), d.toString());
    assertTrue(d.all().get(0).message().contains("not valid UTF-8"), d.toString());
    assertEquals(0, TextFiles.kinds("plain".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(TextFiles.NOT_ASCII, TextFiles.kinds(new byte[] {'a', (byte) 0x80}));
  }

  @Test
  void aNulOrACarriageReturnIsFoundInTextThatIsNotAscii() throws Exception {
    // the bytes are searched once for both; the text only when they hold one
    Diagnostics d = new Diagnostics();
    assertTrue(
        read("Caf\u00e9\nline \u2013 two\0three".getBytes(StandardCharsets.UTF_8), d).isEmpty());
    assertTrue(d.hasErrors());
    assertEquals(2, d.all().get(0).pos().line(), d.toString());
    assertTrue(d.all().get(0).message().contains("NUL"), d.toString());
    Diagnostics ascii = new Diagnostics();
    assertTrue(read("plain\nand \0 there".getBytes(StandardCharsets.US_ASCII), ascii).isEmpty());
    assertEquals(2, ascii.all().get(0).pos().line(), "and in plain ASCII: " + ascii);
    Diagnostics ok = new Diagnostics();
    assertEquals(
        "Caf\u00e9\nline \u2013 two\nthree\n",
        read("Caf\u00e9\r\nline \u2013 two\rthree\r\n".getBytes(StandardCharsets.UTF_8), ok)
            .orElseThrow());
    assertEquals(
        TextFiles.NOT_ASCII | TextFiles.NUL | TextFiles.CR,
        TextFiles.kinds(new byte[] {'a', 0, '\r', (byte) 0xC3, (byte) 0xA9}));
    assertEquals(0, TextFiles.kinds("plain\ntext".getBytes(StandardCharsets.US_ASCII)));
  }
}
