package org.tabled.pdf.view;

import java.util.List;

/**
 * A report or other paper with its cover sheet ({@code print/paper.ftlh}).
 *
 * @param masthead the council's name
 * @param committee the committee's full name
 * @param title the paper's title
 * @param layout {@code report}, {@code portfolio-update} or {@code plain}
 * @param cover the cover sheet rows (empty for a plain paper)
 * @param bodyHtml the report, rendered with numbered sections and paragraphs
 * @param appendices the appendices in this PDF, "Appendix 1: Title"
 * @param contact the closing line naming whom to ask about the report, or empty
 */
public record PaperView(
    String masthead,
    String committee,
    String title,
    String layout,
    List<CoverRow> cover,
    String bodyHtml,
    List<String> appendices,
    String contact) {

  public PaperView {
    cover = List.copyOf(cover);
    appendices = List.copyOf(appendices);
  }

  /**
   * A row of the cover sheet: "Report of:" and its value, possibly on several lines.
   *
   * @param label the label as printed, with its colon where councils print one
   * @param lines the value, one entry per line
   */
  public record CoverRow(String label, List<String> lines) {
    public CoverRow {
      lines = List.copyOf(lines);
    }
  }
}
