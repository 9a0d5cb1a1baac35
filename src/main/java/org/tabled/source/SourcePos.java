package org.tabled.source;

import java.util.Objects;

/**
 * A position in a content file, as an author sees it: a path relative to the project folder and a
 * 1-based line and column.
 *
 * <p>Every content problem carries one, so that it can be printed as {@code path:line:col}. A
 * position with line 0 means "the file as a whole" (for example a file that is missing a required
 * companion) and prints as {@code path:1:1}, because editors and CI annotators expect numbers.
 *
 * @param path the file, relative to the folder Tabled was run from, with forward slashes
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0 for the whole line
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {

  public SourcePos {
    Objects.requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative: " + line + ":" + column);
    }
  }

  /** A position that stands for a whole file. */
  public static SourcePos file(String path) {
    return new SourcePos(path, 0, 0);
  }

  /** This position moved down by {@code lines}, used for YAML front matter inside Markdown. */
  public SourcePos shiftLines(int lines) {
    return line == 0 ? this : new SourcePos(path, line + lines, column);
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = path.compareTo(o.path);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code path:line:col}, with 1 standing in for an unknown line or column. */
  @Override
  public String toString() {
    return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
  }
}
