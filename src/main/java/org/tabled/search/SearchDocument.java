package org.tabled.search;

import java.util.List;
import java.util.Objects;

/**
 * A document in the search index: a paper, appendix, minutes, tracker entry or work programme, as
 * its page shows it to the public.
 *
 * @param path its page, relative to the site's root, with an anchor if it is part of a page ({@code
 *     committees/audit/tracker/#ID})
 * @param title its title: words found in it rank the document above those found only in its text
 * @param kind what it is, shown with the result ("Paper", "Minutes" …)
 * @param committee the committee's short title
 * @param date the meeting's date as printed, or the municipal year
 * @param body its words and the places in them a result can link to
 */
public record SearchDocument(
    String path, String title, String kind, String committee, String date, Text body) {

  public SearchDocument {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A document's words as plain text, single-spaced, and the anchors in it.
   *
   * @param anchors in order of offset
   */
  public record Text(String text, List<Anchor> anchors) {

    public Text {
      Objects.requireNonNull(text, "text");
      anchors = List.copyOf(anchors);
    }

    /** Text with no anchors. */
    public static Text plain(String text) {
      return new Text(text, List.of());
    }
  }

  /**
   * A place in a document's text that its page has an id for: a result whose words are found after
   * {@code offset} links to it.
   *
   * @param offset where it starts in the text
   * @param id the element's id on the page ("para-3-4")
   * @param label how a result names it ("paragraph 3.4")
   */
  public record Anchor(int offset, String id, String label) {}
}
