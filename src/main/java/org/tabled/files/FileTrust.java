package org.tabled.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.tabled.diag.Diagnostic;

/**
 * Which files content may read, decided by where they really are, never by the name that leads to
 * them.
 *
 * <ul>
 *   <li>Everything inside a paper's folder ({@code committees/C/meetings/M/papers/P/}) belongs to
 *       that paper: whatever points at it, it is published only with that paper, so a Part 2
 *       paper's appendix or image cannot be published by a link (or a path) from anywhere else.
 *   <li>Files are judged by their real path ({@link Path#toRealPath()}, links followed).
 *   <li>Only regular files are read: a pipe, a device or a socket is refused without being opened
 *       (opening a pipe blocks forever).
 *   <li>A name holding a control character (a newline, a tab, DEL, a bidirectional override) is
 *       refused: printed in a message it could forge a line or hide what it is.
 * </ul>
 */
public final class FileTrust {

  private FileTrust() {}

  /**
   * The paper folder that {@code relative} (a path relative to the content folder) lies in, as a
   * relative path {@code committees/C/meetings/M/papers/P}; empty if it is in no paper's folder.
   */
  public static Optional<Path> paperFolder(Path relative) {
    if (relative.getNameCount() < 6 || relative.isAbsolute()) {
      return Optional.empty();
    }
    boolean shape =
        relative.getName(0).toString().equals("committees")
            && relative.getName(2).toString().equals("meetings")
            && relative.getName(4).toString().equals("papers");
    return shape ? Optional.of(relative.subpath(0, 6)) : Optional.empty();
  }

  /**
   * The paper folder that {@code file} really lies in, relative to the real content folder {@code
   * realRoot}: see {@link #paperFolder(Path)}. A file outside the content folder is in none.
   */
  public static Optional<Path> realPaperFolder(Path realFile, Path realRoot) {
    return realFile.startsWith(realRoot)
        ? paperFolder(realRoot.relativize(realFile))
        : Optional.empty();
  }

  /**
   * What kind of special file {@code real} is, if it is not a regular file or a folder: "a named
   * pipe (FIFO), a device or a socket". Reads the file's attributes only, never its contents.
   */
  public static Optional<String> special(Path real) throws IOException {
    return special(
        Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
  }

  /**
   * As {@link #special(Path)}, from a file's own attributes (links not followed) already read: a
   * link's are those of the link, and it is "a link".
   */
  public static Optional<String> special(BasicFileAttributes a) {
    if (a.isRegularFile() || a.isDirectory()) {
      return Optional.empty();
    }
    return Optional.of(a.isSymbolicLink() ? "a link" : "a named pipe (FIFO), a device or a socket");
  }

  /** True if {@code real} is a regular file, judged from its attributes without opening it. */
  public static boolean isRegularFile(Path real) {
    try {
      return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isRegularFile();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True if {@code c} must not appear in a file or folder name: control characters (C0, DEL, C1),
   * line and paragraph separators, and the invisible marks that reorder text (bidirectional
   * embeddings, overrides and isolates, the letter-to-letter marks).
   */
  public static boolean isForbidden(int c) {
    return Diagnostic.isUnprintable(c);
  }

  /** True if {@code name} holds a character that {@link #isForbidden} refuses. */
  public static boolean hasForbiddenCharacter(String name) {
    return name.codePoints().anyMatch(FileTrust::isForbidden);
  }
}
