package org.tabled.pdf;

import java.util.Map;
import org.tabled.pdf.PdfEngine.PageSpan;

/**
 * The pages of a PDF did not settle: laying it out again from what the last layout measured kept
 * moving a document, so no page numbers Tabled could print would be true. It names the document
 * that moved, so that the renderer can report it at that document's place in the content: it is the
 * content that cannot settle (a tracker whose own page numbers change its length, page references
 * between packs that move each other), and a line more or less in it settles it.
 */
final class PagesDoNotSettle extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String doc;

  /**
   * @param doc the id of the document that moved ({@code doc-paper-…}, {@code doc-app-…}, {@code
   *     doc-minutes-N}, {@code doc-front})
   * @param message what moved, for the author
   */
  PagesDoNotSettle(String doc, String message) {
    super(message);
    this.doc = doc;
  }

  /**
   * Document {@code id} of {@code book} was not where {@code plan} put it in a layout of {@code
   * pages} pages, where it took {@code spans}, and planning again would not help.
   */
  static PagesDoNotSettle moved(
      Book book, String id, PagePlan plan, Map<String, PageSpan> spans, int pages, int attempts) {
    PagePlan.Slot slot = plan.slot(id);
    PageSpan span = spans.get(id);
    String went =
        span == null
            ? "it was not found"
            : "it went on pages "
                + (span.first() + 1)
                + " to "
                + (span.last() + 1)
                + " of "
                + pages;
    return new PagesDoNotSettle(
        id,
        "the pages of '"
            + runhead(book, id)
            + "' in '"
            + book.meta().title()
            + "' do not settle: planned on pages "
            + slot.first()
            + " to "
            + slot.last()
            + " of "
            + plan.pages()
            + ", "
            + went
            + ", and planning again from where it went would not hold ("
            + attempts
            + (attempts == 1 ? " layout)" : " layouts)"));
  }

  /**
   * Self-paged document {@code id} changed its own layout each of the {@code rounds} times it was
   * written again.
   */
  static PagesDoNotSettle selfPaged(Book book, String id, int rounds) {
    return new PagesDoNotSettle(
        id,
        "the page numbers that '"
            + runhead(book, id)
            + "' prints for its own parts do"
            + " not settle: written again "
            + rounds
            + " times with the pages they were on, it changed its own layout"
            + " each time");
  }

  /**
   * The page numbers that {@code book} prints after its references (PageNumbers) still changed the
   * pages of what they point to after {@code attempts} layouts; {@code id} is a document whose
   * references moved.
   */
  static PagesDoNotSettle numbers(Book book, String id, int attempts) {
    return new PagesDoNotSettle(
        id,
        "the page numbers that '"
            + book.meta().title()
            + "' prints after its references"
            + " do not settle: printed with the pages they pointed to, they moved those pages, "
            + attempts
            + " layouts running");
  }

  /** The running header of document {@code id}, which names it as the reader sees it. */
  private static String runhead(Book book, String id) {
    return book.docs().stream()
        .filter(x -> x.id().equals(id))
        .map(PrintDoc::runhead)
        .findFirst()
        .orElse("the front sheet");
  }

  /** The id of the document that moved. */
  String doc() {
    return doc;
  }
}
