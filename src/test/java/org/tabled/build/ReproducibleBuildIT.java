package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;

/**
 * The same content gives the same bytes wherever and however it is built: two separate JVMs (the
 * released jar, as a council runs it), with different default locales, time zones and file
 * encodings, from content checked out in two different folders. Inside one JVM a hash order or a
 * default locale is the same on both builds, so only separate processes can catch them.
 */
class ReproducibleBuildIT {

  private static final Path JAR = Path.of("target", "tabled.jar").toAbsolutePath();
  private static final String AS_OF = "2026-11-20";

  @TempDir Path dir;

  @Test
  void theExampleBuildsToTheSameBytesInTwoJvmsWithDifferentLocalesAndFolders() throws Exception {
    Path a = copyExample(dir.resolve("a"));
    Path b = copyExample(dir.resolve("b/deeper/checkout"));
    Run first =
        tabled(
            a,
            List.of(
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1"),
            "build",
            "--as-of",
            AS_OF);
    Run second =
        tabled(
            b,
            List.of(
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=America/Los_Angeles"),
            "build",
            "--as-of",
            AS_OF);
    assertEquals(0, first.exit(), first.output());
    assertEquals(0, second.exit(), second.output());
    Map<String, String> one = digests(a.resolve("site"));
    Map<String, String> two = digests(b.resolve("site"));
    assertTrue(one.size() > 100, "the example builds a whole site: " + one.size() + " files");
    assertTrue(one.keySet().stream().anyMatch(f -> f.endsWith(".pdf")), "PDFs are compared too");
    assertEquals(one.keySet(), two.keySet(), "the same files");
    List<String> differ = new ArrayList<>();
    one.forEach(
        (file, digest) -> {
          if (!digest.equals(two.get(file))) {
            differ.add(file);
          }
        });
    assertEquals(List.of(), differ, "files whose bytes differ between the two builds");
  }

  @Test
  void checkPrintsTheSameProblemsInTheSameOrderInEveryJvm() throws Exception {
    Path a = copyExample(dir.resolve("a"));
    // An unknown key with no likely spelling lists every allowed key: that list must not follow a
    // hash order, which changes from one JVM to the next.
    Path meeting;
    try (Stream<Path> s = Files.walk(a.resolve("content/committees"))) {
      meeting =
          s.filter(p -> p.getFileName().toString().equals("meeting.yaml"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(meeting, Files.readString(meeting) + "\nzzqx: 1\n");
    Path committee;
    try (Stream<Path> s = Files.walk(a.resolve("content/committees"))) {
      committee =
          s.filter(p -> p.getFileName().toString().equals("committee.yaml"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(committee, Files.readString(committee) + "\nqqqqzz: 1\n");
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Run r = tabled(a, List.of(), "check");
      assertEquals(1, r.exit(), r.output());
      assertTrue(r.output().contains("allowed keys:"), r.output());
      outputs.add(r.output());
    }
    for (String o : outputs) {
      assertEquals(outputs.get(0), o);
    }
  }

  @Test
  void twoBuildsAtOnceIntoOneFolderTakeTurnsAndLeaveTheSiteABuildAloneMakes() throws Exception {
    Path alone = copyExample(dir.resolve("alone"));
    Run single = tabled(alone, List.of(), "build", "--as-of", AS_OF);
    assertEquals(0, single.exit(), single.output());
    // a build by hand while the scheduled one runs: without a lock they wrote into each other's
    // spill folder and both failed, leaving no site
    Path both = copyExample(dir.resolve("both"));
    Started first = start(both, List.of(), "build", "--as-of", AS_OF);
    Started second = start(both, List.of(), "build", "--as-of", AS_OF);
    Run one = first.finish();
    Run two = second.finish();
    assertEquals(0, one.exit(), one.output());
    assertEquals(0, two.exit(), two.output());
    assertTrue(
        (one.output() + two.output()).contains("tabled: waiting for another Tabled build"),
        "one waited for the other, and said so:\n" + one.output() + "\n" + two.output());
    assertEquals(digests(alone.resolve("site")), digests(both.resolve("site")));
    assertTrue(Files.isRegularFile(both.resolve(".site.lock")));
    for (String left : List.of(".site.staging", ".site.old", ".site.spill")) {
      assertTrue(Files.notExists(both.resolve(left)), left + " is left behind");
    }
  }

  private record Run(int exit, String output) {}

  /** A run of tabled under way: its process and the file its output goes to. */
  private record Started(Process process, Path log) {
    Run finish() throws Exception {
      assertTrue(process.waitFor(10, TimeUnit.MINUTES), "tabled finished");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      return new Run(process.exitValue(), output);
    }
  }

  private static Path copyExample(Path to) throws IOException {
    Fixtures.copyExample(to.resolve("content"));
    copyTree(Path.of("templates"), to.resolve("templates"));
    return to;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Run tabled(Path workDir, List<String> jvm, String... args) throws Exception {
    return start(workDir, jvm, args).finish();
  }

  private static Started start(Path workDir, List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile("tabled", ".log");
    Process p =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new Started(p, log);
  }

  private static Map<String, String> digests(Path root)
      throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(
            root.relativize(p).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
