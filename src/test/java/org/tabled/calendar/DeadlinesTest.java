package org.tabled.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;

/**
 * {@code tabled check} warns when an agenda, or a late item or paper without a reason for urgency,
 * is published with fewer clear working days before its meeting than {@code site.yaml} requires
 * (issue 15). Each case adds a meeting to a copy of the minimal fixture council (whose own meetings
 * give exactly five clear days) and asserts the exact warning lines.
 */
class DeadlinesTest {

  private static final String DIR = "content/committees/audit/meetings/";

  @TempDir Path root;

  /**
   * The minimal council with a meeting on {@code date} whose agenda is published on {@code
   * published}.
   */
  private Path council(String date, String published, String extraAgenda) throws IOException {
    Path content = root.resolve("content");
    if (!Files.exists(content)) {
      Fixtures.copy(Fixtures.fixture("minimal"), content);
    }
    Path meeting = root.resolve(DIR + date);
    Files.createDirectories(meeting);
    Files.writeString(
        meeting.resolve("meeting.yaml"),
        "status: scheduled\npublished: "
            + published
            + "\nagenda:\n"
            + "  - number: 1\n    title: Membership\n    purpose: To note any changes to the membership.\n"
            + extraAgenda,
        StandardCharsets.UTF_8);
    return content;
  }

  private void site(String deadline) throws IOException {
    Path site = root.resolve("content/site.yaml");
    Files.writeString(site, Files.readString(site) + deadline, StandardCharsets.UTF_8);
  }

  /**
   * The warning and error lines (not hints) {@code check} prints on {@code asOf}; asserts it
   * passes.
   */
  private List<String> check(String asOf) {
    Cli.Result r =
        Cli.run(
            "check",
            "--content",
            root.resolve("content").toString(),
            "--out",
            root.resolve("site").toString(),
            "--as-of",
            asOf);
    assertEquals(0, r.exit(), r.err());
    return Arrays.stream(r.err().split("\\R"))
        .filter(l -> l.contains(": warning: ") || l.contains(": error: "))
        .map(l -> l.replace(root.toString() + "/", ""))
        .toList();
  }

  private List<String> hints(String asOf) {
    Cli.Result r =
        Cli.run(
            "check",
            "--content",
            root.resolve("content").toString(),
            "--out",
            root.resolve("site").toString(),
            "--as-of",
            asOf);
    return Arrays.stream(r.err().split("\\R")).filter(l -> l.startsWith("  hint: ")).toList();
  }

  private static String at(String date, int line, int col) {
    return DIR + date + "/meeting.yaml:" + line + ":" + col + ": warning: ";
  }

  @Test
  void theFixtureGivesExactlyFiveClearDaysAndIsNotWarned() throws IOException {
    council(
        "2025-03-17", "2025-03-07", ""); // Friday to the Monday week after: five weekdays between
    assertEquals(List.of(), check("2025-01-15"));
  }

  @Test
  void aWeekendIsNotAWorkingDay() throws IOException {
    council("2025-03-17", "2025-03-10", ""); // Monday to Monday: Tuesday to Friday only
    assertEquals(
        List.of(
            at("2025-03-17", 2, 12)
                + "the agenda is published on Monday 10 March 2025, 4 clear working"
                + " days before the meeting on Monday 17 March 2025, fewer than the 5 required"),
        check("2025-01-15"));
    assertEquals(
        List.of(
            "  hint: publish it by Friday 7 March 2025 at the latest (England and Wales: neither the day"
                + " of publication nor the day of the meeting counts, nor weekends)"),
        hints("2025-01-15"));
  }

  @Test
  void aBankHolidayBetweenIsNotAWorkingDay() throws IOException {
    // Tuesday 29 April to Tuesday 6 May 2025: Monday 5 May is the early May bank holiday
    council("2025-05-06", "2025-04-29", "");
    assertEquals(
        List.of(
            at("2025-05-06", 2, 12)
                + "the agenda is published on Tuesday 29 April 2025, 3 clear working"
                + " days before the meeting on Tuesday 6 May 2025, fewer than the 5 required"),
        check("2025-04-01"));
    assertEquals(
        List.of(
            "  hint: publish it by Friday 25 April 2025 at the latest (England and Wales: neither the day"
                + " of publication nor the day of the meeting counts, nor weekends, nor 5 May (Early May bank holiday))"),
        hints("2025-04-01"));
  }

  @Test
  void theTuesdayBeforeAMondayMeetingWithEasterBetween() throws IOException {
    // Tuesday 15 April to Monday 28 April 2025: Good Friday and Easter Monday between, six clear
    // days left
    council("2025-04-28", "2025-04-15", "");
    assertEquals(List.of(), check("2025-04-01"));
    // the Tuesday before: Wednesday to Friday
    council("2025-04-28", "2025-04-22", "");
    assertEquals(
        List.of(
            at("2025-04-28", 2, 12)
                + "the agenda is published on Tuesday 22 April 2025, 3 clear working"
                + " days before the meeting on Monday 28 April 2025, fewer than the 5 required"),
        check("2025-04-01"));
    assertEquals(
        List.of(
            "  hint: publish it by Wednesday 16 April 2025 at the latest (England and Wales: neither the"
                + " day of publication nor the day of the meeting counts, nor weekends, nor 18 April (Good Friday), 21 April"
                + " (Easter Monday))"),
        hints("2025-04-01"));
  }

  @Test
  void publishedOnTheLastDayAcrossABankHolidayIsNotWarned() throws IOException {
    council("2025-05-06", "2025-04-25", ""); // Friday: 28, 29, 30 April, 1 and 2 May
    assertEquals(List.of(), check("2025-04-01"));
  }

  @Test
  void scotlandHasItsOwnBankHolidays() throws IOException {
    // Tuesday 23 December 2025 to Monday 5 January 2026: 24, 29, 30, 31 December and 2 January in
    // England and Wales; 2 January is a bank holiday in Scotland
    council("2026-01-05", "2025-12-23", "");
    assertEquals(List.of(), check("2025-12-01"));
    site("agenda_deadline:\n  jurisdiction: scotland\n");
    assertEquals(
        List.of(
            at("2026-01-05", 2, 12)
                + "the agenda is published on Tuesday 23 December 2025, 4 clear"
                + " working days before the meeting on Monday 5 January 2026, fewer than the 5 required"),
        check("2025-12-01"));
    assertEquals(
        List.of(
            "  hint: publish it by Monday 22 December 2025 at the latest (Scotland: neither the day of"
                + " publication nor the day of the meeting counts, nor weekends, nor 25 December (Christmas Day), 26 December"
                + " (Boxing Day), 1 January (New Year’s Day), 2 January (2nd January))"),
        hints("2025-12-01"));
  }

  @Test
  void northernIrelandHasTheTwelfth() throws IOException {
    // Tuesday 8 July to Tuesday 15 July 2025: Monday 14 July is a bank holiday in Northern Ireland
    // only
    council("2025-07-15", "2025-07-07", ""); // Monday 7 July: 8, 9, 10, 11, 14 July
    assertEquals(List.of(), check("2025-06-01"));
    site("agenda_deadline:\n  jurisdiction: northern-ireland\n");
    assertEquals(
        List.of(
            at("2025-07-15", 2, 12)
                + "the agenda is published on Monday 7 July 2025, 4 clear working"
                + " days before the meeting on Tuesday 15 July 2025, fewer than the 5 required"),
        check("2025-06-01"));
  }

  @Test
  void theCouncilsClosuresAndItsNumberOfDays() throws IOException {
    council("2026-01-05", "2025-12-23", "");
    site(
        "agenda_deadline:\n  clear_days: 3\n  closures:\n    - from: 2025-12-29\n      until: 2025-12-31\n"
            + "      reason: Civic Centre closed\n");
    // 24 December and 2 January only
    assertEquals(
        List.of(
            at("2026-01-05", 2, 12)
                + "the agenda is published on Tuesday 23 December 2025, 2 clear"
                + " working days before the meeting on Monday 5 January 2026, fewer than the 3 required"),
        check("2025-12-01"));
    assertEquals(
        List.of(
            "  hint: publish it by Monday 22 December 2025 at the latest (England and Wales: neither the"
                + " day of publication nor the day of the meeting counts, nor weekends, nor 25 December (Christmas Day),"
                + " 26 December (Boxing Day), 29 December (council closed), 30 December (council closed), 31 December (council"
                + " closed), 1 January (New Year’s Day))"),
        hints("2025-12-01"));
  }

  @Test
  void aMeetingAlreadyHeldIsNotWarned() throws IOException {
    council("2025-03-17", "2025-03-10", "");
    assertEquals(List.of(), check("2025-03-18"));
    // on the day of the meeting it still is
    assertEquals(1, check("2025-03-17").size());
  }

  @Test
  void aLatePaperWithoutAReasonForUrgencyIsWarnedAtItsItem() throws IOException {
    council(
        "2025-03-17",
        "2025-03-07",
        "  - number: 2\n    title: Fees review\n    purpose: To agree the fees.\n"
            + "    papers: [late-fees]\n");
    Path paper = root.resolve(DIR + "2025-03-17/papers/late-fees");
    Files.createDirectories(paper);
    Files.writeString(
        paper.resolve("paper.md"),
        "---\ntitle: Fees review\nreport_of: Director of Finance\nauthor: ed-fenwick\n"
            + "published: 2025-03-12\n---\n\n"
            + "## Purpose\n\n1. To agree the fees.\n",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            at("2025-03-17", 7, 5)
                + "item 2 (Fees review) is published in supplementary agenda 1 on"
                + " Wednesday 12 March 2025, 2 clear working days before the meeting on Monday 17 March 2025, fewer than the 5"
                + " required, with no reason for urgency"),
        check("2025-01-15"));

    Path yaml = root.resolve(DIR + "2025-03-17/meeting.yaml");
    Files.writeString(
        yaml, Files.readString(yaml) + "    urgency: the fees must be set before 1 April\n");
    assertEquals(List.of(), check("2025-01-15"));
  }

  @Test
  void aLateItemWithoutAReasonForUrgencyIsWarned() throws IOException {
    council(
        "2025-03-17",
        "2025-03-07",
        "  - number: 2\n    title: Car park charges\n    purpose: To agree them.\n"
            + "    added: 2025-03-13\n");
    assertEquals(
        List.of(
            at("2025-03-17", 7, 5)
                + "item 2 (Car park charges) is published in supplementary agenda 1 on"
                + " Thursday 13 March 2025, 1 clear working day before the meeting on Monday 17 March 2025, fewer than the 5"
                + " required, with no reason for urgency"),
        check("2025-01-15"));
  }

  @Test
  void beyondTheTablesTheCheckSaysWhatItDoesNotKnow() throws IOException {
    council("2029-03-19", "2029-03-09", "");
    assertEquals(
        List.of(
            at("2029-03-19", 2, 12)
                + "Tabled knows the bank holidays of England and Wales up to 2028"
                + " only: the notice this agenda gives counts weekends and the council's closures, not bank holidays"),
        check("2025-01-15"));
  }
}
