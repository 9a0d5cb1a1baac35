package org.tabled.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image file from the content folder with its text alternative.
 *
 * @param file the file on disk (checked to exist and to lie inside the content folder)
 * @param name its path relative to the content folder, used to name it in the output
 * @param alt the text alternative read out by screen readers; never empty
 */
public record Image(Path file, String name, String alt) {
  public Image {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alt, "alt");
  }
}
