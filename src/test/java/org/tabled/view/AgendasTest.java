package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.AgendaItem;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.publish.Audience;
import org.tabled.publish.PublishedCouncil;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * Part 1 and Part 2, "To follow" and which item carries a paper: decided once for the meeting page
 * and the front sheet. The website used to say "To follow" only for papers, the front sheet for
 * minutes too, and the front sheet said it of a Part 2 item marked to follow.
 */
class AgendasTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final CommitteeId AUDIT = new CommitteeId("audit");
  private static final MeetingId MARCH = new MeetingId(AUDIT, LocalDate.of(2025, 3, 4));
  private static final MeetingId JUNE = new MeetingId(AUDIT, LocalDate.of(2025, 6, 10));

  private static String marker(PublishedCouncil pub, MeetingId id, int item) {
    Meeting m = pub.council().meeting(id).orElseThrow();
    return AgendaText.marker(pub, m, m.item(item).orElseThrow());
  }

  @Test
  void partTwoHoldsTheExemptItemsInOrder() {
    Meeting m =
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5)).council().meeting(MARCH).orElseThrow();
    Agendas.Parts parts = Agendas.parts(m);
    assertEquals(List.of(1, 2, 3, 4, 5), parts.part1().stream().map(AgendaItem::number).toList());
    assertEquals(List.of(6), parts.part2().stream().map(AgendaItem::number).toList());
  }

  @Test
  void aPaperPublishedAfterItsAgendaIsToFollowUntilItsDay() {
    assertEquals("To follow", marker(Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5)), JUNE, 4));
    assertEquals("", marker(Councils.publish(GOLDEN, LocalDate.of(2025, 6, 9)), JUNE, 4));
    assertEquals("", marker(Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5)), JUNE, 3));
  }

  @Test
  void minutesNotPublishedAreToFollowToo() {
    PublishedCouncil approved = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertEquals("", marker(approved, JUNE, 2));
    assertTrue(
        Agendas.minutesToApprove(
                approved,
                approved.council().meeting(JUNE).orElseThrow(),
                approved.council().meeting(JUNE).orElseThrow().item(2).orElseThrow())
            .isPresent());
    // Draft minutes are printed in the pack of the meeting asked to approve them: not "To follow".
    Path draft =
        Councils.edited(
            GOLDEN,
            "committees/audit/meetings/2025-03-04/minutes.md",
            "status: approved",
            "status: draft");
    assertEquals("", marker(Councils.publish(draft, LocalDate.of(2025, 6, 5)), JUNE, 2));
    // Minutes not written yet are: the March meeting here has no minutes.
    Path none =
        Councils.edited(
            GOLDEN,
            "committees/audit/meetings/2025-06-10/meeting.yaml",
            "minutes_of: 2025-03-04",
            "minutes_of: 2025-01-14");
    assertEquals("To follow", marker(Councils.publish(none, LocalDate.of(2025, 6, 5)), JUNE, 2));
    // members see the same: there is nothing to print
    assertEquals(
        "To follow",
        marker(Councils.publish(none, LocalDate.of(2025, 6, 5), Audience.CONFIDENTIAL), JUNE, 2));
  }

  @Test
  void aPartTwoItemNeverSaysMoreThanItsExemption() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertEquals(
        "", marker(pub, MARCH, 6), "its paper is not published, but it is not 'to follow' either");
    Path toFollow =
        Councils.edited(
            GOLDEN,
            "committees/audit/meetings/2025-03-04/meeting.yaml",
            "    exempt: 3\n    papers: [supplier-dispute]",
            "    exempt: 3\n    kind: to-follow");
    assertEquals("", marker(Councils.publish(toFollow, LocalDate.of(2025, 6, 5)), MARCH, 6));
    Path verbal =
        Councils.edited(
            GOLDEN,
            "committees/audit/meetings/2025-03-04/meeting.yaml",
            "    exempt: 3\n    papers: [supplier-dispute]",
            "    exempt: 3\n    kind: verbal");
    assertEquals("", marker(Councils.publish(verbal, LocalDate.of(2025, 6, 5)), MARCH, 6));
  }

  @Test
  void verbalAndToFollowItemsSaySo() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertEquals("Verbal update", marker(pub, MARCH, 4));
    assertEquals("To follow", marker(pub, MARCH, 5));
    assertEquals("", marker(pub, MARCH, 1), "an item with nothing attached");
  }

  @Test
  void theItemOfAPaperIsTheFirstThatListsIt() {
    Meeting m =
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5))
            .resolved()
            .council()
            .meeting(MARCH)
            .orElseThrow();
    assertEquals(
        Optional.of(3), Agendas.itemOf(m, new PaperId("treasury-review")).map(AgendaItem::number));
    assertEquals(
        Optional.of(6), Agendas.itemOf(m, new PaperId("supplier-dispute")).map(AgendaItem::number));
    assertEquals(Optional.empty(), Agendas.itemOf(m, new PaperId("internal-audit-plan")));
  }

  @Test
  void thePartTwoNoteCitesTheScheduleAndSaysWhereThePapersAre() {
    String pub = Agendas.part2Note(false);
    String members = Agendas.part2Note(true);
    assertTrue(pub.contains("Part 1 of Schedule 12A to the Local Government Act 1972"), pub);
    assertTrue(pub.endsWith("Their papers are not published."), pub);
    assertTrue(
        members.endsWith("Their papers are in this pack for members only and must not be shared."),
        members);
  }
}
