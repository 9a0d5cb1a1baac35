package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.Appendix;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;
import org.tabled.publish.Audience;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * Where each kind of target is on the website, and when it is not there: the one answer the
 * website's links and the PDFs' links to the website share. The PDF used to link officers to {@code
 * people/ID/} pages the site does not have, and every generated appendix to a page whether or not
 * it existed.
 */
class AddressesTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final CommitteeId AUDIT = new CommitteeId("audit");
  private static final MeetingId MARCH = new MeetingId(AUDIT, LocalDate.of(2025, 3, 4));
  private static final MeetingId JUNE = new MeetingId(AUDIT, LocalDate.of(2025, 6, 10));
  private static final MeetingId JULY = new MeetingId(AUDIT, LocalDate.of(2025, 7, 22));
  private static final LocalDate DAY = LocalDate.of(2025, 6, 5);

  private static Addresses golden() {
    return new Addresses(Councils.publish(GOLDEN, DAY));
  }

  @Test
  void officersAndGuestsHaveNoPageCouncillorsAndMembersDo() {
    Addresses a = golden();
    assertEquals(
        Optional.empty(), a.of(new RefTarget.Person(new PersonId("tomas-reyes"))), "an officer");
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Person(new PersonId("iris-mott"))),
        "an external guest");
    assertEquals(
        Optional.of("people/finn-lowry/"), a.of(new RefTarget.Person(new PersonId("finn-lowry"))));
    assertEquals(
        Optional.of("people/hal-brennan/"),
        a.of(new RefTarget.Person(new PersonId("hal-brennan"))),
        "a co-opted member");
    assertTrue(a.peopleWithPages().contains(new PersonId("ada-quill")));
    assertFalse(a.peopleWithPages().contains(new PersonId("ines-marlow")), "the committee officer");
  }

  @Test
  void theOfficerNamedInTheExamplesDecemberPackHasNoPage() {
    Addresses a = new Addresses(Councils.publish(Councils.example(), LocalDate.of(2026, 11, 23)));
    assertEquals(Optional.empty(), a.of(new RefTarget.Person(new PersonId("claire-hennessy"))));
  }

  @Test
  void meetingsAreListedButTheirItemsWaitForTheAgenda() {
    Addresses a = golden();
    assertEquals(
        Optional.of("committees/audit/2025-07-22/"),
        a.of(new RefTarget.Meeting(JULY)),
        "every meeting has a page, agenda or not");
    assertEquals(
        Optional.empty(), a.of(new RefTarget.Item(JULY, 2)), "its agenda is published on 14 July");
    assertEquals(
        Optional.of("committees/audit/2025-06-10/#item-4"), a.of(new RefTarget.Item(JUNE, 4)));
    assertEquals(Optional.empty(), a.of(new RefTarget.Item(JUNE, 99)), "no such item");
  }

  @Test
  void papersAndTheirPartsOnlyWhenPublic() {
    Addresses a = golden();
    PaperId treasury = new PaperId("treasury-review");
    assertEquals(
        Optional.of("committees/audit/2025-03-04/treasury-review/"),
        a.of(new RefTarget.Paper(MARCH, treasury)));
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Paper(MARCH, new PaperId("supplier-dispute"))),
        "Part 2");
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Paper(JUNE, new PaperId("annual-audit-opinion"))),
        "published on 9 June");
    assertEquals(
        Optional.of("committees/audit/2025-03-04/treasury-review/#para-2-1"),
        a.of(new RefTarget.Paragraph(MARCH, treasury, "2.1")));
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Paragraph(MARCH, treasury, "9.9")),
        "no such paragraph");
    assertEquals(
        Optional.of("committees/audit/2025-03-04/treasury-review/appendix-1/"),
        a.of(new RefTarget.Appendix(MARCH, treasury, "1")));
    assertEquals(
        Optional.of("committees/audit/2025-03-04/treasury-review/appendix-2.pdf"),
        a.of(new RefTarget.Appendix(MARCH, treasury, "2")));
    assertEquals(
        Optional.empty(), a.of(new RefTarget.Appendix(MARCH, treasury, "7")), "no such appendix");
  }

  @Test
  void aWorkProgrammeLinkNeedsTheYearToExist() {
    Addresses a = golden();
    assertEquals(
        Optional.of("committees/audit/work-programme/2025-26/"),
        a.generated(AUDIT, LocalDate.of(2025, 9, 1), Appendix.Generated.WORK_PROGRAMME));
    assertEquals(
        Optional.empty(),
        a.generated(AUDIT, LocalDate.of(2027, 9, 1), Appendix.Generated.WORK_PROGRAMME),
        "no work programme for 2027-28");
    assertEquals(
        Optional.of("committees/audit/tracker/"),
        a.generated(AUDIT, LocalDate.of(2027, 9, 1), Appendix.Generated.TRACKER));
  }

  @Test
  void aTrackerEntryOnlyOnceItsMinutesArePublished() {
    RefTarget entry = new RefTarget.Tracker(AUDIT, new OutcomeId("audit-refinancing-options"));
    assertEquals(
        Optional.of("committees/audit/tracker/#audit-refinancing-options"), golden().of(entry));
    Path draft =
        Councils.edited(
            GOLDEN,
            "committees/audit/meetings/2025-03-04/minutes.md",
            "status: approved",
            "status: draft");
    // Before 2 June, when the agenda that asks the committee to approve the draft is published.
    assertEquals(
        Optional.empty(),
        new Addresses(Councils.publish(draft, LocalDate.of(2025, 6, 1))).of(entry));
  }

  @Test
  void membersPacksLinkToThePublicWebsite() {
    PublishedCouncil members = Councils.publish(GOLDEN, DAY, Audience.CONFIDENTIAL);
    assertTrue(
        members
            .council()
            .meeting(MARCH)
            .orElseThrow()
            .paper(new PaperId("supplier-dispute"))
            .isPresent());
    Addresses a = new Addresses(members);
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Paper(MARCH, new PaperId("supplier-dispute"))),
        "the public website has no page for a Part 2 paper");
    assertEquals(
        Optional.empty(),
        a.of(new RefTarget.Item(JULY, 2)),
        "nor the items of an agenda not published");
  }
}
