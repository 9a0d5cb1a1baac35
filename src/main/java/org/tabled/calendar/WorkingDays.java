package org.tabled.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.tabled.model.Deadline;

/**
 * Which days are working days for a council: Monday to Friday, except the bank holidays of its
 * jurisdiction and its own closures; and how many <em>clear</em> working days lie between two days,
 * neither of them counted (the day an agenda is published and the day of the meeting).
 */
public final class WorkingDays {

  private final Deadline deadline;

  public WorkingDays(Deadline deadline) {
    this.deadline = deadline;
  }

  /**
   * Why {@code day} is not a working day ("a Saturday", "a bank holiday (Good Friday)"), or empty
   * if it is one.
   */
  public Optional<String> notWorking(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of("a " + (day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday"));
    }
    Optional<String> holiday = BankHolidays.on(deadline.jurisdiction(), day);
    if (holiday.isPresent()) {
      return Optional.of("a bank holiday (" + holiday.get() + ")");
    }
    return deadline.closures().stream()
        .filter(c -> c.covers(day))
        .findFirst()
        .map(
            c ->
                "a day the council is closed"
                    + (c.reason().isBlank() ? "" : " (" + c.reason() + ")"));
  }

  /** True if {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    return notWorking(day).isEmpty();
  }

  /**
   * The working days strictly between {@code from} and {@code to}: 0 if {@code to} is not after the
   * day after {@code from}.
   */
  public int clearDays(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); d.isBefore(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The latest working day on which something can be published with {@code clear} clear working
   * days before {@code meeting} (a council publishes on a working day, so not the Sunday before).
   */
  public LocalDate latestPublication(LocalDate meeting, int clear) {
    LocalDate d = meeting;
    for (int found = 0; found < clear; ) {
      d = d.minusDays(1);
      if (isWorkingDay(d)) {
        found++;
      }
    }
    d = d.minusDays(1);
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** True if the bank holidays of every year from {@code from} to {@code to} are known. */
  public boolean knows(LocalDate from, LocalDate to) {
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!BankHolidays.covers(deadline.jurisdiction(), y)) {
        return false;
      }
    }
    return true;
  }
}
