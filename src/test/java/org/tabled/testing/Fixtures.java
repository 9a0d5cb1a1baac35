package org.tabled.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test fixtures: copying fixture councils and fingerprinting output folders. */
public final class Fixtures {

  private Fixtures() {}

  /** The project folder (where pom.xml is), found from the working directory Maven gives tests. */
  public static Path projectDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("pom.xml"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find pom.xml above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** A fixture council's content folder, e.g. {@code minimal}. */
  public static Path fixture(String name) {
    return projectDir().resolve("src/test/resources/fixtures/" + name + "/content");
  }

  /** Copies the folder {@code from} to {@code to} (which must not exist). */
  public static void copy(Path from, Path to) throws IOException {
    copy(from, to, Set.of());
  }

  /**
   * Copies the example council ({@code content/}) to {@code to} as the project holds it in git:
   * without what a build of this checkout added to it (a {@code tabled build}, the README's quick
   * start, records the packs it issues in their meeting folders), which a test that changes the
   * example's papers would otherwise meet as packs already issued. Everything is copied where git
   * cannot say.
   */
  public static void copyExample(Path to) throws IOException {
    Path project = projectDir();
    Set<Path> added = new HashSet<>();
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "--others", "-z", "--", "content")
              .directory(project.toFile())
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (git.waitFor() == 0) {
        for (String f : out.split("\0")) {
          if (!f.isEmpty()) {
            added.add(project.resolve(f).normalize());
          }
        }
      }
    } catch (IOException e) {
      // no git here: everything is copied
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    copy(project.resolve("content"), to, added);
  }

  /** Copies the folder {@code from} to {@code to} (which must not exist), but not {@code skip}. */
  private static void copy(Path from, Path to, Set<Path> skip) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (skip.contains(file.toAbsolutePath().normalize())) {
              return FileVisitResult.CONTINUE;
            }
            Files.copy(file, to.resolve(from.relativize(file).toString()));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Every file under {@code dir} with the SHA-256 of its bytes, sorted by path. */
  public static Map<String, String> fingerprint(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
      }
    }
    return out;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
