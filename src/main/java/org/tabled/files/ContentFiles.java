package org.tabled.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

/**
 * Checks file names written in content (appendices, images, the logo): they must be relative paths
 * that stay inside their folder and name a regular file that exists. Then the file is judged by its
 * real path, links followed ({@link FileTrust}): it must lie inside the folder of the document that
 * names it, or in the council's {@code assets/}, and never in another paper's folder. This is what
 * stops {@code file: ../../etc/passwd}, and a link to a Part 2 paper's appendix, from being
 * published.
 */
public final class ContentFiles {

  /** Image types every renderer handles (openhtmltopdf draws PNG, JPEG and GIF). */
  public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif");

  /** Widest or tallest image accepted, in pixels. */
  public static final int MAX_IMAGE_SIDE = 10_000;

  /** Largest image accepted, in pixels (width times height): about 100 MB once decoded. */
  public static final long MAX_IMAGE_PIXELS = 25_000_000;

  /** Largest image or PDF accepted. */
  public static final long MAX_BINARY_BYTES = 25L * 1024 * 1024;

  private ContentFiles() {}

  /**
   * The file {@code rel} inside {@code base}, if it is a safe relative path to a regular file
   * within {@code contentRoot}. Problems are reported at {@code pos}.
   */
  public static Optional<Path> resolve(
      String rel, SourcePos pos, Path base, Path contentRoot, Diagnostics d) {
    return resolve(rel, pos, base, contentRoot, MAX_BINARY_BYTES, d);
  }

  /**
   * As {@link #resolve(String, SourcePos, Path, Path, Diagnostics)}, with a file at most {@code
   * maxBytes} long.
   */
  public static Optional<Path> resolve(
      String rel, SourcePos pos, Path base, Path contentRoot, long maxBytes, Diagnostics d) {
    return resolve(rel, pos, base, contentRoot, maxBytes, KnownFiles.NONE, d);
  }

  /**
   * As {@link #resolve(String, SourcePos, Path, Path, long, Diagnostics)}, asking what the file is
   * of {@code known}: what this build's reading of the content found of it, if it looked.
   */
  public static Optional<Path> resolve(
      String rel,
      SourcePos pos,
      Path base,
      Path contentRoot,
      long maxBytes,
      KnownFiles known,
      Diagnostics d) {
    String r = rel.strip();
    if (r.isEmpty()) {
      d.error(pos, "file name is empty");
      return Optional.empty();
    }
    if (r.startsWith("/") || r.contains("\\") || r.matches("^[A-Za-z]:.*") || r.contains("://")) {
      d.error(
          pos,
          "'" + r + "' must be a file name relative to its folder, not an absolute path or address",
          "put the file next to the document and give just its name");
      return Optional.empty();
    }
    for (String segment : r.split("/")) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        d.error(
            pos,
            "'"
                + r
                + "' leads outside its folder; files must be inside the folder of the document that uses them",
            "copy the file into the folder and give just its name");
        return Optional.empty();
      }
    }
    if (FileTrust.hasForbiddenCharacter(r)) {
      d.error(pos, "the file name '" + r + "' holds a control character; rename the file");
      return Optional.empty();
    }
    Path file = base.resolve(r).normalize();
    if (!file.startsWith(base) || !known.exists(file)) {
      d.error(pos, "file '" + r + "' does not exist in " + displayFolder(base, contentRoot));
      return Optional.empty();
    }
    try {
      Path real = known.realPath(file);
      // No link on the way to the file (its path is its real path): no folder above it is a
      // link either, so the content folder and the document's folder are their own real paths.
      boolean direct = real.equals(file) && file.startsWith(contentRoot);
      Path realRoot = direct ? contentRoot : contentRoot.toRealPath();
      if (!real.startsWith(realRoot)) {
        d.error(
            pos,
            "'"
                + r
                + "' is a link to a file outside the content folder, which Tabled will not publish");
        return Optional.empty();
      }
      Optional<Path> owner = FileTrust.paperFolder(contentRoot.relativize(base));
      Optional<Path> realOwner = FileTrust.realPaperFolder(real, realRoot);
      if (realOwner.isPresent() && !realOwner.equals(owner)) {
        d.error(
            pos,
            "'"
                + r
                + "' is a file of the paper "
                + realOwner.get().getFileName()
                + " (in its folder"
                + (file.equals(real) ? "" : ", through a link")
                + "); a paper's files are published only with that paper",
            "copy the file into the folder of the document that uses it, or into assets/");
        return Optional.empty();
      }
      if (!direct && !real.startsWith(base.toRealPath()) && !inAssets(real, contentRoot)) {
        d.error(
            pos,
            "'"
                + r
                + "' is a link to a file outside "
                + displayFolder(base, contentRoot)
                + "; a document may use only files in its own folder or in assets/",
            "copy the file into the folder of the document that uses it, or into assets/");
        return Optional.empty();
      }
      Optional<String> special = known.special(file, real);
      if (special.isPresent()) {
        d.error(pos, "'" + r + "' is " + special.get() + ", not a file; Tabled will not read it");
        return Optional.empty();
      }
      BasicFileAttributes what = known.ofReal(file, real);
      if (what.isDirectory()) {
        d.error(pos, "'" + r + "' is a folder, not a file");
        return Optional.empty();
      }
      if (what.size() > maxBytes) {
        d.error(
            pos,
            "'"
                + r
                + "' is too large ("
                + what.size() / (1024 * 1024)
                + " MB; the limit is "
                + maxBytes / (1024 * 1024)
                + " MB)");
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (IOException e) {
      d.error(pos, "cannot read '" + r + "': " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Checks an image file named in content: a safe path to an existing PNG, JPEG or GIF whose
   * contents match its name. Problems are reported at {@code pos}.
   */
  public static Optional<Path> image(
      String name, SourcePos pos, Path base, Path contentRoot, Diagnostics d) {
    return image(name, pos, base, contentRoot, KnownFiles.NONE, d);
  }

  /**
   * As {@link #image(String, SourcePos, Path, Path, Diagnostics)}, asking what the file is of
   * {@code known} ({@link #resolve(String, SourcePos, Path, Path, long, KnownFiles, Diagnostics)}).
   */
  public static Optional<Path> image(
      String name, SourcePos pos, Path base, Path contentRoot, KnownFiles known, Diagnostics d) {
    Optional<Path> file = resolve(name, pos, base, contentRoot, MAX_BINARY_BYTES, known, d);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (!isImage(name)) {
      d.error(pos, "'" + name + "' is not a PNG, JPEG or GIF image");
      return Optional.empty();
    }
    if (!hasSignature(file.get(), name)) {
      d.error(pos, "'" + name + "' is not a readable image: its contents do not match its name");
      return Optional.empty();
    }
    Optional<int[]> size = pixels(file.get(), extension(name));
    if (size.isEmpty()) {
      d.error(pos, "'" + name + "' is not a readable image: its header cannot be read");
      return Optional.empty();
    }
    long w = size.get()[0];
    long h = size.get()[1];
    if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || w * h > MAX_IMAGE_PIXELS) {
      d.error(
          pos,
          "'"
              + name
              + "' is "
              + w
              + " x "
              + h
              + " pixels, too large to print; the limit is "
              + MAX_IMAGE_SIDE
              + " pixels a side and "
              + MAX_IMAGE_PIXELS / 1_000_000
              + " million pixels in all",
          "scale it down: a full A4 page at 300 dots per inch is about 2500 x 3500 pixels");
      return Optional.empty();
    }
    return file;
  }

  /**
   * The width and height of an image, read from its header alone: a huge image is refused before
   * anything decodes it (decoding a 40000 x 40000 picture needs 6 GB).
   */
  static Optional<int[]> pixels(Path file, String suffix) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      // the reader for its type (its signature was checked against its name), not every reader
      // asked in turn whether it can read the file
      Iterator<ImageReader> readers =
          in == null ? Collections.emptyIterator() : ImageIO.getImageReadersBySuffix(suffix);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public static boolean isImage(String name) {
    return IMAGE_TYPES.contains(extension(name));
  }

  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** True when the file's first bytes are what its extension promises (PNG, JPEG, GIF or PDF). */
  public static boolean hasSignature(Path file, String name) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    String ext = extension(name);
    return switch (ext) {
      case "png" ->
          n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
      case "jpg", "jpeg" -> n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
      case "gif" -> n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F';
      case "pdf" ->
          n >= 5
              && head[0] == '%'
              && head[1] == 'P'
              && head[2] == 'D'
              && head[3] == 'F'
              && head[4] == '-';
      default -> false;
    };
  }

  private static String displayFolder(Path base, Path contentRoot) {
    Path rel = contentRoot.relativize(base);
    return rel.toString().isEmpty()
        ? "the content folder"
        : "the folder " + rel.toString().replace('\\', '/') + "/";
  }

  /** Whether the real path {@code real} is inside the content folder's {@code assets/}. */
  private static boolean inAssets(Path real, Path contentRoot) throws IOException {
    Path assets = contentRoot.resolve("assets");
    return Files.isDirectory(assets) && real.startsWith(assets.toRealPath());
  }
}
