package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
