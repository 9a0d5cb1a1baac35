package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;

/**
 * A generated tracker as an agenda item's paper on its own ({@code layout: tracker}, issue 12 §5):
 * in the pack the item is the tracker alone, with no cover sheet and no page before it, starting on
 * an odd page, and the front sheet's page range is the tracker's pages.
 */
class GeneratedPaperIT {

  private static final String PAPER =
      "committees/children-leisure/meetings/2016-05-09/papers/work-programme-may-2016/paper.md";

  @TempDir Path tmp;

  private BuildResult build(Path content) {
    return Pipeline.run(
        new BuildOptions(
            content,
            Fixtures.projectDir().resolve("no-council-templates"),
            tmp.resolve("site"),
            Fixtures.projectDir(),
            false,
            Audience.PUBLIC,
            ConventionsCouncilIT.AS_OF,
            true));
  }

  private Path content(String paper) throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("conventions"), content);
    Files.writeString(content.resolve(PAPER), paper);
    return content;
  }

  @Test
  void theItemIsTheTrackerAloneOnTheFrontSheetsPages() throws Exception {
    BuildResult r =
        build(
            content(
                "---\ntitle: Recommendation and action tracker, May 2016\nlayout: tracker\n---\n"));
    assertTrue(r.ok(), r.diagnostics().toString());
    PdfPages pack =
        new PdfPages(Files.readAllBytes(tmp.resolve("site").resolve(ConventionsCouncilIT.PACK)));
    String front = pack.pages.get(0).body() + "\n" + pack.pages.get(1).body();
    Matcher m =
        Pattern.compile("WORK PROGRAMME AND ACTION TRACKER[\\s\\S]*?\\(Pages (\\d+) - (\\d+)\\)")
            .matcher(front);
    assertTrue(m.find(), front);
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    PdfPages.Page first =
        pack.pages.stream()
            .filter(p -> p.footer().endsWith(" " + from) || p.footer().equals(String.valueOf(from)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no page " + from + "\n" + pack));
    assertTrue(first.number() % 2 == 1, "starts on an odd page: " + first.number());
    assertTrue(first.body().contains("Recommendation and action tracker, May 2016"), first.body());
    assertTrue(first.body().contains("Entries by status"), "the tracker itself: " + first.body());
    assertFalse(first.body().contains("Report of"), "no cover sheet: " + first.body());
    assertFalse(first.body().contains("Appendix 1"), "not an appendix: " + first.body());
    // every page of the range is the tracker's, but a last blank page
    for (int n = first.number(); n < first.number() + (to - from); n++) {
      String body = pack.pages.get(n - 1).body();
      assertFalse(body.contains("intentionally left blank"), "page " + n + ": " + body);
    }
  }

  @Test
  void aGeneratedPaperHasNoTextOrAppendicesOfItsOwn() throws Exception {
    BuildResult r =
        build(
            content(
                "---\ntitle: Tracker\nlayout: tracker\nappendices:\n  - title: Notes\n    generate: work-programme\n---\n\nSome text.\n"));
    assertFalse(r.ok());
    List<String> errors =
        r.diagnostics().all().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .map(Diagnostic::format)
            .toList();
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("has no text of its own")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("has no appendices")), errors.toString());
  }
}
