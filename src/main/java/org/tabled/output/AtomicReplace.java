package org.tabled.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;
import org.tabled.diag.Timings;

/**
 * Writes an {@link OutputTree} to the output folder so that the folder only ever holds a complete
 * build: the files are written into a staging folder next to it, and only when every file is
 * written is the old folder moved aside and the staging folder renamed into its place.
 *
 * <p>If anything fails, the previous output is left exactly as it was. A marker file ({@value
 * #MARKER}) identifies folders Tabled wrote and for whom; Tabled refuses to replace a non-empty
 * folder without it, so a mistyped {@code --out} cannot delete someone's documents, and refuses to
 * put a confidential build where a public one is (or the reverse), so members' exempt papers can
 * never be written into the folder the council publishes.
 */
public final class AtomicReplace {

  /** Written into every output folder; its presence allows Tabled to replace the folder. */
  public static final String MARKER = ".tabled-output";

  private AtomicReplace() {}

  /** Thrown when the output folder cannot safely be replaced; the message is for the user. */
  public static final class UnsafeOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
      super(message);
    }
  }

  /**
   * Replaces {@code outDir} with the files of {@code tree}.
   *
   * @param audience "public" or "confidential": recorded in the marker, and checked against it
   * @throws UnsafeOutputException if {@code outDir} exists, is not empty and was not written by
   *     Tabled for the same audience, or lies inside a folder written for the other audience
   * @throws IOException if writing fails; {@code outDir} is then unchanged
   */
  public static void write(OutputTree tree, Path outDir, String audience)
      throws IOException, UnsafeOutputException {
    write(tree, outDir, audience, false);
  }

  /**
   * As {@link #write(OutputTree, Path, String)}; if {@code removeLater}, the previous folder, once
   * moved aside, is removed on a thread of its own while the caller goes on (40,000 files of an
   * archive take seconds), and {@link Underway#settle} waits for it. Every write settles first, so
   * no two builds' removals meet; until it is done, the old folder's files have a second link, so a
   * build that starts meanwhile must settle before it compares its files with the output's.
   */
  public static void write(OutputTree tree, Path outDir, String audience, boolean removeLater)
      throws IOException, UnsafeOutputException {
    Underway.settle();
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Path staging = parent.resolve("." + out.getFileName() + ".staging");
    Path old = parent.resolve("." + out.getFileName() + ".old");
    recover(out, old);
    checkReplaceable(out, audience);
    Files.createDirectories(parent);
    deleteTree(staging);
    deleteTree(old);
    try {
      Files.createDirectories(staging);
      tree.writeTo(staging);
      Files.write(staging.resolve(MARKER), marker(audience));
    } catch (IOException e) {
      deleteTree(staging);
      throw e;
    }
    Timings.done("output: staged");
    boolean hadOld = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    if (hadOld) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadOld) {
        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteTree(staging);
      throw e;
    }
    Timings.done("output: swapped");
    if (!removeLater) {
      deleteTree(old);
      return;
    }
    Underway.start(
        "tabled-old-output",
        () -> {
          try {
            deleteTree(old);
          } catch (IOException e) {
            // what is left is removed by the next write, before anything else
          }
        });
  }

  /**
   * Brings {@code outDir} to hold the files of {@code tree} in place, for the preview server, whose
   * folder only its author's browser reads, and reads once the build is done: only the files that
   * changed are written (each to a new file renamed over the old one, so a page is never served
   * half written) and what the build no longer makes is removed, so that a save to one paper of a
   * ten-year archive does not make and remove 40,000 links. The checks are those of {@link #write}:
   * the folder must be new, empty or Tabled's for {@code audience}. Unlike {@link #write}, a
   * failure part way leaves the folder holding some files of each build; the next build brings it
   * up to date. {@code tabled build} never writes in place.
   *
   * @throws UnsafeOutputException as {@link #write}
   * @throws IOException if writing fails
   */
  public static void update(OutputTree tree, Path outDir, String audience)
      throws IOException, UnsafeOutputException {
    Underway.settle();
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Path old = parent.resolve("." + out.getFileName() + ".old");
    recover(out, old);
    checkReplaceable(out, audience);
    deleteTree(parent.resolve("." + out.getFileName() + ".staging")); // a swap's leftovers
    deleteTree(old);
    Files.createDirectories(out);
    // the marker first: a folder left part written is still known as Tabled's, and whose
    AtomicFile.write(out.resolve(MARKER), marker(audience));
    tree.updateIn(out.toRealPath());
    Timings.done("output: updated in place");
  }

  private static byte[] marker(String audience) {
    return ("audience="
            + audience
            + "\n# Written by Tabled. Every build replaces this folder, or brings it up to date.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Puts back the previous output if a run stopped between its two renames (a crash or a kill after
   * the old folder was moved aside and before the new one took its place): the output folder is
   * then missing and the previous build waits, complete, in {@code old}. Without this the next run
   * would delete it before writing, and a failure in that run would leave nothing.
   */
  static void recover(Path out, Path old) throws IOException {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(old)
        && audienceOf(old) != null) {
      Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Throws if {@code out} holds anything Tabled did not write for {@code audience}. */
  public static void checkReplaceable(Path out, String audience)
      throws IOException, UnsafeOutputException {
    for (Path p = out.getParent(); p != null; p = p.getParent()) {
      String other = audienceOf(p);
      if (other != null && !other.equals(audience)) {
        throw new UnsafeOutputException(
            out
                + " is inside "
                + p
                + ", which holds a "
                + other
                + " build; a "
                + audience
                + " build must not be written there");
      }
    }
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isSymbolicLink(out) || !Files.isDirectory(out)) {
      throw new UnsafeOutputException(out + " exists and is not a folder; choose another --out");
    }
    String existing = audienceOf(out);
    if (existing != null) {
      if (!existing.equals(audience)) {
        throw new UnsafeOutputException(
            out
                + " holds a "
                + existing
                + " build; Tabled will not replace it with a "
                + audience
                + " build. Choose another --out");
      }
      return;
    }
    try (Stream<Path> s = Files.list(out)) {
      if (s.findAny().isPresent()) {
        throw new UnsafeOutputException(
            out
                + " is not empty and was not written by Tabled, so Tabled will not replace it;"
                + " choose an empty or new folder for --out");
      }
    }
  }

  /**
   * {@code outDir}, if it holds a build Tabled wrote for {@code audience}: the output whose
   * unchanged files a new build for the same audience may link rather than write ({@link
   * OutputTree#spillingTo(Path, Optional)}).
   */
  public static Optional<Path> previousOutput(Path outDir, String audience) {
    try {
      Path out = outDir.toAbsolutePath().normalize();
      return Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && audience.equals(audienceOf(out))
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The audience recorded in {@code dir}'s marker, or null if it has none. */
  static String audienceOf(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return null;
    }
    for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
      if (line.startsWith("audience=")) {
        return line.substring("audience=".length()).strip();
      }
    }
    return "public"; // a marker from before audiences were recorded
  }

  /**
   * The folder beside {@code outDir} where a build spills its large files until they are written
   * ({@link OutputTree#spillingTo}).
   */
  public static Path spillFolder(Path outDir) {
    Path out = outDir.toAbsolutePath().normalize();
    return out.getParent().resolve("." + out.getFileName() + ".spill");
  }

  /** Deletes a folder and everything in it, without following links; does nothing if absent. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
