package org.tabled.pdf;

/**
 * The pages of a PDF did not settle: laying it out again from what the last layout measured kept
 * moving a document, so no page numbers Tabled could print would be true. It names the document
 * that moved, so that the renderer can report it at that document's place in the content: it is
 * the content that cannot settle (a tracker whose own page numbers change its length, page
 * references between packs that move each other), and a line more or less in it settles it.
 */
final class PagesDoNotSettle extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String doc;

  /**
   * @param doc the id of the document that moved ({@code doc-paper-…}, {@code doc-app-…},
   *     {@code doc-minutes-N}, {@code doc-front})
   * @param message what moved, for the author
   */
  PagesDoNotSettle(String doc, String message) {
    super(message);
    this.doc = doc;
  }

  /** The id of the document that moved. */
  String doc() {
    return doc;
  }
}
