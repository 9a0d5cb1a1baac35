package org.tabled.pdf;

import java.time.ZoneOffset;

/**
 * The text snapshot of a PDF (STYLE.md (d)): metadata and outline as {@code #} comment lines, then
 * each page's text as read back, header, body and footer. Text rather than bytes, so that a change
 * reads as a diff in review and font subsetting does not matter; byte-for-byte reproducibility is
 * tested separately.
 *
 * <p>Snapshots are compared with {@code src/test/resources/golden/pdf/} by {@link
 * org.tabled.testing.Golden}.
 */
final class PdfSnapshot {

  private PdfSnapshot() {}

  static String of(String path, PdfPages pdf) {
    StringBuilder s = new StringBuilder();
    s.append("# pdf: ").append(path).append('\n');
    s.append("# pages: ")
        .append(pdf.count())
        .append("   title: ")
        .append(pdf.title)
        .append("   lang: ")
        .append(pdf.lang)
        .append("   tagged: ")
        .append(pdf.tagged)
        .append('\n');
    s.append("# author: ")
        .append(pdf.author)
        .append("   subject: ")
        .append(pdf.subject)
        .append("   created: ")
        .append(pdf.created.toInstant().atZone(ZoneOffset.UTC).toLocalDate())
        .append('\n');
    s.append("# outline:\n");
    for (PdfPages.Mark m : pdf.outline) {
      String entry = "#   " + "  ".repeat(m.depth()) + m.title() + " ";
      s.append(entry)
          .append(".".repeat(Math.max(3, 72 - entry.length())))
          .append(' ')
          .append(m.page())
          .append('\n');
    }
    for (PdfPages.Page p : pdf.pages) {
      s.append("=== page ")
          .append(p.number())
          .append(p.landscape() ? " (landscape)" : "")
          .append(" ===\n");
      for (String part : new String[] {p.header(), p.body(), p.footer(), p.issue()}) {
        if (!part.isEmpty()) {
          s.append(part).append('\n');
        }
      }
    }
    return s.toString();
  }
}
