package org.tabled.pdf;

import java.util.Objects;
import java.util.Optional;
import org.tabled.pdf.view.Bookmark;

/**
 * One document of a PDF, ready to be placed: the front sheet, the minutes, a report or an
 * appendix. Each starts on a new, odd page.
 *
 * @param id the id of its {@code <section>}; also its link and bookmark target
 * @param kind what it is, which selects its page style
 * @param item the agenda item it belongs to, or 0 for the front sheet
 * @param runhead the running header on its pages
 * @param html its content, rendered from its template (empty for a supplied PDF)
 * @param external for a supplied PDF: the PDF, whose pages are inserted in its place
 * @param landscape whether it is printed on landscape pages
 * @param bookmark its entry in the PDF outline, with any headings under it
 */
record PrintDoc(String id, Kind kind, int item, String runhead, String html, Optional<ExternalPdf> external,
    boolean landscape, Bookmark bookmark) {

  /** The kinds of document. */
  enum Kind {
    FRONT, MINUTES, PAPER, APPENDIX, EXTERNAL;

    /** The CSS class of its section. */
    String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The longest running header: about a line of 8 pt text between portrait margins, so that the
   * header never wraps down into the page's content.
   */
  static final int RUNHEAD_MAX = 80;

  PrintDoc {
    Objects.requireNonNull(id, "id");
    runhead = shorten(runhead);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(external, "external");
    if (kind == Kind.EXTERNAL && external.isEmpty()) {
      throw new IllegalArgumentException("a supplied PDF needs its file: " + id);
    }
  }

  /** {@code text}, cut at a word and ended with "…" if it is longer than {@link #RUNHEAD_MAX}. */
  static String shorten(String text) {
    if (text == null || text.length() <= RUNHEAD_MAX) {
      return text;
    }
    int cut = text.lastIndexOf(' ', RUNHEAD_MAX - 1);
    return text.substring(0, cut > 0 ? cut : RUNHEAD_MAX - 1).strip() + "…";
  }
}
