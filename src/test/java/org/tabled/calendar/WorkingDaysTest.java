package org.tabled.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.Deadline;
import org.tabled.model.Jurisdiction;
import org.tabled.source.SourcePos;

/**
 * The bank-holiday tables shipped from GOV.UK and the count of clear working days (issue 15). The
 * expected days are the law's and the proclamations', checked by hand, not read from the table.
 */
class WorkingDaysTest {

  private static final SourcePos AT = SourcePos.file("content/site.yaml");

  private static WorkingDays days(Jurisdiction where, Deadline.Closure... closures) {
    return new WorkingDays(new Deadline(5, where, List.of(closures), AT));
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void everyJurisdictionIsCoveredFrom2016To2028() {
    for (Jurisdiction j : Jurisdiction.values()) {
      for (int y = 2016; y <= 2028; y++) {
        int year = y;
        long n = BankHolidays.all(j).keySet().stream().filter(x -> x.getYear() == year).count();
        assertTrue(n >= 8, j + " " + y + " has only " + n + " bank holidays");
        assertTrue(BankHolidays.covers(j, y), j + " " + y);
      }
      assertFalse(BankHolidays.covers(j, 2015));
      assertEquals(2028, BankHolidays.lastYear(j));
      // GOV.UK lists no bank holiday on a weekend: a holiday that falls on one is moved to a
      // weekday
      for (LocalDate x : BankHolidays.all(j).keySet()) {
        assertTrue(
            x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY,
            j + " " + x);
      }
    }
  }

  @Test
  void knownDaysOfEachJurisdiction() {
    // substitute days: Boxing Day 2026 is a Saturday, so Monday 28 December
    assertEquals(
        Optional.of("Boxing Day"),
        BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2026-12-28")));
    assertEquals(
        Optional.empty(), BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2026-12-26")));
    // the coronation of 2023 and the State Funeral of 2022, added to the years they fell in
    assertTrue(BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2023-05-08")).isPresent());
    assertTrue(BankHolidays.on(Jurisdiction.SCOTLAND, d("2022-09-19")).isPresent());
    // Scotland: 2 January and St Andrew's Day, and no Easter Monday
    assertEquals(
        Optional.of("2nd January"), BankHolidays.on(Jurisdiction.SCOTLAND, d("2026-01-02")));
    assertTrue(BankHolidays.on(Jurisdiction.SCOTLAND, d("2025-12-01")).isPresent());
    assertTrue(BankHolidays.on(Jurisdiction.SCOTLAND, d("2025-04-21")).isEmpty());
    assertTrue(BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2026-01-02")).isEmpty());
    // Northern Ireland: St Patrick's Day and the Battle of the Boyne
    assertTrue(BankHolidays.on(Jurisdiction.NORTHERN_IRELAND, d("2027-03-17")).isPresent());
    assertTrue(BankHolidays.on(Jurisdiction.NORTHERN_IRELAND, d("2025-07-14")).isPresent());
    assertTrue(BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2025-07-14")).isEmpty());
    // Easter moves: Good Friday 2016 was 25 March, 2028 is 14 April
    assertEquals(
        Optional.of("Good Friday"),
        BankHolidays.on(Jurisdiction.ENGLAND_AND_WALES, d("2016-03-25")));
    assertEquals(
        Optional.of("Good Friday"),
        BankHolidays.on(Jurisdiction.NORTHERN_IRELAND, d("2028-04-14")));
  }

  @Test
  void theTableHasEnglandAndWalesEightDaysInAnOrdinaryYear() {
    Map<LocalDate, String> all = BankHolidays.all(Jurisdiction.ENGLAND_AND_WALES);
    List<LocalDate> y2025 = all.keySet().stream().filter(x -> x.getYear() == 2025).toList();
    assertEquals(
        List.of(
            d("2025-01-01"),
            d("2025-04-18"),
            d("2025-04-21"),
            d("2025-05-05"),
            d("2025-05-26"),
            d("2025-08-25"),
            d("2025-12-25"),
            d("2025-12-26")),
        y2025);
  }

  @Test
  void clearDaysCountNeitherEndNorWeekendsNorBankHolidays() {
    WorkingDays ew = days(Jurisdiction.ENGLAND_AND_WALES);
    // Monday to the next Monday: Tuesday to Friday
    assertEquals(4, ew.clearDays(d("2025-03-10"), d("2025-03-17")));
    // Friday to the next-but-one Monday: the five weekdays between
    assertEquals(5, ew.clearDays(d("2025-03-07"), d("2025-03-17")));
    // the early May bank holiday between
    assertEquals(3, ew.clearDays(d("2025-04-29"), d("2025-05-06")));
    // the same day, the next day: none
    assertEquals(0, ew.clearDays(d("2025-05-06"), d("2025-05-06")));
    assertEquals(0, ew.clearDays(d("2025-05-06"), d("2025-05-07")));
    // after the meeting: none
    assertEquals(0, ew.clearDays(d("2025-05-09"), d("2025-05-06")));
  }

  @Test
  void latestPublicationStepsBackOverHolidays() {
    WorkingDays ew = days(Jurisdiction.ENGLAND_AND_WALES);
    assertEquals(d("2025-04-25"), ew.latestPublication(d("2025-05-06"), 5));
    assertEquals(d("2025-03-07"), ew.latestPublication(d("2025-03-17"), 5));
    // Christmas and New Year: 24, 29, 30, 31 December and 2 January in England and Wales
    assertEquals(d("2025-12-23"), ew.latestPublication(d("2026-01-05"), 5));
    assertEquals(
        d("2025-12-22"), days(Jurisdiction.SCOTLAND).latestPublication(d("2026-01-05"), 5));
    for (LocalDate meeting = d("2025-01-06");
        meeting.isBefore(d("2026-01-31"));
        meeting = meeting.plusDays(1)) {
      LocalDate latest = ew.latestPublication(meeting, 5);
      assertTrue(ew.isWorkingDay(latest), latest + " for " + meeting);
      assertTrue(ew.clearDays(latest, meeting) >= 5, "by " + latest + " for " + meeting);
      LocalDate next = latest.plusDays(1);
      while (!ew.isWorkingDay(next)) {
        next = next.plusDays(1);
      }
      assertEquals(
          4, ew.clearDays(next, meeting), "the working day after " + latest + " for " + meeting);
    }
  }

  @Test
  void closuresAreNotWorkingDays() {
    WorkingDays closed =
        days(
            Jurisdiction.ENGLAND_AND_WALES,
            new Deadline.Closure(d("2025-12-29"), d("2025-12-31"), "Civic Centre closed"));
    assertEquals(
        Optional.of("a day the council is closed (Civic Centre closed)"),
        closed.notWorking(d("2025-12-30")));
    assertEquals(Optional.of("a bank holiday (Christmas Day)"), closed.notWorking(d("2025-12-25")));
    assertEquals(Optional.of("a Saturday"), closed.notWorking(d("2025-12-27")));
    assertEquals(2, closed.clearDays(d("2025-12-23"), d("2026-01-05")));
  }
}
