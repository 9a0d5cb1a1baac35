package org.tabled.markdown;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * How to render a parsed document into a particular page.
 *
 * @param idPrefix prepended to every id the document generates, so that several documents can
 *     share one page (a PDF pack) without clashing; empty on a page of its own
 * @param headingShift added to every heading level: 0 puts {@code ##} at {@code h2}; 1 at {@code h3}
 * @param imageUrl turns an image file into the URL the page uses for it
 * @param sectionEnd trusted HTML to add at the end of numbered section N (minutes list each
 *     item's recommendations and actions there); empty for none
 */
public record RenderOptions(String idPrefix, int headingShift, Function<Path, String> imageUrl,
    IntFunction<String> sectionEnd) {

  /** Options with nothing added to sections. */
  public RenderOptions(String idPrefix, int headingShift, Function<Path, String> imageUrl) {
    this(idPrefix, headingShift, imageUrl, n -> "");
  }

  public RenderOptions {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(imageUrl, "imageUrl");
    Objects.requireNonNull(sectionEnd, "sectionEnd");
    if (headingShift < 0 || headingShift > 3) {
      throw new IllegalArgumentException("headingShift must be 0 to 3: " + headingShift);
    }
  }
}
