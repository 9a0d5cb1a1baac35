package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.search.SearchDocument;

class SiteRecordsTest {

  @Test
  void whatAPartListedReadsBackAsItWasAndADamagedRecordDoesNot() throws IOException {
    String long_ = "Paragraph of a long report, with “quotes” and £ signs. ".repeat(3000);
    SiteRecords.Listed listed =
        new SiteRecords.Listed(
            List.of("committees/a/", "committees/a/2026-01-01/"),
            List.of(
                new SearchPage.Entry(
                    "committees/a/2026-01-01/p/",
                    "A paper’s title",
                    "Paper",
                    "A",
                    "1 January 2026",
                    long_,
                    List.of(new SearchDocument.Anchor(12, "para-1-1", "paragraph 1.1")))),
            List.of(Path.of("/content/committees/a/meetings/2026-01-01/papers/p/chart.png")));
    byte[] bytes = SiteRecords.writeListed(listed);
    assertTrue(bytes.length < long_.length() / 4, "kept compressed: " + bytes.length + " bytes");
    assertEquals(listed, SiteRecords.readListed(bytes));

    assertThrows(
        IOException.class, () -> SiteRecords.readListed(Arrays.copyOf(bytes, bytes.length / 2)));
    byte[] other = bytes.clone();
    other[other.length / 2] ^= 0x40;
    assertThrows(Exception.class, () -> SiteRecords.readListed(other));
  }
}
