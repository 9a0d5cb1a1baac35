package org.tabled.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Another meeting reads a paper by everything but its texts: its outline does not change with its
 * body or its appendices' texts, and does with its title and its appendices' titles.
 */
class PaperOutlineTest {

  @Test
  void anotherMeetingReadsAPaperByAllButItsTexts() {
    Paper p = paper("Budget monitoring", "The forecast is balanced.", "A table of figures.");
    String outline = PaperOutline.text(p);
    assertEquals(
        outline, PaperOutline.text(paper("Budget monitoring", "The forecast is not.", "Other.")));
    assertFalse(outline.contains("forecast") || outline.contains("figures"), outline);
    // what another meeting prints of it changes the outline: its title, its appendices' titles
    assertNotEquals(
        outline,
        PaperOutline.text(
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
    assertNotEquals(outline, PaperOutline.text(appendixRetitled));
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
