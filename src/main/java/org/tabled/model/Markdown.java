package org.tabled.model;

import java.nio.file.Path;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * Markdown text from the content, with the position of its first line so that problems found while
 * rendering it can be reported against the file the author edits.
 *
 * @param text the Markdown source
 * @param start where it begins in its file
 * @param dir the folder relative image paths are resolved against
 */
public record Markdown(String text, SourcePos start, Path dir) {
  public Markdown {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(dir, "dir");
  }

  /** True when there is no text to render. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
