package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.publish.PublishedCouncil;
import org.tabled.testing.Councils;
import org.tabled.testing.Sites;

/**
 * Only a file inside a committee's {@code meetings/} folder belongs to that committee's meetings
 * alone; every other file, the committee's own included, is read by every meeting. A paper's folder
 * is told exactly.
 */
class MeetingInputsTest {

  @Test
  void aFileBelongsToOneCommitteeOnlyInsideItsMeetingsFolder() {
    assertEquals(
        Optional.of("audit"),
        MeetingInputs.committeeOf("committees/audit/meetings/2026-01-14/papers/r1/paper.md"));
    assertEquals(
        Optional.of("audit"), MeetingInputs.committeeOf("committees/audit/meetings/2026-01-14"));
    for (String shared :
        new String[] {
          "site.yaml",
          "people/amara-osei.yaml",
          "assets/logo.png",
          "committees/audit/committee.yaml",
          "committees/audit/meetings",
          "committees/audit/work-programme.yaml",
          "committees/audit/tracker/meetings/x.md",
          "pages/meetings/about.md",
          "committees",
        }) {
      assertEquals(Optional.empty(), MeetingInputs.committeeOf(shared), shared);
    }
  }

  @Test
  void onlyAPapersOwnFolderIsAPaperFolder() {
    assertTrue(
        MeetingInputs.isPaperFolder("committees/audit/meetings/2026-01-14/papers/r1", "audit"));
    for (String not :
        new String[] {
          "committees/audit/meetings/2026-01-14", // the meeting's own files: meeting.yaml, minutes
          "committees/audit/meetings/2026-01-14/papers",
          "committees/audit/meetings/2026-01-14/papers/r1/charts",
          "committees/audit/meetings/2026-01-14/minutes/r1",
          "committees/other/meetings/2026-01-14/papers/r1",
          "committees/audit/meetings/../papers/r1",
          "committees/audit/meetings/2026-01-14/papers/..",
          "committees/audit/meetings//papers/r1",
        }) {
      assertFalse(MeetingInputs.isPaperFolder(not, "audit"), not);
    }
  }

  @Test
  void withoutPdfsTheMeetingsAreNotDigestedAndTheCommitteesAreAsWithThem(@TempDir Path tmp)
      throws Exception {
    Path content = Councils.example();
    PublishedCouncil pub = Councils.publish(content, Sites.EXAMPLE_AS_OF);
    Map<String, String> files =
        InputDigest.digests(Map.of("content", content), tmp.resolve("stat"), false)
            .orElseThrow()
            .files()
            .get("content");
    MeetingInputs.Digests with = MeetingInputs.of(content, files, pub, true);
    MeetingInputs.Digests without = MeetingInputs.of(content, files, pub, false);
    assertFalse(with.meetings().isEmpty());
    assertTrue(without.meetings().isEmpty(), "only the PDF stage reads them");
    assertEquals(with.committees(), without.committees());
    assertEquals(with.meetings(), MeetingInputs.of(content, files, pub).meetings());
    assertFalse(Files.exists(tmp.resolve("stat")), "nothing saved");
  }
}
