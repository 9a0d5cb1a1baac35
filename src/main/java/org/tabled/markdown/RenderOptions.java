package org.tabled.markdown;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * How to render a parsed document into a particular page.
 *
 * @param idPrefix prepended to every id the document generates, so that several documents can share
 *     one page (a PDF pack) without clashing; empty on a page of its own
 * @param headingShift added to every heading level: 0 puts {@code ##} at {@code h2}; 1 at {@code
 *     h3}
 * @param imageUrl turns an image file into the URL the page uses for it
 * @param sectionEnd trusted HTML to add at the end of numbered section N (minutes list each item's
 *     recommendations and actions there); empty for none
 * @param refs how this page shows each {@code [[…]]} cross-reference
 */
public record RenderOptions(
    String idPrefix,
    int headingShift,
    Function<Path, String> imageUrl,
    IntFunction<String> sectionEnd,
    Function<RefSyntax, RefLink> refs) {

  /** Options with nothing added to sections, and references shown as their author's text. */
  public RenderOptions(String idPrefix, int headingShift, Function<Path, String> imageUrl) {
    this(idPrefix, headingShift, imageUrl, n -> "", RenderOptions::plainRef);
  }

  /**
   * A reference shown as text only: the author's text, or what was written between the brackets.
   */
  public static RefLink plainRef(RefSyntax ref) {
    return new RefLink("", ref.text().isEmpty() ? ref.raw() : ref.text(), "", "");
  }

  public RenderOptions {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(imageUrl, "imageUrl");
    Objects.requireNonNull(sectionEnd, "sectionEnd");
    Objects.requireNonNull(refs, "refs");
    if (headingShift < 0 || headingShift > 3) {
      throw new IllegalArgumentException("headingShift must be 0 to 3: " + headingShift);
    }
  }
}
