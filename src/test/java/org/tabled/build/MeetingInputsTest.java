package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.Appendix;
import org.tabled.model.CommitteeId;
import org.tabled.model.CoverSheet;
import org.tabled.model.Markdown;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PaperLayout;
import org.tabled.source.SourcePos;

/**
 * Only a file inside a committee's {@code meetings/} folder belongs to that committee's meetings
 * alone; every other file, the committee's own included, is read by every meeting. A paper's folder
 * is told exactly, and another meeting reads a paper by everything but its texts.
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
  void anotherMeetingReadsAPaperByAllButItsTexts() {
    Paper p = paper("Budget monitoring", "The forecast is balanced.", "A table of figures.");
    String outline = MeetingInputs.withoutText(p);
    assertEquals(
        outline,
        MeetingInputs.withoutText(paper("Budget monitoring", "The forecast is not.", "Other.")));
    assertFalse(outline.contains("forecast") || outline.contains("figures"), outline);
    // what another meeting prints of it changes the outline: its title, its appendices' titles
    assertNotEquals(
        outline,
        MeetingInputs.withoutText(
            paper("Budget outturn", "The forecast is balanced.", "A table of figures.")));
    Paper appendixRetitled =
        new Paper(
            p.id(),
            p.meeting(),
            p.title(),
            p.layout(),
            p.cover(),
            p.body(),
            List.of(
                new Appendix(
                    "1",
                    "Figures by service",
                    p.appendices().get(0).source(),
                    false,
                    SourcePos.file("a.md"))),
            p.confidential(),
            p.published(),
            p.dir(),
            p.pos(),
            p.digest());
    assertNotEquals(outline, MeetingInputs.withoutText(appendixRetitled));
  }

  private static Paper paper(String title, String body, String appendix) {
    Path dir = Path.of("committees/audit/meetings/2026-01-14/papers/r1");
    return new Paper(
        new PaperId("r1"),
        new MeetingId(new CommitteeId("audit"), LocalDate.of(2026, 1, 14)),
        title,
        PaperLayout.REPORT,
        new CoverSheet("General Release", "Director", List.of(), List.of(), "", false, List.of()),
        new Markdown(body, new SourcePos("paper.md", 5, 1), dir),
        List.of(
            new Appendix(
                "1",
                "Figures",
                new Appendix.MarkdownSource(new Markdown(appendix, SourcePos.file("a.md"), dir)),
                false,
                SourcePos.file("a.md"))),
        false,
        Optional.empty(),
        dir,
        SourcePos.file("paper.md"),
        "digest of " + body + appendix);
  }
}
