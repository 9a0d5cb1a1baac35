package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.template.Templates;
import org.tabled.testing.Fixtures;

/**
 * On two threads, the minutes' and papers' own PDFs of a meeting whose pack is final are rendered
 * while the later packs are laid out (issue 13: both processors busy). They are kept only if they
 * read the pages of final packs alone; otherwise thrown away and made again at the end. The example
 * council has both kinds: trackers and references pointing back (kept), and work programmes naming
 * the items of later agendas (thrown away). Either way every PDF is byte for byte the one a single
 * thread makes, and nothing is reported twice or lost.
 */
class EarlyFinishIT {

  @Test
  void papersRenderedEarlyAreKeptOnlyWhenFinalAndEveryByteIsAsOnOneThread() throws Exception {
    Built b = Built.example();
    Path content = Fixtures.projectDir().resolve("content");
    Templates templates = new Templates(Path.of("no-council-templates"), "templates");
    MarkdownEngine markdown = new MarkdownEngine(content);

    Diagnostics oneD = new Diagnostics();
    OutputTree one = new OutputTree();
    PackRenderer single = new PackRenderer(templates, markdown);
    Map<String, PdfFile> oneFiles = single.render(b.pub(), one, oneD);
    assertEquals(0, single.early()[0] + single.early()[1], "one thread begins nothing early");

    Diagnostics twoD = new Diagnostics();
    OutputTree two = new OutputTree();
    PackRenderer pair = new PackRenderer(templates, markdown).withThreads(2);
    Map<String, PdfFile> twoFiles = pair.render(b.pub(), two, twoD);
    int kept = pair.early()[0];
    int discarded = pair.early()[1];
    assertTrue(kept > 0, "some meetings' papers are rendered early and kept: " + kept);
    assertTrue(
        discarded > 0,
        "a meeting whose papers name a pack not final yet is made again at the end: " + discarded);

    assertEquals(oneFiles, twoFiles, "the same PDFs, pages and sizes");
    assertFalse(oneFiles.isEmpty());
    for (String path : oneFiles.keySet()) {
      assertArrayEquals(one.get(path), two.get(path), path);
    }
    assertEquals(oneD.all(), twoD.all(), "the same problems reported, once each");
    assertEquals(single.printed(), pair.printed(), "the same page ranges recorded");
  }
}
