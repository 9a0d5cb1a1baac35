package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code qpdf --check} finds nothing to warn about in any PDF the builds of the example council
 * (public and members' confidential) and of the {@code golden-pdf} fixture write: the packs, the
 * papers' PDFs and the copies of supplied PDFs. qpdf must be installed ({@code .ci/run} installs
 * it): without it the test fails rather than pass without checking.
 */
class QpdfCheckIT {

  @Test
  void everyPdfTheBuildsWritePassesQpdfCheck() throws Exception {
    String qpdf = qpdf();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Built b : List.of(Built.example(), Built.confidentialExample(), Built.fixture())) {
      for (String pdf : b.pdfs()) {
        Process p =
            new ProcessBuilder(qpdf, "--check", b.out().resolve(pdf).toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qpdf did not finish on " + pdf);
        if (p.exitValue() != 0
            || out.contains("WARNING")
            || !out.contains("No syntax or stream encoding errors")) {
          problems.add(b.name() + " " + pdf + " (exit " + p.exitValue() + "): " + out.strip());
        }
        checked++;
      }
    }
    assertTrue(checked >= 60, "too few PDFs checked: " + checked);
    assertEquals(List.of(), problems);
  }

  /** The qpdf program on the PATH; fails the test if there is none. */
  private static String qpdf() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "qpdf");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail("qpdf is not installed: apt-get install qpdf (.ci/run installs it)");
  }
}
