package org.tabled.markdown;

import java.util.List;
import java.util.Objects;

/**
 * How one page shows a resolved reference.
 *
 * @param href where the link goes, or empty to print the text without a link (a target the audience
 *     cannot see yet)
 * @param text the link text: the target's proper title unless the author gave their own
 * @param title a longer description for the link's title attribute, or empty
 * @param suffix plain text printed after the link, such as " (see page 23)", or empty
 */
public record RefLink(String href, String text, String title, String suffix) {

  /**
   * The class of the element that holds a non-empty {@code suffix} in the rendered HTML, so that a
   * later stage can word it for its place (inside brackets, say).
   */
  public static final String WHERE_CLASS = "ref-where";

  /** Every field, in order: what a rendering that shows this link depends on. */
  public List<String> fields() {
    return List.of(href, text, title, suffix);
  }

  public RefLink {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(suffix, "suffix");
  }
}
