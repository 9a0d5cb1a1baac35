package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.WorkProgramme;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * A work programme's year, the agenda item that took each topic, and its leads: web and print
 * alike.
 */
class WorkProgrammesTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final MeetingId JUNE =
      new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 6, 10));

  private static WorkProgramme.Topic topic(PublishedCouncil pub, String title) {
    Committee c = pub.council().committee(new CommitteeId("audit")).orElseThrow();
    return WorkProgrammes.of(pub, c, LocalDate.of(2025, 6, 10)).orElseThrow().rounds().stream()
        .flatMap(r -> r.topics().stream())
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theProgrammeOfTheMunicipalYear() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    Committee c = pub.council().committee(new CommitteeId("audit")).orElseThrow();
    assertEquals(
        "2025-26", WorkProgrammes.of(pub, c, LocalDate.of(2025, 5, 20)).orElseThrow().year());
    assertEquals(
        "2024-25", WorkProgrammes.of(pub, c, LocalDate.of(2025, 3, 4)).orElseThrow().year());
    assertEquals(Optional.empty(), WorkProgrammes.of(pub, c, LocalDate.of(2030, 1, 1)));
  }

  @Test
  void aTopicNamesItsItemOnceTheAgendaIsPublishedEvenIfThePaperIsNotYet() {
    PublishedCouncil june5 = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    Optional<RefTarget.Item> item =
        WorkProgrammes.item(june5, topic(june5, "Annual audit opinion"));
    assertEquals(Optional.of(new RefTarget.Item(JUNE, 4)), item);
    assertEquals("Item 4, 10 June 2025", WorkProgrammes.itemText(june5, item.get()));
    PublishedCouncil june1 = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 1));
    assertEquals(
        Optional.empty(), WorkProgrammes.item(june1, topic(june1, "Annual audit opinion")));
    assertEquals(
        Optional.empty(),
        WorkProgrammes.item(june5, topic(june5, "Annual treasury report")),
        "no paper");
  }

  @Test
  void leadsWithTheirRolesOnTheDay() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    List<String> leads =
        WorkProgrammes.leads(
                pub.council(), topic(pub, "Annual treasury report"), LocalDate.of(2025, 7, 22))
            .stream()
            .map(WorkProgrammes.Lead::label)
            .toList();
    assertEquals(2, leads.size());
    assertTrue(leads.get(0).startsWith("Councillor Finn Lowry"), leads.toString());
  }

  @Test
  void aLeadMayBeARoleOrOrganisationInWordsInTheOrderWritten() {
    // issue 12 §5: "Director of Housing", "Riverside Police" lead topics as well as people
    Path edited =
        Councils.edited(
            GOLDEN,
            "committees/audit/work-programme/2025-26.yaml",
            "        leads: [finn-lowry, tomas-reyes]\n",
            "        leads: [finn-lowry, {text: Riverside Police}, tomas-reyes]\n");
    PublishedCouncil pub = Councils.publish(edited, LocalDate.of(2025, 6, 5));
    List<String> leads =
        WorkProgrammes.leads(
                pub.council(), topic(pub, "Annual treasury report"), LocalDate.of(2025, 7, 22))
            .stream()
            .map(WorkProgrammes.Lead::label)
            .toList();
    assertEquals(3, leads.size(), leads.toString());
    assertTrue(leads.get(0).startsWith("Councillor Finn Lowry"), leads.toString());
    assertEquals("Riverside Police", leads.get(1));
    assertTrue(leads.get(2).startsWith("Tomas Reyes"), leads.toString());
  }
}
