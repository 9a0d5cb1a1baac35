package org.tabled.issued;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.model.CommitteeId;
import org.tabled.model.Issue;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import org.tabled.model.PaperId;
import org.tabled.publish.Audience;
import org.tabled.source.SourcePos;
import org.tabled.testing.Fixtures;

/**
 * What an issued pack's record says and how reissues are checked, without laying anything out: the
 * differences {@link PackDiff} names, the layout of {@code issued.yaml}, and the reissues a check
 * refuses (of a pack never issued, of a supplementary agenda that does not exist, out of order).
 */
class IssuedPacksTest {

  @TempDir Path dir;

  private static final MeetingId MEETING =
      new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 1, 14));

  private static Issue issue(int number, Map<Integer, String> items, Map<PaperId, String> papers) {
    return new Issue(
        PackId.agenda(MEETING),
        number,
        LocalDate.of(2025, 1, 5 + number),
        "",
        number > 1 ? List.of(3) : List.of(),
        Path.of("issued/agenda-issue-" + number + ".pdf"),
        "a".repeat(64),
        12,
        items,
        papers,
        "b".repeat(64),
        0,
        Map.of(),
        SourcePos.file("issued.yaml"));
  }

  @Test
  void theDifferencesAreNamedByItemAndPage() {
    PaperId report = new PaperId("annual-report");
    PaperId late = new PaperId("late-note");
    Issue one = issue(1, Map.of(3, "3 - 8", 4, "9 - 12"), Map.of(report, "1".repeat(64)));
    Issue two =
        issue(
            2,
            Map.of(3, "3 - 10", 5, "11 - 12"),
            Map.of(report, "2".repeat(64), late, "3".repeat(64)));
    assertEquals(
        List.of(
            "item 3's pages move from 3 - 8 to 3 - 10",
            "item 4 (pages 9 - 12) is no longer in it",
            "item 5 is new, on pages 11 - 12",
            "the text of paper 'annual-report' (item 3) changed",
            "paper 'late-note' is new in it"),
        PackDiff.of(one, two, true, Map.of(report, 3)));
    assertEquals(
        List.of(
            "the text of paper 'annual-report' (item 3) changed", "paper 'late-note' is new in it"),
        PackDiff.of(one, two, false, Map.of(report, 3)),
        "a check compares no pages");
    assertEquals(List.of(), PackDiff.of(one, one, true, Map.of()));
  }

  @Test
  void theRecordIsSortedAndHoldsNoText() {
    PaperId report = new PaperId("annual-report");
    String yaml =
        IssuedFile.yaml(
            List.of(
                issue(2, Map.of(3, "3 - 8"), Map.of(report, "2".repeat(64))),
                issue(1, Map.of(3, "3 - 8"), Map.of(report, "1".repeat(64)))));
    assertTrue(yaml.indexOf("issue: 1") < yaml.indexOf("issue: 2"), yaml);
    assertTrue(
        yaml.contains(
            "  - pack: agenda\n    issue: 2\n    date: 2025-01-07\n    changed: [3]\n"
                + "    file: issued/agenda-issue-2.pdf\n"),
        yaml);
    assertTrue(yaml.contains("      - item: 3\n        pages: \"3 - 8\"\n"), yaml);
    assertEquals(
        yaml,
        IssuedFile.yaml(
            List.of(
                issue(1, Map.of(3, "3 - 8"), Map.of(report, "1".repeat(64))),
                issue(2, Map.of(3, "3 - 8"), Map.of(report, "2".repeat(64))))),
        "the same bytes whatever the order given");
  }

  private BuildResult check(String reissues) throws IOException {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Path meeting = content.resolve("committees/audit/meetings/2025-01-14/meeting.yaml");
    Files.writeString(meeting, Files.readString(meeting) + reissues);
    return Pipeline.run(
        new BuildOptions(
            content,
            dir.resolve("templates"),
            dir.resolve("site"),
            dir,
            true,
            Audience.PUBLIC,
            LocalDate.of(2025, 6, 1),
            false));
  }

  @Test
  void aPackNeverIssuedCannotBeReissued() throws IOException {
    BuildResult r = check("reissues:\n  - date: 2025-01-08\n    reason: a figure was wrong.\n");
    assertEquals(
        "content/committees/audit/meetings/2025-01-14/meeting.yaml:14:5: error: the agenda pack"
            + " for audit on 14 January 2025 has not been issued yet, so it cannot be reissued",
        r.diagnostics().all().get(0).format().lines().findFirst().orElseThrow());
  }

  @Test
  void aReissueOfASupplementThatDoesNotExistIsAnError() throws IOException {
    BuildResult r =
        check(
            "reissues:\n  - date: 2025-01-08\n    reason: a figure was wrong.\n    supplement: 3\n");
    assertTrue(
        r.diagnostics()
            .toString()
            .contains(
                "meeting.yaml:14:5: error: there is no supplementary"
                    + " agenda 3 of this meeting"),
        r.diagnostics().toString());
  }

  @Test
  void aCheckSaysWhatABuildWouldRecord() throws IOException {
    BuildResult r = check("");
    assertTrue(r.ok(), r.diagnostics().toString());
    assertEquals(
        List.of(
            "issue 1 of the agenda pack for audit on 14 January 2025"
                + " (content/committees/audit/meetings/2025-01-14/issued.yaml)",
            "issue 1 of the agenda pack for audit on 11 March 2025"
                + " (content/committees/audit/meetings/2025-03-11/issued.yaml)"),
        r.issued());
    assertTrue(
        !Files.exists(dir.resolve("content/committees/audit/meetings/2025-01-14/issued.yaml")),
        "a check writes nothing");
  }
}
