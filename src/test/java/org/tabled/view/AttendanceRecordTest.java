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
