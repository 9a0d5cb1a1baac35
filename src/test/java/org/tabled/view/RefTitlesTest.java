package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;
import org.tabled.resolve.RefTarget;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * Titles of reference targets, and the neutral wording for a target on an agenda not published yet.
 */
class RefTitlesTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final CommitteeId AUDIT = new CommitteeId("audit");
  private static final MeetingId MARCH = new MeetingId(AUDIT, LocalDate.of(2025, 3, 4));
  private static final MeetingId JULY = new MeetingId(AUDIT, LocalDate.of(2025, 7, 22));

  @Test
  void titlesNameTheItemAndTheMeeting() {
    RefTitles t = new RefTitles(Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5)));
    assertEquals(
        "Item 3: Treasury management mid-year review 2024-25, 4 March 2025",
        t.title(new RefTarget.Paper(MARCH, new PaperId("treasury-review"))));
    assertEquals(
        "paragraph 2.1",
        t.shortTitle(new RefTarget.Paragraph(MARCH, new PaperId("treasury-review"), "2.1")));
    assertEquals(
        "Councillor Finn Lowry", t.title(new RefTarget.Person(new PersonId("finn-lowry"))));
    assertEquals(
        Optional.empty(),
        t.embargoed(new RefTarget.Tracker(AUDIT, new OutcomeId("audit-refinancing-options"))));
  }

  @Test
  void aTargetOnAnAgendaNotPublishedIsNamedOnlyByItsMeeting() {
    RefTarget item = new RefTarget.Item(JULY, 2);
    RefTitles before = new RefTitles(Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5)));
    assertEquals(
        Optional.of(
            "an item for the meeting of the Audit and Governance Committee on 22 July 2025"
                + " (not yet published)"),
        before.embargoed(item));
    assertEquals(
        Optional.empty(),
        before.embargoed(new RefTarget.Meeting(JULY)),
        "a meeting's date is public");
    assertEquals(
        Optional.empty(),
        new RefTitles(Councils.publish(GOLDEN, LocalDate.of(2025, 7, 14))).embargoed(item));
  }

  @Test
  void anAuthorsApostrophesAreTypographic() {
    assertEquals("the committee\u2019s meeting", RefTitles.apostrophes("the committee's meeting"));
    assertEquals("'quoted'", RefTitles.apostrophes("'quoted'"));
  }
}
