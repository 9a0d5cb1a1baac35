package org.tabled.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.tabled.diag.Diagnostics;
import org.tabled.files.FileTrust;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.source.SourcePos;

/**
 * Copies the files pages use (images, the logo) from the content into the output, each once.
 *
 * <p>A file is published under a digest of its bytes, {@code media/DIGEST/name.png}: the address
 * depends only on the file, so the same image used by two papers is written once, and a changed
 * image gets a new address that no browser has cached.
 */
final class Media {

  private final OutputTree out;
  private final Diagnostics d;
  private final Map<Path, String> published = new HashMap<>();

  Media(OutputTree out, Diagnostics d) {
    this.out = out;
    this.d = d;
  }

  /** The output path of {@code file}, copying it on first use; empty if it cannot be read. */
  synchronized String publish(Path file) {
    String known = published.get(file);
    if (known != null) {
      return known;
    }
    String path;
    try {
      if (!FileTrust.isRegularFile(file)) {
        // checked when the content was validated; checked again, without opening it, in case it
        // changed since
        throw new IOException("it is no longer a regular file");
      }
      byte[] bytes = Files.readAllBytes(file);
      path = SitePaths.media(digest(bytes), safeName(file.getFileName().toString()));
      if (!out.contains(path)) {
        out.put(path, bytes);
      }
    } catch (IOException e) {
      d.error(
          SourcePos.file(file.toString()), "cannot read the file to publish it: " + e.getMessage());
      path = "";
    }
    published.put(file, path);
    return path;
  }

  /** The first 16 hex digits of the file's SHA-256: enough to tell a council's images apart. */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A file name that needs no escaping in a URL. */
  static String safeName(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
    return s.isEmpty() || s.startsWith(".") ? "file" + s : s;
  }
}
