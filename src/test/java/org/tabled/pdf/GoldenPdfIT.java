package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Golden;

/** The text of one pack of the small, stable {@code golden-pdf} fixture, and reproducible bytes. */
class GoldenPdfIT {

  static final String PACK =
      "committees/environment/2026-03-17/agenda-pack-environment-2026-03-17.pdf";

  @TempDir Path tmp;

  @Test
  void packTextMatchesTheGoldenSnapshot() throws Exception {
    Built b = Built.fixture();
    String actual = PdfSnapshot.of(PACK, new PdfPages(b.bytes(PACK)));
    assertTrue(actual.lines().count() > 100, "a snapshot of a whole pack");
    Golden.in("pdf").check(Map.of("environment-2026-03-17-pack.txt", actual));
  }

  @Test
  void sameContentGivesByteIdenticalPdfs() throws Exception {
    Built first = Built.fixture();
    Path again =
        Built.run(Fixtures.fixture("golden-pdf"), tmp.resolve("site"), LocalDate.of(2026, 3, 10));
    List<String> pdfs = first.pdfs();
    assertTrue(pdfs.size() >= 5, pdfs.toString());
    for (String path : pdfs) {
      assertArrayEquals(first.bytes(path), Files.readAllBytes(again.resolve(path)), path);
    }
  }
}
