package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Scenario;

/** The example council in {@code content/}: valid as shipped, and ten mistakes give ten errors. */
class ExampleContentTest {

  @TempDir Path root;

  private BuildOptions check(Path project) {
    return new BuildOptions(
        project.resolve("content"),
        project.resolve("templates"),
        project.resolve("site"),
        project,
        true,
        Audience.PUBLIC,
        LocalDate.of(2026, 11, 23),
        false);
  }

  @Test
  void exampleContentIsValid() {
    BuildResult r = Pipeline.run(check(Fixtures.projectDir()));
    assertTrue(r.ok(), r.diagnostics().toString());
    // One warning, on purpose: the Youth Voice report is published after the agenda (in a
    // supplementary agenda), so the agenda pack prints "To follow", and check says so.
    assertEquals(
        List.of(
            "content/committees/children-scrutiny/meetings/2026-12-01/meeting.yaml:27:5: warning: agenda"
                + " item 5 'Youth Voice Task Group final report' of the meeting on 1 December 2026 prints \"To follow\": paper"
                + " 'youth-voice-final-report' is published on 27 November 2026"),
        r.diagnostics().all().stream().map(Diagnostic::format).toList(),
        r.diagnostics().toString());
  }

  @Test
  void tenMistakesGiveTenErrorsAndNothingElse() throws Exception {
    Fixtures.copyExample(root.resolve("content"));
    Scenario s =
        Scenario.read(
            Fixtures.projectDir().resolve("src/test/resources/cases/example/ten-mistakes.txt"));
    s.apply(root);
    BuildResult r = Pipeline.run(check(root));
    List<String> lines =
        r.diagnostics().all().stream().map(Diagnostic::format).map(l -> l.split("\\R")[0]).toList();
    assertFalse(r.ok());
    assertEquals(String.join("\n", s.expected()), String.join("\n", lines));
    assertEquals(
        10, lines.stream().filter(l -> l.matches("content/\\S+:\\d+:\\d+: error: .*")).count());
    assertEquals(10, lines.size());
  }
}
