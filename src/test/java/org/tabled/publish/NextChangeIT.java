package org.tabled.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;

/**
 * The day the public site changes by itself (issue 17): the example built the day before and the
 * day an agenda is published. The agenda of the housing committee's meeting of 12 January 2027 is
 * published on 31 December 2026.
 */
class NextChangeIT {

  private static final String MEETING = "committees/communities-scrutiny/2027-01-12/";

  @TempDir Path dir;

  private BuildResult build(Path out, LocalDate asOf) {
    Path project = Fixtures.projectDir();
    return Pipeline.run(
        new BuildOptions(
            project.resolve("content"),
            project.resolve("templates"),
            out,
            project,
            false,
            Audience.PUBLIC,
            asOf,
            false));
  }

  @Test
  void theDayBeforeAndTheDayOfAnAgendasPublication() throws Exception {
    Path before = dir.resolve("before");
    BuildResult r = build(before, LocalDate.of(2026, 12, 30));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), r.nextChange());
    String json = Files.readString(before.resolve("next-change.json"));
    assertTrue(
        json.contains("\"next_change\" : \"2026-12-31\"") && json.contains("\"agenda\""), json);
    String page = Files.readString(before.resolve(MEETING + "index.html"));
    assertFalse(
        page.contains("Safer Ashcombe Partnership plan"), "the agenda is not out the day before");
    assertFalse(Files.exists(before.resolve(MEETING + "community-safety-plan/index.html")));

    Path on = dir.resolve("on");
    r = build(on, LocalDate.of(2026, 12, 31));
    assertTrue(r.ok(), r.diagnostics().toString());
    page = Files.readString(on.resolve(MEETING + "index.html"));
    assertTrue(page.contains("Safer Ashcombe Partnership plan"), "the agenda is out on its day");
    assertTrue(
        Files.exists(on.resolve(MEETING + "community-safety-plan/index.html")), "and its papers");
    assertTrue(
        Files.readString(on.resolve("data/ocd-events.json"))
            .contains("Safer Ashcombe Partnership plan"));
    // the next publication is the February meeting's agenda, whose papers include one with its own
    // date
    assertEquals(Optional.of(LocalDate.of(2027, 1, 22)), r.nextChange());
    assertTrue(
        Files.readString(on.resolve("next-change.json"))
            .contains("\"next_change\" : \"2027-01-22\""));
  }

  @Test
  void nothingLeftToPublish() throws Exception {
    Path late = dir.resolve("late");
    BuildResult r = build(late, LocalDate.of(2027, 6, 1));
    assertTrue(r.ok());
    assertEquals(Optional.empty(), r.nextChange());
    assertTrue(
        Files.readString(late.resolve("next-change.json")).contains("\"next_change\" : null"));
  }

  @Test
  void aPapersOwnLaterDateCountsButNotAConfidentialOrExemptOne() throws Exception {
    Path project = dir.resolve("project");
    Fixtures.copy(Fixtures.fixture("minimal"), project.resolve("content"));
    Path paper =
        project.resolve("content/committees/audit/meetings/2025-03-11/papers/fees-review/paper.md");
    String text = Files.readString(paper);
    Files.writeString(paper, text.replaceFirst("---\n", "---\npublished: 2025-03-07\n"));
    Path exempt =
        project.resolve("content/committees/audit/meetings/2025-03-11/papers/staff-case/paper.md");
    Files.writeString(
        exempt, Files.readString(exempt).replaceFirst("---\n", "---\npublished: 2025-03-05\n"));
    LocalDate agenda = LocalDate.of(2025, 3, 3);
    Cli.Result r =
        Cli.run(
            "build",
            "--content",
            project.resolve("content").toString(),
            "--out",
            project.resolve("site").toString(),
            "--templates",
            project.resolve("templates").toString(),
            "--as-of",
            agenda.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("Next change: 2025-03-07"),
        "the paper's own date, not the exempt paper's: " + r.out());
    Cli.Result later =
        Cli.run(
            "build",
            "--content",
            project.resolve("content").toString(),
            "--out",
            project.resolve("site").toString(),
            "--templates",
            project.resolve("templates").toString(),
            "--as-of",
            "2025-03-07");
    assertEquals(0, later.exit(), later.err());
    assertTrue(later.out().contains("Next change: none"), later.out());
  }
}
