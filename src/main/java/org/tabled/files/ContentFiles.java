package org.tabled.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

/**
 * Checks file names written in content (appendices, images, the logo): they must be relative paths
 * that stay inside their folder, name a file that exists, and not lead out of the content folder
 * through a link. This is what stops {@code file: ../../etc/passwd} from being published.
 */
public final class ContentFiles {

  /** Image types every renderer handles (openhtmltopdf draws PNG, JPEG and GIF). */
  public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif");

  /** Largest image or PDF accepted. */
  public static final long MAX_BINARY_BYTES = 25L * 1024 * 1024;

  private ContentFiles() {}

  /**
   * The file {@code rel} inside {@code base}, if it is a safe relative path to a regular file
   * within {@code contentRoot}. Problems are reported at {@code pos}.
   */
  public static Optional<Path> resolve(String rel, SourcePos pos, Path base, Path contentRoot, Diagnostics d) {
    return resolve(rel, pos, base, contentRoot, MAX_BINARY_BYTES, d);
  }

  /** As {@link #resolve(String, SourcePos, Path, Path, Diagnostics)}, with a file at most {@code maxBytes} long. */
  public static Optional<Path> resolve(String rel, SourcePos pos, Path base, Path contentRoot, long maxBytes,
      Diagnostics d) {
    String r = rel.strip();
    if (r.isEmpty()) {
      d.error(pos, "file name is empty");
      return Optional.empty();
    }
    if (r.startsWith("/") || r.contains("\\") || r.matches("^[A-Za-z]:.*") || r.contains("://")) {
      d.error(pos, "'" + r + "' must be a file name relative to its folder, not an absolute path or address",
          "put the file next to the document and give just its name");
      return Optional.empty();
    }
    for (String segment : r.split("/")) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        d.error(pos, "'" + r + "' leads outside its folder; files must be inside the folder of the document that uses them",
            "copy the file into the folder and give just its name");
        return Optional.empty();
      }
    }
    Path file = base.resolve(r).normalize();
    if (!file.startsWith(base) || !Files.exists(file)) {
      d.error(pos, "file '" + r + "' does not exist in " + displayFolder(base, contentRoot));
      return Optional.empty();
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(contentRoot.toRealPath())) {
        d.error(pos, "'" + r + "' is a link to a file outside the content folder, which Tabled will not publish");
        return Optional.empty();
      }
      if (!Files.isRegularFile(real)) {
        d.error(pos, "'" + r + "' is a folder, not a file");
        return Optional.empty();
      }
      if (Files.size(real) > maxBytes) {
        d.error(pos, "'" + r + "' is too large (" + Files.size(real) / (1024 * 1024) + " MB; the limit is "
            + maxBytes / (1024 * 1024) + " MB)");
        return Optional.empty();
      }
    } catch (IOException e) {
      d.error(pos, "cannot read '" + r + "': " + e.getMessage());
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /**
   * Checks an image file named in content: a safe path to an existing PNG, JPEG or GIF whose
   * contents match its name. Problems are reported at {@code pos}.
   */
  public static Optional<Path> image(String name, SourcePos pos, Path base, Path contentRoot, Diagnostics d) {
    Optional<Path> file = resolve(name, pos, base, contentRoot, d);
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
    return file;
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
      case "png" -> n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
      case "jpg", "jpeg" -> n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
      case "gif" -> n >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F';
      case "pdf" -> n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-';
      default -> false;
    };
  }

  private static String displayFolder(Path base, Path contentRoot) {
    Path rel = contentRoot.relativize(base);
    return rel.toString().isEmpty() ? "the content folder" : "the folder " + rel.toString().replace('\\', '/') + "/";
  }
}
