package org.tabled.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.model.AgendaItem;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.testing.Councils;

/**
 * Which pack each item and paper of the example council is published in (issue 15): the agenda pack
 * keeps the agenda as published; a paper published later and an item added later go in the
 * supplementary agenda of their day, numbered in date order, and appear only from that day.
 */
class PacksTest {

  private static final MeetingId DECEMBER =
      new MeetingId(new CommitteeId("children-scrutiny"), LocalDate.of(2026, 12, 1));
  private static final String YAML =
      "committees/children-scrutiny/meetings/2026-12-01/meeting.yaml";

  private static Meeting whole(Path content) {
    return Councils.resolved(content).council().meeting(DECEMBER).orElseThrow();
  }

  private static List<Integer> numbers(Packs.Pack p) {
    return p.items().stream().map(AgendaItem::number).toList();
  }

  @Test
  void aPaperPublishedAfterItsAgendaIsInASupplementOfItsDay() {
    List<Packs.Pack> packs = Packs.of(whole(Councils.example()));
    assertEquals(2, packs.size());
    Packs.Pack agenda = packs.get(0);
    assertEquals(LocalDate.of(2026, 11, 20), agenda.date());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7), numbers(agenda), "every item of the agenda as published");
    assertEquals(
        List.of(new PaperId("social-care-workforce"), new PaperId("work-programme-december-2026")),
        agenda.papers(),
        "not the report published later");
    Packs.Pack s = packs.get(1);
    assertTrue(s.id().isSupplement());
    assertEquals(1, s.id().supplement());
    assertEquals(LocalDate.of(2026, 11, 27), s.date());
    assertEquals(List.of(5), numbers(s));
    assertEquals(List.of(new PaperId("youth-voice-final-report")), s.papers());
  }

  @Test
  void theAudienceSeesASupplementFromItsDayOnly() {
    assertEquals(
        1, Councils.publish(Councils.example(), LocalDate.of(2026, 11, 26)).packs(DECEMBER).size());
    List<Packs.Pack> on =
        Councils.publish(Councils.example(), LocalDate.of(2026, 11, 27)).packs(DECEMBER);
    assertEquals(2, on.size());
    assertEquals(List.of(new PaperId("youth-voice-final-report")), on.get(1).papers());
    assertEquals(
        List.of(),
        Councils.publish(Councils.example(), LocalDate.of(2026, 11, 19)).packs(DECEMBER),
        "nothing before the agenda");
  }

  @Test
  void lateItemsMakeSupplementsNumberedInDateOrder() {
    String aob = "    purpose: To consider any other business which the Chair considers urgent.\n";
    Path content =
        Councils.edited(
            Councils.example(),
            YAML,
            aob,
            aob
                + "  - number: 8\n    title: Leisure centre roof\n    purpose: To note the repairs.\n    kind: verbal\n"
                + "    added: 2026-11-30\n    urgency: the contractor's price holds only until 4 December 2026\n"
                + "  - number: 9\n    title: School transport\n    purpose: To note the changes.\n    kind: verbal\n"
                + "    added: 2026-11-24\n");
    List<Packs.Pack> packs = Packs.of(whole(content));
    assertEquals(4, packs.size());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7),
        numbers(packs.get(0)),
        "late items are not in the agenda pack");
    assertEquals(LocalDate.of(2026, 11, 24), packs.get(1).date());
    assertEquals(List.of(9), numbers(packs.get(1)));
    assertEquals(List.of(5), numbers(packs.get(2)));
    assertEquals(List.of(8), numbers(packs.get(3)));
    assertEquals(3, packs.get(3).id().supplement());
    // the public sees a late item, its title included, from the day it was added
    PublishedCouncil before = Councils.publish(content, LocalDate.of(2026, 11, 23));
    assertTrue(
        before.council().meeting(DECEMBER).orElseThrow().item(9).isEmpty(),
        "not before it is added");
    PublishedCouncil after = Councils.publish(content, LocalDate.of(2026, 11, 24));
    assertTrue(after.council().meeting(DECEMBER).orElseThrow().item(9).isPresent());
    assertEquals(2, after.packs(DECEMBER).size());
  }
}
