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
 * @param items for a pack, the ids of each agenda item's documents, by item number (what its range
 *     on the front sheet spans, and what an issued pack records); empty for other PDFs
 */
record Book(
    Meta meta,
    Optional<Function<PagePlan, String>> front,
    List<PrintDoc> docs,
    boolean numberFront,
    boolean padEnd,
    List<Bookmark> bookmarks,
    Map<Integer, List<String>> items) {

  /** The id of the front sheet's section. */
  static final String FRONT_ID = "doc-front";

  Book {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(front, "front");
    docs = List.copyOf(docs);
    bookmarks = List.copyOf(bookmarks);
    items = Map.copyOf(items);
    if (docs.isEmpty() && front.isEmpty()) {
      throw new IllegalArgumentException("nothing to render");
    }
  }

  /** A PDF that is not a pack: no agenda items. */
  Book(
      Meta meta,
      Optional<Function<PagePlan, String>> front,
      List<PrintDoc> docs,
      boolean numberFront,
      boolean padEnd,
      List<Bookmark> bookmarks) {
    this(meta, front, docs, numberFront, padEnd, bookmarks, Map.of());
  }

  /**
   * The same book with its documents replaced by {@code newDocs} (the same ids, in the same order).
   */
  Book withDocs(List<PrintDoc> newDocs) {
    return new Book(meta, front, newDocs, numberFront, padEnd, bookmarks, items);
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
   * @param reissued on the front sheet of a reissued pack, "Reissued 3 December 2026: reason"; else
   *     empty
   * @param changed under it, "Items changed since the previous issue: 5 and 7."; else empty
   * @param issueFooter at the foot of every page of a reissued pack, "Issue 2, 3 December 2026";
   *     else empty
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
      String pagePrefix,
      String reissued,
      String changed,
      String issueFooter) {
    Meta {
      Objects.requireNonNull(mark, "mark");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(pagePrefix, "pagePrefix");
      Objects.requireNonNull(reissued, "reissued");
      Objects.requireNonNull(changed, "changed");
      Objects.requireNonNull(issueFooter, "issueFooter");
    }

    /** Metadata of a PDF that says nothing of its issue. */
    Meta(
        String title,
        String subject,
        String author,
        String lang,
        String keywords,
        LocalDate date,
        String mark,
        Map<String, String> words,
        String pagePrefix) {
      this(title, subject, author, lang, keywords, date, mark, words, pagePrefix, "", "", "");
    }

    /** The same metadata for a pack issued again: what its front sheet and footer say of it. */
    Meta withIssue(String reissued, String changed, String issueFooter) {
      return new Meta(
          title,
          subject,
          author,
          lang,
          keywords,
          date,
          mark,
          words,
          pagePrefix,
          reissued,
          changed,
          issueFooter);
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
