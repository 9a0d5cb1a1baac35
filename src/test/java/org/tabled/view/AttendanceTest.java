package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Role;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * Names with what follows them in brackets, one wording for the minutes page and the minutes in a
 * pack. The website used to write "substitute for Councillor …" and "Director, online" where the
 * pack wrote "(substitute for …)" and "(Director) (online)".
 */
class AttendanceTest {

  private static Attendance attendance(Path content, String committee, LocalDate day) {
    Council council = Councils.resolved(content).council();
    Committee c = council.committee(new CommitteeId(committee)).orElseThrow();
    Meeting m = council.meeting(new MeetingId(c.id(), day)).orElseThrow();
    return Attendance.of(m.minutes().orElseThrow(), m, c, council);
  }

  private static List<String> labels(List<Attendance.Line> lines) {
    return lines.stream().map(Attendance.Line::label).toList();
  }

  @Test
  void theChairFirstAndASubstituteSaysWhom() {
    Attendance a = attendance(Fixtures.fixture("golden"), "audit", LocalDate.of(2025, 3, 4));
    assertEquals(
        List.of(
            "Ada Quill (Chair)",
            "Ben Okri-Hart (Vice-Chair)",
            "Elsa Pike (substitute for Councillor Dev Anand)"),
        labels(a.members()));
    assertEquals("substitute for Councillor Dev Anand", a.members().get(2).note());
    assertEquals(List.of("Gita Sol"), labels(a.coOpted()));
  }

  @Test
  void othersPresentWithTheirRoleOnTheDayAndWhetherOnline() {
    Attendance a = attendance(Fixtures.fixture("golden"), "audit", LocalDate.of(2025, 3, 4));
    assertEquals(
        "Iris Mott (Engagement Lead, external auditor, online)", a.alsoPresent().get(2).label());
    assertEquals("Engagement Lead, external auditor, online", a.alsoPresent().get(2).note());
  }

  @Test
  void theCommitteesOwnChairTitleIsUsed() {
    Attendance a =
        attendance(Fixtures.fixture("golden-pdf"), "environment", LocalDate.of(2026, 1, 20));
    assertEquals("Isla Brennock (Chairman)", a.members().get(0).label());
    assertEquals("Dev Sharma (Vice-Chairman)", a.members().get(1).label());
    assertEquals("Ravi Lund (Depots adviser, online)", a.alsoPresent().get(2).label());
  }

  @Test
  void officesAreStyledWithTheChairTitle() {
    Committee c =
        Councils.resolved(Fixtures.fixture("golden-pdf"))
            .council()
            .committee(new CommitteeId("environment"))
            .orElseThrow();
    assertEquals("Chairman", Names.office(c, Role.CHAIR));
    assertEquals("Vice-Chairman", Names.office(c, Role.VICE_CHAIR));
    assertEquals("", Names.office(c, Role.MEMBER));
    assertEquals("", Names.office(c, Role.SUBSTITUTE));
  }
}
