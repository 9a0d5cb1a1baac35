package org.tabled.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps the output folder apart from the folders a build reads. Writing a site replaces the output
 * folder as a whole, so an output folder that is, holds or lies inside the content or templates
 * folder would delete or overwrite what it is built from ({@code build --content site/content --out
 * site}), and one that is the content folder would serve raw Part 2 papers.
 *
 * <p>Folders are compared by their real paths, links followed; an output folder that does not exist
 * yet is judged by its nearest existing parent, with the rest of its path added.
 */
public final class OutputFolders {

  private OutputFolders() {}

  /**
   * Why {@code out} must not be written for a build of {@code content} with {@code templates};
   * empty if it may.
   */
  public static Optional<String> problem(Path out, Path content, Path templates) {
    try {
      Path o = real(out);
      for (Path[] input :
          new Path[][] {{content, Path.of("content")}, {templates, Path.of("templates")}}) {
        Path in = real(input[0]);
        String what = input[1].toString();
        if (o.equals(in)) {
          return Optional.of(
              "the output folder is the "
                  + what
                  + " folder ("
                  + input[0]
                  + "); building would replace it");
        }
        if (in.startsWith(o)) {
          return Optional.of(
              "the output folder holds the "
                  + what
                  + " folder ("
                  + input[0]
                  + "); building would replace it");
        }
        if (o.startsWith(in)) {
          return Optional.of(
              "the output folder is inside the "
                  + what
                  + " folder ("
                  + input[0]
                  + "); choose a folder outside it");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot tell where the output folder is: " + e.getMessage());
    }
  }

  /**
   * Why {@code cache} must not be the build cache of a build of {@code content} with {@code
   * templates} into {@code out}: it is, holds or lies inside one of them (the output folder is
   * replaced whole by a build and published; the content and templates are read). Empty if it may
   * be used.
   */
  public static Optional<String> cacheProblem(Path cache, Path out, Path content, Path templates) {
    try {
      Path c = real(cache);
      for (Path[] other :
          new Path[][] {
            {out, Path.of("output")},
            {content, Path.of("content")},
            {templates, Path.of("templates")}
          }) {
        Path o = real(other[0]);
        if (c.startsWith(o) || o.startsWith(c)) {
          return Optional.of(
              "the cache folder "
                  + (c.equals(o) ? "is" : c.startsWith(o) ? "is inside" : "holds")
                  + " the "
                  + other[1]
                  + " folder ("
                  + other[0]
                  + ")");
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot tell where the cache folder is: " + e.getMessage());
    }
  }

  /**
   * Why the council's templates folder {@code templates} must not be used with {@code content}: it
   * is, holds or lies inside the content folder, so that a template could include a paper (a Part 2
   * one too) as a file of the templates folder. Empty if it may be used, or does not exist.
   */
  public static Optional<String> templatesProblem(Path templates, Path content) {
    if (!Files.isDirectory(templates)) {
      return Optional.empty();
    }
    try {
      Path t = real(templates);
      Path c = real(content);
      if (t.startsWith(c) || c.startsWith(t)) {
        return Optional.of(
            "the templates folder "
                + (t.equals(c) ? "is" : t.startsWith(c) ? "is inside" : "holds")
                + " the content folder ("
                + content
                + "), so a template could include a paper");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot tell where the templates folder is: " + e.getMessage());
    }
  }

  /**
   * The real path of {@code p}: of its nearest existing ancestor, links followed, with the rest of
   * {@code p} appended (so a folder not created yet is placed where it would be).
   */
  static Path real(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    Path rest = existing.relativize(abs);
    Path real = existing.toRealPath();
    return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
  }

  /**
   * True if {@code dir} holds a {@link AtomicReplace#MARKER} written by Tabled for {@code
   * audience}.
   */
  public static boolean builtFor(Path dir, String audience) {
    try {
      return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
          && audience.equals(AtomicReplace.audienceOf(dir));
    } catch (IOException e) {
      return false;
    }
  }
}
