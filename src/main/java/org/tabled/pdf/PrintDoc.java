package org.tabled.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tabled.pdf.PdfEngine.PageSpan;
import org.tabled.pdf.view.Bookmark;

/**
 * One document of a PDF, ready to be placed: the front sheet, the minutes, a report or an appendix.
 * Each starts on a new, odd page.
 *
 * @param id the id of its {@code <section>}; also its link and bookmark target
 * @param kind what it is, which selects its page style
 * @param item the agenda item it belongs to, or 0 for the front sheet
 * @param runhead the running header on its pages
 * @param html its content, rendered from its template (empty for a supplied PDF)
 * @param external for a supplied PDF: the PDF, whose pages are inserted in its place
 * @param landscape whether it is printed on landscape pages
 * @param bookmark its entry in the PDF outline, with any headings under it
 * @param self for a document whose text gives the pages of its own parts (the tracker), how to
 *     write it once they are known; {@code html} is then its first version, written with none known
 * @param mark in a members' confidential PDF, for a Part 2 paper and its appendices, the line
 *     printed under the running header that says why it is exempt; else empty
 */
record PrintDoc(
    String id,
    Kind kind,
    int item,
    String runhead,
    String html,
    Optional<ExternalPdf> external,
    boolean landscape,
    Bookmark bookmark,
    Optional<SelfPaged> self,
    String mark) {

  /**
   * A document whose text depends on where parts of it fall: the tracker appendix, whose rows at
   * the top of a page repeat their meeting date and item. {@link Paginator} lays such a document
   * out, writes it again with the pages it measured, and repeats until the text and the layout
   * agree (the text it writes from the layout is the text laid out).
   */
  interface SelfPaged {
    /** The ids of the elements inside the document whose pages its text gives. */
    List<String> ids();

    /**
     * The document's HTML, given for each id the pages it spans, counted from the document's first
     * page (0 = its first page); ids whose pages are not known yet are absent.
     */
    String html(Map<String, PageSpan> pages);
  }

  /** A document whose text does not depend on its own layout. */
  PrintDoc(
      String id,
      Kind kind,
      int item,
      String runhead,
      String html,
      Optional<ExternalPdf> external,
      boolean landscape,
      Bookmark bookmark) {
    this(id, kind, item, runhead, html, external, landscape, bookmark, Optional.empty(), "");
  }

  /** The kinds of document. */
  enum Kind {
    FRONT,
    MINUTES,
    PAPER,
    APPENDIX,
    EXTERNAL;

    /** The CSS class of its section. */
    String css() {
      return name().toLowerCase(Locale.ROOT);
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
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(mark, "mark");
    if (kind == Kind.EXTERNAL && external.isEmpty()) {
      throw new IllegalArgumentException("a supplied PDF needs its file: " + id);
    }
  }

  /**
   * The same document with its HTML rewritten (a self-paged document, once its pages are known).
   */
  PrintDoc withHtml(String newHtml) {
    return new PrintDoc(
        id, kind, item, runhead, newHtml, external, landscape, bookmark, self, mark);
  }

  /** The same document with the exempt mark {@code newMark} under its running header. */
  PrintDoc withMark(String newMark) {
    return new PrintDoc(
        id, kind, item, runhead, html, external, landscape, bookmark, self, newMark);
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
