package org.tabled.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;

/**
 * Mutates valid content files at random and checks that the build either succeeds or reports errors
 * with positions: never an unhandled exception, never a hang (each case has a time limit). (Issue
 * 6.)
 *
 * <p>Runs {@value #DEFAULT_CASES} cases by default; {@code -Dfuzz.cases=10000} for the nightly run,
 * {@code -Dfuzz.seed=N} to replay a failure (the seed of a failing case is in its message).
 */
class ContentFuzzIT {

  static final int DEFAULT_CASES = 500;

  @TempDir Path dir;

  @Test
  void mutatedContentNeverCrashesOrHangs() throws IOException {
    int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    long baseSeed = Long.getLong("fuzz.seed", 20261123L);
    Path fixture = Fixtures.fixture("minimal");
    List<Path> files;
    try (Stream<Path> s = Files.walk(fixture)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(yaml|md)$"))
              .sorted()
              .toList();
    }
    int failedBuilds = 0;
    for (int i = 0; i < cases; i++) {
      long seed = baseSeed + i;
      Random random = new Random(seed);
      Path root = dir.resolve("case-" + i);
      Fixtures.copy(fixture, root.resolve("content"));
      int mutations = 1 + random.nextInt(3);
      List<String> what = new ArrayList<>();
      for (int m = 0; m < mutations; m++) {
        Path file =
            root.resolve("content")
                .resolve(fixture.relativize(files.get(random.nextInt(files.size()))).toString());
        what.add(Mutator.mutate(file, random) + " " + fixture.relativize(files.get(0).getParent()));
      }
      BuildOptions o =
          new BuildOptions(
              root.resolve("content"),
              root.resolve("templates"),
              root.resolve("site"),
              root,
              false,
              Audience.PUBLIC,
              LocalDate.of(2025, 6, 1),
              false);
      BuildResult r;
      try {
        r =
            assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> Pipeline.run(o), "seed " + seed + " hung");
      } catch (RuntimeException | Error e) {
        throw new AssertionError("seed " + seed + " (" + what + ") crashed the build: " + e, e);
      }
      if (!r.ok()) {
        failedBuilds++;
        assertTrue(r.diagnostics().hasErrors(), "seed " + seed + ": a failed build must say why");
        for (var d : r.diagnostics().all()) {
          assertTrue(
              d.pos().path().startsWith("content/")
                  || d.pos().path().startsWith("templates")
                  || d.pos().path().startsWith("(built-in"),
              "seed " + seed + ": position outside the content: " + d.format());
          assertFalse(d.message().contains("Exception"), "seed " + seed + ": " + d.format());
        }
      }
      deleteQuietly(root);
    }
    if (failedBuilds == 0) {
      fail("no mutation broke the content: the fuzzer is not mutating anything");
    }
    System.out.printf(
        "fuzz: %d cases, %d reported content errors, %d built%n",
        cases, failedBuilds, cases - failedBuilds);
  }

  private static void deleteQuietly(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Small, realistic and hostile edits to a text file. */
  static final class Mutator {
    private static final String[] TOKENS = {
      "",
      " ",
      ":",
      ": ",
      "- ",
      "-",
      "---",
      "...",
      "\t",
      "\"",
      "'",
      "[",
      "]",
      "{",
      "}",
      "&a",
      "*a",
      "!!binary",
      "|",
      ">",
      "#",
      "%YAML 1.1",
      "null",
      "~",
      "true",
      "0",
      "-1",
      "99999999999999999999",
      "2025-02-30",
      "25:61",
      "1e9",
      "\u0000",
      "\uFEFF",
      "é",
      "\uD83D\uDE00",
      "<script>alert(1)</script>",
      "[[paper:nope]]",
      "![](x.png)",
      "![a](../../../etc/passwd)",
      "](javascript:alert(1))",
      "## ",
      "# ",
      "####### ",
      "| a | b |\n|---|---|\n",
      "[^1]",
      "\n",
      "\r\n",
      "\\",
      "%",
      "@",
      "`",
      "```",
      "<!--",
      "&nbsp;",
      "&#0;"
    };

    static String mutate(Path file, Random r) throws IOException {
      String text =
          new String(
              Files.readAllBytes(file),
              StandardCharsets.UTF_8); // lenient: an earlier edit may have broken it
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int op = r.nextInt(10);
      int at = lines.isEmpty() ? 0 : r.nextInt(lines.size());
      switch (op) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> {
          int other = r.nextInt(lines.size());
          String t = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, t);
        }
        case 3 -> lines.set(at, insert(lines.get(at), TOKENS[r.nextInt(TOKENS.length)], r));
        case 4 ->
            lines.set(at, lines.get(at).replaceFirst("^\\s*", r.nextBoolean() ? "" : "      "));
        case 5 ->
            lines.set(
                at,
                lines
                    .get(at)
                    .replaceFirst(
                        ":.*", Matcher.quoteReplacement(": " + TOKENS[r.nextInt(TOKENS.length)])));
        case 6 -> {
          return truncate(file, text, r);
        }
        case 7 -> {
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          if (bytes.length > 0) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
          }
          Files.write(file, bytes);
          return "flip-byte";
        }
        case 8 -> lines.set(at, lines.get(at).repeat(1 + r.nextInt(50)));
        default ->
            lines.set(
                at,
                lines.get(at).replaceAll("[a-z]", String.valueOf((char) ('a' + r.nextInt(26)))));
      }
      Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
      return "op" + op;
    }

    private static String insert(String line, String token, Random r) {
      int p = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
      return line.substring(0, p) + token + line.substring(p);
    }

    private static String truncate(Path file, String text, Random r) throws IOException {
      Files.writeString(
          file, text.substring(0, r.nextInt(text.length() + 1)), StandardCharsets.UTF_8);
      return "truncate";
    }
  }
}
