package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest a paper's issued record holds must never change with how the loader reads the folder:
 * a file's bytes handed over as read give the digest the file read afresh gives.
 */
class FolderDigestTest {

  @TempDir Path dir;

  private static final String PIECES = "a£’—\r\n\r\r\n\n é";

  @Test
  void carriageReturnsAreDroppedByteForByteAsTheTextWouldDropThem() {
    Random r = new Random(13);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        b.append(PIECES.charAt(r.nextInt(PIECES.length())));
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      byte[] expected =
          new String(bytes, StandardCharsets.UTF_8)
              .replace("\r\n", "\n")
              .getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(
          expected,
          FolderDigest.withoutCarriageReturnsBeforeNewlines(bytes),
          () -> b.toString().replace("\r", "\\r").replace("\n", "\\n"));
    }
  }

  @Test
  void bytesHandedOverGiveTheDigestOfTheFileReadAgain() throws Exception {
    Path md = Files.writeString(dir.resolve("paper.md"), "---\r\ntitle: A\r\n---\r\nText’s.\r\n");
    Path png = Files.write(dir.resolve("chart.png"), new byte[] {1, '\r', '\n', 2});
    FolderDigest read = new FolderDigest();
    read.add("chart.png", png);
    read.add("paper.md", md);
    FolderDigest handed = new FolderDigest();
    handed.add("chart.png", png, null);
    handed.add("paper.md", md, Files.readAllBytes(md));
    String digest = read.hex();
    assertEquals(digest, handed.hex());

    FolderDigest lf = new FolderDigest();
    Path unix = Files.writeString(dir.resolve("unix.md"), "---\ntitle: A\n---\nText’s.\n");
    lf.add("chart.png", png);
    lf.add("paper.md", unix, Files.readAllBytes(unix));
    assertEquals(digest, lf.hex(), "a Windows checkout digests as a Unix one");

    FolderDigest other = new FolderDigest();
    other.add("chart.png", png);
    other.add("paper.md", md, "---\ntitle: B\n---\nText’s.\n".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(digest, other.hex());
  }
}
