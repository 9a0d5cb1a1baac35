package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PersonId;
import org.tabled.publish.PublishedCouncil;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * People who are not members (cabinet members, officers, guests) expected at a meeting, present or
 * sending apologies are listed apart from the members, in the one order and wording the packs and
 * the website share, and never counted as a member's attendance (issue 12 §2). Members are listed
 * as {@code member_order} says: as written by default, by office, or by surname.
 */
class NonMemberAttendanceTest {

  private static final Path CONVENTIONS = Fixtures.fixture("conventions");
  private static final LocalDate MARCH = LocalDate.of(2016, 3, 21);
  private static final LocalDate AS_OF = LocalDate.of(2016, 5, 3);

  private static Attendance march(Council council) {
    Committee c = council.committee(new CommitteeId("children-leisure")).orElseThrow();
    Meeting m = council.meeting(new MeetingId(c.id(), MARCH)).orElseThrow();
    return Attendance.of(m.minutes().orElseThrow(), m, c, council);
  }

  private static List<String> labels(List<Attendance.Line> lines) {
    return lines.stream().map(Attendance.Line::label).toList();
  }

  @Test
  void othersApologiesAreListedApartUnderTheirOwnHeading() {
    Council council = Councils.resolved(CONVENTIONS).council();
    Attendance a = march(council);
    List<Attendance.Section> sections = a.sections(council.site().houseStyle());
    assertEquals(
        List.of(
            "Councillors present",
            "Elected voting representatives present",
            "Co-opted voting representatives present",
            "Co-opted non-voting representatives present",
            "Also present",
            "Apologies for absence",
            "Apologies from others"),
        sections.stream().map(Attendance.Section::heading).toList());
    assertEquals(
        List.of("Councillor Nadia Okonjo (Cabinet Member for Children and Young People)"),
        labels(a.alsoApologies()));
    assertEquals(List.of("Councillor Owen Fairbairn"), labels(a.apologies()));
    assertTrue(
        labels(a.alsoPresent()).stream().noneMatch(l -> l.contains("Okonjo")),
        "apologies are not presence");
  }

  @Test
  void membersPrintInTheOrderWrittenInCommitteeYamlNotTheOrderMinuted() {
    Attendance a = march(Councils.resolved(CONVENTIONS).council());
    // The minutes write Priti Dhanoa before Gareth Llewellyn; committee.yaml the other way round.
    assertEquals(
        List.of("Rosalind Achebe (Chairman)", "Gareth Llewellyn", "Priti Dhanoa"),
        labels(a.groups().get(0).present()));
  }

  @Test
  void nonMembersAttendanceIsNeverCountedAsCommitteeAttendance() {
    PublishedCouncil pub = Councils.publish(CONVENTIONS, AS_OF);
    AttendanceRecord.Line nadia =
        AttendanceRecord.lines(pub, new PersonId("nadia-okonjo")).stream()
            .filter(l -> l.meeting().date().equals(MARCH))
            .findFirst()
            .orElseThrow();
    assertEquals(AttendanceRecord.Result.APOLOGIES_IN_ATTENDANCE, nadia.result());
    assertFalse(nadia.expected());
    AttendanceRecord.Year year =
        AttendanceRecord.years(List.of(nadia), pub.council().site().houseStyle()).get(0);
    assertEquals(0, year.expected());
    assertEquals(0, year.apologies());
    assertEquals(-1, year.percent());
    AttendanceRecord.Line clive =
        AttendanceRecord.lines(pub, new PersonId("clive-ambrose")).stream()
            .filter(l -> l.meeting().date().equals(MARCH))
            .findFirst()
            .orElseThrow();
    assertEquals(AttendanceRecord.Result.IN_ATTENDANCE, clive.result());
    assertFalse(clive.expected());
  }

  @Test
  void theMeetingRecordsWhoIsExpectedWhoIsNotAMember() {
    Council council = Councils.resolved(CONVENTIONS).council();
    Meeting may =
        council
            .meeting(new MeetingId(new CommitteeId("children-leisure"), LocalDate.of(2016, 5, 9)))
            .orElseThrow();
    assertEquals(
        List.of(
            "Councillor Nadia Okonjo (Cabinet Member for Children and Young People)",
            "Councillor Clive Ambrose (Cabinet Member for Sport, Leisure and Culture, for item 6)",
            "Lena Varga (Director of Leisure and Culture)"),
        labels(Attendance.others(may.alsoExpected(), may.date(), council)));
  }

  private static List<String> councillors(String order) {
    Path golden = Fixtures.fixture("golden-pdf");
    Path content =
        order.equals("office")
            ? golden
            : Councils.edited(
                golden,
                "committees/environment/committee.yaml",
                "member_order: office",
                order.isEmpty() ? "" : "member_order: " + order);
    Council council = Councils.resolved(content).council();
    Committee c = council.committee(new CommitteeId("environment")).orElseThrow();
    return Roster.of(c, LocalDate.of(2026, 1, 20), council).councillors().stream()
        .map(Roster.Member::label)
        .toList();
  }

  @Test
  void memberOrderIsAsWrittenByDefaultOrByOfficeOrBySurname() {
    // committee.yaml writes the vice-chair first.
    List<String> written =
        List.of(
            "Dev Sharma (Vice-Chairman)",
            "Isla Brennock (Chairman)",
            "Olu Adeyinka",
            "Hettie Marsh");
    assertEquals(written, councillors(""), "the default");
    assertEquals(written, councillors("written"));
    assertEquals(
        List.of(
            "Isla Brennock (Chairman)",
            "Dev Sharma (Vice-Chairman)",
            "Olu Adeyinka",
            "Hettie Marsh"),
        councillors("office"));
    assertEquals(
        List.of(
            "Olu Adeyinka",
            "Isla Brennock (Chairman)",
            "Hettie Marsh",
            "Dev Sharma (Vice-Chairman)"),
        councillors("alphabetical"));
  }
}
