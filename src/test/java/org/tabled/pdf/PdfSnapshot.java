package org.tabled.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.tabled.testing.Fixtures;

/**
 * The text snapshot of a PDF (STYLE.md (d)): metadata and outline as {@code #} comment lines, then
 * each page's text as read back, header, body and footer. Text rather than bytes, so that a change
 * reads as a diff in review and font subsetting does not matter; byte-for-byte reproducibility is
 * tested separately.
 *
 * <p>{@link #check} compares with the golden file under {@code src/test/resources/golden/pdf/}.
 * {@code -Dgolden.update=true} rewrites it instead, except when the {@code CI} environment
 * variable is set: CI only compares. On a mismatch the actual snapshot is written to
 * {@code target/golden-actual/pdf/} for {@code diff}.
 */
final class PdfSnapshot {

  private PdfSnapshot() {}

  static String of(String path, PdfPages pdf) {
    StringBuilder s = new StringBuilder();
    s.append("# pdf: ").append(path).append('\n');
    s.append("# pages: ").append(pdf.count()).append("   title: ").append(pdf.title).append("   lang: ").append(pdf.lang)
        .append("   tagged: ").append(pdf.tagged).append('\n');
    s.append("# author: ").append(pdf.author).append("   subject: ").append(pdf.subject).append("   created: ")
        .append(pdf.created.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).append('\n');
    s.append("# outline:\n");
    for (PdfPages.Mark m : pdf.outline) {
      String entry = "#   " + "  ".repeat(m.depth()) + m.title() + " ";
      s.append(entry).append(".".repeat(Math.max(3, 72 - entry.length()))).append(' ').append(m.page()).append('\n');
    }
    for (PdfPages.Page p : pdf.pages) {
      s.append("=== page ").append(p.number()).append(p.landscape() ? " (landscape)" : "").append(" ===\n");
      for (String part : new String[] {p.header(), p.body(), p.footer()}) {
        if (!part.isEmpty()) {
          s.append(part).append('\n');
        }
      }
    }
    return s.toString();
  }

  /** Compares {@code actual} with golden file {@code name}; returns the difference, or empty. */
  static String check(String name, String actual) throws IOException {
    Path golden = Fixtures.projectDir().resolve("src/test/resources/golden/pdf").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("golden files are not updated on CI");
      }
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return "";
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    if (expected.equals(actual)) {
      return "";
    }
    Path out = Fixtures.projectDir().resolve("target/golden-actual/pdf").resolve(name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    return (expected.isEmpty() ? "no golden file " + golden : "the PDF text differs from " + golden)
        + "; the actual text is in " + out + ". If the change is intended, run: mvn verify -Dgolden.update=true";
  }
}
