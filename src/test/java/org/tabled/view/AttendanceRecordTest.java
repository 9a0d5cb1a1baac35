package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.model.PersonId;
import org.tabled.publish.PublishedCouncil;
import org.tabled.testing.Councils;

/**
 * A councillor's attendance, derived from the published minutes of every committee (issue 16):
 * expected while a sitting member, present, apologies (with whoever substituted), absent, and
 * attendance in another member's place counted apart; by municipal year.
 */
class AttendanceRecordTest {

  private static final Path EXAMPLE = Councils.example();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  @Test
  void everyonesLinesInOnePassAreThoseAskedForOneByOne() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    java.util.Map<PersonId, List<AttendanceRecord.Line>> all = AttendanceRecord.byPerson(pub);
    int people = 0;
    for (org.tabled.model.Person p : pub.council().people()) {
      assertEquals(oneByOne(pub, p.id()), all.getOrDefault(p.id(), List.of()), p.id().value());
      people += all.containsKey(p.id()) ? 1 : 0;
    }
    assertTrue(people > 5, "people with lines: " + people);
    assertTrue(
        all.keySet().stream()
            .allMatch(id -> pub.council().people().stream().anyMatch(p -> p.id().equals(id))),
        "lines only of people the council lists: " + all.keySet());
  }

  /** Each meeting asked about one person, as the record was first worked out. */
  private static List<AttendanceRecord.Line> oneByOne(PublishedCouncil pub, PersonId person) {
    List<AttendanceRecord.Line> out = new java.util.ArrayList<>();
    for (org.tabled.model.Committee c : pub.council().committees()) {
      for (org.tabled.model.Meeting m : c.meetings()) {
        if (m.minutes().isEmpty()) {
          continue;
        }
        org.tabled.model.Minutes min = m.minutes().get();
        boolean member =
            c.membersOn(m.date()).stream().anyMatch(s -> s.sits() && s.person().equals(person));
        AttendanceRecord.Result r;
        if (min.present().contains(person)) {
          r = member ? AttendanceRecord.Result.PRESENT : AttendanceRecord.Result.SUBSTITUTE;
        } else if (member
            && (min.apologies().contains(person)
                || min.substitutions().stream().anyMatch(x -> x.member().equals(person)))) {
          r = AttendanceRecord.Result.APOLOGIES;
        } else if (member) {
          r = AttendanceRecord.Result.ABSENT;
        } else if (min.alsoPresent().stream().anyMatch(a -> a.person().equals(person))) {
          r = AttendanceRecord.Result.IN_ATTENDANCE;
        } else if (min.alsoApologies().stream().anyMatch(a -> a.person().equals(person))) {
          r = AttendanceRecord.Result.APOLOGIES_IN_ATTENDANCE;
        } else {
          continue;
        }
        java.util.Optional<PersonId> other =
            r == AttendanceRecord.Result.SUBSTITUTE
                ? min.substitutions().stream()
                    .filter(x -> x.substitute().equals(person))
                    .map(org.tabled.model.Minutes.Substitution::member)
                    .findFirst()
                : r == AttendanceRecord.Result.APOLOGIES
                    ? min.substitutions().stream()
                        .filter(x -> x.member().equals(person))
                        .map(org.tabled.model.Minutes.Substitution::substitute)
                        .findFirst()
                    : java.util.Optional.empty();
        out.add(new AttendanceRecord.Line(c, m, r, other));
      }
    }
    out.sort(
        java.util.Comparator.comparing((AttendanceRecord.Line l) -> l.meeting().date())
            .reversed()
            .thenComparing(l -> l.committee().title()));
    return out;
  }

  @Test
  void aMemberWhoSentApologiesAndWasSubstituted() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    List<AttendanceRecord.Line> lines = AttendanceRecord.lines(pub, new PersonId("aisha-siddiqui"));
    AttendanceRecord.Line october =
        lines.stream()
            .filter(l -> l.meeting().date().equals(LocalDate.of(2026, 10, 6)))
            .findFirst()
            .orElseThrow();
    assertEquals(AttendanceRecord.Result.APOLOGIES, october.result());
    assertEquals("grace-adebayo", october.substituteFor().orElseThrow().value());
    assertTrue(october.expected());
  }

  @Test
  void aSubstituteIsCountedApartFromWhatWasExpected() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    List<AttendanceRecord.Line> lines = AttendanceRecord.lines(pub, new PersonId("grace-adebayo"));
    AttendanceRecord.Line october =
        lines.stream()
            .filter(l -> l.meeting().date().equals(LocalDate.of(2026, 10, 6)))
            .findFirst()
            .orElseThrow();
    assertEquals(AttendanceRecord.Result.SUBSTITUTE, october.result());
    assertEquals("aisha-siddiqui", october.substituteFor().orElseThrow().value());
    AttendanceRecord.Year y =
        AttendanceRecord.years(lines).stream()
            .filter(x -> x.year().equals("2026-27"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, y.asSubstitute());
    assertEquals(y.present() + y.apologies() + y.absent(), y.expected());
  }

  @Test
  void yearsAreMunicipalNewestFirstAndAddUp() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    List<AttendanceRecord.Line> lines = AttendanceRecord.lines(pub, new PersonId("priya-chandran"));
    List<AttendanceRecord.Year> years = AttendanceRecord.years(lines);
    assertEquals(
        List.of("2026-27", "2025-26"), years.stream().map(AttendanceRecord.Year::year).toList());
    assertEquals(3, years.get(0).expected());
    assertEquals(100, years.get(0).percent());
    assertEquals(
        lines.stream().filter(AttendanceRecord.Line::expected).count(),
        years.stream().mapToInt(AttendanceRecord.Year::expected).sum());
  }

  @Test
  void unpublishedMinutesCountForNobody() {
    Path draft =
        Councils.edited(
            EXAMPLE,
            "committees/communities-scrutiny/meetings/2026-10-06/minutes.md",
            "publish: true",
            "publish: false");
    List<AttendanceRecord.Line> lines =
        AttendanceRecord.lines(Councils.publish(draft, AS_OF), new PersonId("aisha-siddiqui"));
    assertTrue(
        lines.stream().noneMatch(l -> l.meeting().date().equals(LocalDate.of(2026, 10, 6))),
        lines.toString());
  }
}
