package org.tabled.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tabled.model.Council;
import org.tabled.model.FontFile;

/**
 * The part of every build-cache key that the content does not give: a digest of Tabled's own code
 * and resources (its jar, or its classes folder: the engine's settings, the built-in templates and
 * fonts, the libraries' versions as bundled), the Java version, the council's font files and every
 * file of its templates folder. A change to any of them makes every cached PDF and page count miss;
 * what they cannot change is left out, so that a content edit misses only what it touches.
 */
final class CacheEnvironment {

  private static volatile String code;

  private CacheEnvironment() {}

  /** The environment of a build of {@code council} with templates from {@code templatesDir}. */
  static String of(Council council, Path templatesDir) throws IOException {
    MessageDigest sha = InputDigest.sha256();
    InputDigest.update(sha, "tabled-cache-1");
    InputDigest.update(sha, code());
    InputDigest.update(sha, System.getProperty("java.version", ""));
    for (FontFile f : council.site().fonts()) {
      InputDigest.update(sha, "font");
      sha.update(Files.readAllBytes(f.file()));
    }
    if (Files.isDirectory(templatesDir)) {
      try (Stream<Path> s = Files.walk(templatesDir)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          InputDigest.update(sha, templatesDir.relativize(p).toString().replace('\\', '/'));
          sha.update(Files.readAllBytes(p));
        }
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Where Tabled's code is: its jar, or its classes folder; empty if that cannot be told. */
  static Optional<Path> codeLocation() {
    try {
      return Optional.of(
          Path.of(
              CacheEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The digest of Tabled's code: the jar it runs from, or every file of its classes folder. */
  static String code() throws IOException {
    String c = code;
    if (c == null) {
      MessageDigest sha = InputDigest.sha256();
      Path where =
          codeLocation().orElseThrow(() -> new IOException("cannot tell where Tabled's code is"));
      List<Path> files;
      if (Files.isDirectory(where)) {
        try (Stream<Path> s = Files.walk(where)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(where);
      }
      byte[] buf = new byte[1 << 16];
      for (Path p : files) {
        InputDigest.update(sha, where.relativize(p).toString());
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), sha)) {
          while (in.read(buf) >= 0) {
            // digested as read
          }
        }
      }
      c = HexFormat.of().formatHex(sha.digest());
      code = c;
    }
    return c;
  }
}
