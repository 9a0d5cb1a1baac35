package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Scenario;

/**
 * Every broken-content case in {@code src/test/resources/cases/invalid/}: each is laid over a copy
 * of the minimal fixture council and built over a previously built site. The build must fail with
 * exactly the expected {@code path:line:col} lines and leave the previous site byte-for-byte as it
 * was. (Issues 2 and 6.)
 */
class InvalidContentTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  @TempDir static Path shared;
  @TempDir Path root;

  static Path validSite;

  @BeforeAll
  static void buildValidSite() throws IOException {
    Path project = shared.resolve("valid");
    Fixtures.copy(Fixtures.fixture("minimal"), project.resolve("content"));
    BuildResult r = Pipeline.run(options(project));
    assertTrue(r.ok(), "the minimal fixture must build:\n" + r.diagnostics());
    validSite = project.resolve("site");
  }

  static BuildOptions options(Path project) {
    return new BuildOptions(
        project.resolve("content"),
        project.resolve("templates"),
        project.resolve("site"),
        project,
        false,
        Audience.PUBLIC,
        AS_OF,
        false);
  }

  static Stream<Scenario> cases() throws IOException {
    Path dir = Fixtures.projectDir().resolve("src/test/resources/cases/invalid");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Scenario> out = new ArrayList<>();
      for (Path f : files) {
        out.add(Scenario.read(f));
      }
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsEveryProblemAndLeavesTheSiteUnchanged(Scenario s) throws IOException {
    Fixtures.copy(Fixtures.fixture("minimal"), root.resolve("content"));
    Fixtures.copy(validSite, root.resolve("site"));
    Map<String, String> before = Fixtures.fingerprint(root.resolve("site"));
    s.apply(root);

    BuildResult r = Pipeline.run(options(root));

    List<String> lines =
        r.diagnostics().all().stream().map(Diagnostic::format).map(l -> l.split("\\R")[0]).toList();
    assertFalse(r.ok(), s.name() + ": the build should fail");
    assertEquals(
        String.join("\n", s.expected()),
        String.join("\n", lines),
        s.name() + ": " + s.description());
    String all = r.diagnostics().toString();
    assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
    assertEquals(
        before, Fixtures.fingerprint(root.resolve("site")), "the previous site must be unchanged");
  }

  @Test
  void everyCaseHasExpectedErrors() throws IOException {
    List<Scenario> all = cases().toList();
    assertTrue(all.size() >= 40, "expected at least 40 cases, found " + all.size());
    for (Scenario s : all) {
      assertFalse(s.expected().isEmpty(), s.name() + " lists no expected errors");
      assertTrue(
          s.expected().stream().anyMatch(l -> l.contains(": error: ")),
          s.name() + " expects no error");
      assertFalse(s.description().isEmpty(), s.name() + " has no description");
    }
  }
}
