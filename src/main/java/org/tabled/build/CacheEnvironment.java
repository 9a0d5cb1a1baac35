package org.tabled.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
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
    InputDigest.update(sha, "tabled-cache-2");
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

  /**
   * The digest of Tabled's code: the jar it runs from, or every file of its classes folder, as
   * {@link InputDigest} digests it (the no-change check digests it first, with its memory of file
   * stats, and {@link #remember}s it: the jar is not read again).
   */
  static String code() throws IOException {
    return code(null);
  }

  /**
   * {@link #code()}, taking the digest of an unchanged jar from the stat memory {@code statFile}
   * (which is read, never written: {@code check} writes nothing) if it has not been found yet.
   */
  static String code(Path statFile) throws IOException {
    String c = code;
    if (c == null) {
      Path where =
          codeLocation().orElseThrow(() -> new IOException("cannot tell where Tabled's code is"));
      c =
          InputDigest.digests(Map.of(CODE, where), statFile, false)
              .orElseThrow(() -> new IOException("cannot read Tabled's code at " + where))
              .roots()
              .get(CODE);
      code = c;
    }
    return c;
  }

  /** The name of the root that holds Tabled's code in an {@link InputDigest}. */
  static final String CODE = "code";

  /** Keeps the digest of the code found by an {@link InputDigest} of the {@link #CODE} root. */
  static void remember(InputDigest.Digests d) {
    String c = d.roots().get(CODE);
    if (c != null && code == null) {
      code = c;
    }
  }
}
