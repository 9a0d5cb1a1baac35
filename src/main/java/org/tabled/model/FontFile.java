package org.tabled.model;

import java.nio.file.Path;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * A TrueType font file a council adds in {@code site.yaml}, to print characters that Tabled's own
 * fonts do not have (a script, or a council's preferred face for one).
 *
 * @param file the file on disk (checked to exist and to lie inside the content folder)
 * @param name its path relative to the content folder, as written, for messages
 * @param pos where it is named, for problems found when the font is read
 */
public record FontFile(Path file, String name, SourcePos pos) {
  public FontFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pos, "pos");
  }
}
