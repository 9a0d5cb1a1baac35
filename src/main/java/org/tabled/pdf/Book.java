package org.tabled.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.tabled.pdf.view.Bookmark;

/**
 * Everything needed to render one PDF: a pack or a single paper.
 *
 * @param meta the document information: title, subject, author, language, date
 * @param front the front sheet, whose agenda prints page ranges and so is rendered once the pages
 *     are known: given the plan, or {@code null} on the first pass (print placeholders of the
 *     widest likely width, "999"), it returns the front sheet's HTML; empty for a paper's PDF
 * @param docs the documents after the front sheet, in order
 * @param numberFront whether the front sheet counts in the page numbers
 * @param padEnd whether to end on an even page with a blank page (packs, printed on both sides)
 * @param bookmarks the PDF outline
 */
record Book(
    Meta meta,
    Optional<Function<PagePlan, String>> front,
    List<PrintDoc> docs,
    boolean numberFront,
    boolean padEnd,
    List<Bookmark> bookmarks) {

  /** The id of the front sheet's section. */
  static final String FRONT_ID = "doc-front";

  Book {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(front, "front");
    docs = List.copyOf(docs);
    bookmarks = List.copyOf(bookmarks);
    if (docs.isEmpty() && front.isEmpty()) {
      throw new IllegalArgumentException("nothing to render");
    }
  }

  /**
   * The same book with its documents replaced by {@code newDocs} (the same ids, in the same order).
   */
  Book withDocs(List<PrintDoc> newDocs) {
    return new Book(meta, front, newDocs, numberFront, padEnd, bookmarks);
  }

  /**
   * The document information dictionary and XMP metadata.
   *
   * @param title the document title, shown by readers in the title bar
   * @param subject what it is, e.g. "Agenda pack"
   * @param author the council
   * @param lang the language of the content, e.g. "en-GB"
   * @param keywords search keywords
   * @param date the creation and modification date written into the PDF: taken from the content
   *     (the agenda's publication date), never the clock, so that the same content gives the same
   *     bytes
   * @param mark printed at the foot of every page of a members' confidential PDF ("NOT FOR
   *     PUBLICATION"); empty for public PDFs
   * @param words the council's wording ({@code HouseStyle#words}), for the blank pages and flags
   * @param pagePrefix printed before every page number: "S" in a supplementary agenda whose pages
   *     are numbered "Page S1" (house style), else empty
   */
  record Meta(
      String title,
      String subject,
      String author,
      String lang,
      String keywords,
      LocalDate date,
      String mark,
      Map<String, String> words,
      String pagePrefix) {
    Meta {
      Objects.requireNonNull(mark, "mark");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(pagePrefix, "pagePrefix");
    }

    /** Metadata of a PDF whose page numbers have no prefix. */
    Meta(
        String title,
        String subject,
        String author,
        String lang,
        String keywords,
        LocalDate date,
        String mark,
        Map<String, String> words) {
      this(title, subject, author, lang, keywords, date, mark, words, "");
    }
  }
}
