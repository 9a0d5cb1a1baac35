package org.tabled.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;
import org.tabled.testing.OutputText;
import org.tabled.testing.Scenario;

/**
 * The safety suite of issue 10: the cases in {@code src/test/resources/cases/safety/KIND/}, one
 * folder for each kind of way exempt, confidential or embargoed material could reach the public, or
 * a build could hurt what it reads:
 *
 * <ol>
 *   <li>{@code 1-restricting-keys}: {@code exempt}, {@code confidential}, {@code published}, {@code
 *       publish}, {@code received} given without a valid value;
 *   <li>{@code 2-files}: links and paths to another paper's files, special files;
 *   <li>{@code 3-references}: references to what is not public, or never will be;
 *   <li>{@code 4-minutes}: minutes ahead of their meeting's agenda;
 *   <li>{@code 5-templates}: templates that try to reach Java or files outside their folder;
 *   <li>{@code 6-operator}: output folders that are, hold or lie inside what is built from;
 *   <li>{@code 7-limits}: alias bombs, deep nesting, pipes, control characters in names, huge
 *       images, broken PDFs, floods of warnings.
 * </ol>
 *
 * <p>Each case is laid over a copy of the minimal fixture council, whose site was built before, and
 * run through the command line ({@code -- run --}, by default a public build as of 2025-06-01).
 * Every case asserts the exit code (1 with exactly the {@code -- errors --} lines, or 0 with no
 * error line when it lists none), that nothing printed a stack trace, that the content was not
 * changed, that a failed run left the previous site byte for byte as it was, and that no canary
 * ({@code SOMETHING-CANARY-1234}, planted in everything that must stay private) is in any file the
 * run could have written, nor in any file name: HTML, the search index, JSON, feeds, calendars, the
 * sitemap, and the text, metadata, bookmarks, attachments and links of every PDF. {@code -- visible
 * --} lines must appear in some public file, {@code -- absent --} paths (from the case's folder)
 * must not exist, and {@code -- stderr --} and {@code -- not-in-stderr --} lines must (not) be
 * printed.
 */
class SafetySuiteIT {

  /** A canary: text planted in a case where it must never be published. */
  static final Pattern CANARY = Pattern.compile("[A-Z]+(-[A-Z]+)*-CANARY-\\d+");

  /** The record of issued packs a build writes in a meeting's folder (issue 15). */
  static final Pattern RECORD =
      Pattern.compile("committees/[^/]+/meetings/[^/]+/issued(\\.yaml|/.*)?");

  static final String DEFAULT_RUN =
      "build --content $ROOT/content --templates $ROOT/templates --out $ROOT/site --as-of 2025-06-01";
  static final List<String> KINDS =
      List.of(
          "1-restricting-keys",
          "2-files",
          "3-references",
          "4-minutes",
          "5-templates",
          "6-operator",
          "7-limits");

  @TempDir static Path shared;
  @TempDir Path root;

  static Path validSite;

  @BeforeAll
  static void buildValidSite() throws IOException {
    Path project = shared.resolve("valid");
    Fixtures.copy(Fixtures.fixture("minimal"), project.resolve("content"));
    Cli.Result r = run(DEFAULT_RUN, project);
    assertEquals(0, r.exit(), "the minimal fixture must build:\n" + r.err());
    validSite = project.resolve("site");
    assertEquals(Map.of(), canaries(project), "the fixture's own site leaks nothing");
  }

  static Stream<Scenario> cases() throws IOException {
    List<Scenario> out = new ArrayList<>();
    for (String kind : KINDS) {
      Path dir = Fixtures.projectDir().resolve("src/test/resources/cases/safety/" + kind);
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          Scenario read = Scenario.read(f);
          out.add(
              new Scenario(
                  kind + "/" + read.name(),
                  read.description(),
                  read.edits(),
                  read.expected(),
                  read.checks()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void publishesNothingPrivateAndHurtsNothing(Scenario s) throws IOException {
    Fixtures.copy(Fixtures.fixture("minimal"), root.resolve("content"));
    Fixtures.copy(validSite, root.resolve("site"));
    s.apply(root);
    Map<String, String> site = tree(root.resolve("site"));
    Map<String, String> content = tree(root.resolve("content"));
    Map<String, String> templates = tree(root.resolve("templates"));
    String args = s.check("run").isEmpty() ? DEFAULT_RUN : s.check("run").get(0);

    Cli.Result r =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3), () -> run(args, root), s.name() + " did not finish");

    String err = r.err().replace(root + "/", "").replace(root.toString(), ".");
    assertFalse(
        err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"),
        s.name() + ": no stack trace:\n" + err);
    List<String> lines =
        err.lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
    if (s.expected().isEmpty()) {
      assertEquals(0, r.exit(), s.name() + " should succeed:\n" + err);
      assertTrue(
          lines.stream().noneMatch(l -> l.contains(": error: ")),
          s.name() + ": no error line:\n" + err);
      assertTrue(Files.exists(root.resolve("site/index.html")), s.name() + ": the site was built");
    } else {
      assertEquals(1, r.exit(), s.name() + " should fail:\n" + err);
      assertEquals(
          String.join("\n", s.expected()),
          String.join("\n", lines),
          s.name() + ": " + s.description());
      assertEquals(
          site, tree(root.resolve("site")), s.name() + ": the previous site must be unchanged");
    }
    // The only files a build writes in the content: the record of the packs it issued (issue 15),
    // after a successful build, and never with anything a canary marks as private.
    Map<String, String> after = tree(root.resolve("content"));
    Map<String, String> recorded = new TreeMap<>();
    after
        .entrySet()
        .removeIf(
            e -> {
              boolean issued =
                  RECORD.matcher(e.getKey().replace('\\', '/')).matches()
                      && !e.getValue().equals(content.get(e.getKey()));
              if (issued) {
                recorded.put(e.getKey(), e.getValue());
              }
              return issued;
            });
    assertEquals(content, after, s.name() + ": the content must be unchanged");
    if (r.exit() != 0) {
      assertEquals(Map.of(), recorded, s.name() + ": a failed build records nothing");
    }
    for (String k : recorded.keySet()) {
      Path f = root.resolve("content").resolve(k);
      if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = Files.readAllBytes(f);
        String text =
            k.endsWith(".pdf")
                ? OutputText.pdfText(bytes)
                : new String(bytes, StandardCharsets.UTF_8);
        assertFalse(
            CANARY.matcher(text.replaceAll("\\s+", "")).find(),
            s.name() + ": a canary reached the recorded " + k);
      }
    }
    assertEquals(
        templates, tree(root.resolve("templates")), s.name() + ": the templates must be unchanged");
    assertEquals(
        Map.of(), canaries(root), s.name() + ": a canary reached a file the run could write");
    Map<String, String> text = publicText(root);
    for (String v : s.check("visible")) {
      assertTrue(
          text.values().stream().anyMatch(t -> PublicationSafetyIT.contains(t, v)),
          s.name() + ": '" + v + "' should be published");
    }
    for (String a : s.check("absent")) {
      assertFalse(
          Files.exists(root.resolve(a), LinkOption.NOFOLLOW_LINKS),
          s.name() + ": " + a + " should not exist");
    }
    for (String l : s.check("stderr")) {
      assertTrue(err.contains(l), s.name() + ": should print '" + l + "':\n" + err);
    }
    for (String l : s.check("not-in-stderr")) {
      assertFalse(err.contains(l), s.name() + ": should not print '" + l + "':\n" + err);
    }
  }

  @Test
  void everyKindHasAtLeastFiveCases() throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Scenario s : cases().toList()) {
      counts.merge(s.name().substring(0, s.name().indexOf('/')), 1, Integer::sum);
      assertFalse(s.description().isEmpty(), s.name() + " has no description");
      assertTrue(
          s.expected().isEmpty() || s.expected().stream().anyMatch(l -> l.contains(": error: ")),
          s.name() + " lists lines but no error");
    }
    for (String kind : KINDS) {
      assertTrue(counts.getOrDefault(kind, 0) >= 5, kind + " has " + counts.get(kind) + " cases");
    }
  }

  /**
   * Runs the command line {@code args} (split at spaces, {@code $ROOT} replaced by {@code root}).
   */
  static Cli.Result run(String args, Path root) {
    return Cli.run(args.replace("$ROOT", root.toString()).split(" "));
  }

  /**
   * The canaries in every file the run could have written (anything under {@code root} but the
   * content and templates it read) and in their names, by file.
   */
  static Map<String, String> canaries(Path root) throws IOException {
    Map<String, String> found = new TreeMap<>();
    publicText(root)
        .forEach(
            (path, text) -> {
              Matcher m = CANARY.matcher(text.replaceAll("\\s+", "") + "\n" + path);
              if (m.find()) {
                found.put(path, m.group());
              }
            });
    return found;
  }

  /**
   * The text of every regular file under {@code root} except the content and templates folders, by
   * path.
   */
  static Map<String, String> publicText(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path top : s.sorted().toList()) {
        String name = top.getFileName().toString();
        if (name.equals("content") || name.equals("templates")) {
          continue;
        }
        if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
          OutputText.of(top).forEach((k, v) -> out.put(name + "/" + k, v));
        } else if (Files.isRegularFile(top, LinkOption.NOFOLLOW_LINKS)) {
          out.put(name, Files.readString(top, StandardCharsets.ISO_8859_1));
        }
      }
    }
    return out;
  }

  /**
   * Every entry under {@code dir} without following links or opening special files: a regular
   * file's digest, a link's target, or the kind of entry.
   */
  static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted().toList()) {
        String rel = dir.relativize(f).toString();
        if (Files.isSymbolicLink(f)) {
          out.put(rel, "link to " + Files.readSymbolicLink(f));
        } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          out.put(rel, Fixtures.sha256(Files.readAllBytes(f)));
        } else {
          out.put(rel, Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS) ? "folder" : "special file");
        }
      }
    }
    return out;
  }
}
