package org.tabled.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Deadline;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.publish.Packs;

/**
 * The notice an agenda gives. In England and Wales an agenda and its papers must be open to
 * inspection at least five clear working days before the meeting (Local Government Act 1972,
 * s.100B): neither the day of publication nor the day of the meeting counts, nor weekends, bank
 * holidays and the days the council is closed. {@code site.yaml} sets the number of days, the
 * jurisdiction whose bank holidays apply and the closures ({@link Deadline}).
 *
 * <p>Two warnings, for every meeting not yet held on the build's day (a past meeting's notice can
 * no longer be changed): an agenda published with fewer clear working days than required, at its
 * {@code published} date; and an item in a supplementary agenda published inside that notice with
 * no {@code urgency}, the reason the Chair agreed to take it as a matter of urgency, at the item.
 */
public final class Deadlines {

  private Deadlines() {}

  /**
   * Warns about the agendas and supplements of meetings on or after {@code asOf} that give too
   * little notice.
   */
  public static void check(Council council, LocalDate asOf, Diagnostics d) {
    Deadline rule = council.site().deadline();
    WorkingDays days = new WorkingDays(rule);
    for (Committee c : council.committees()) {
      for (Meeting m : c.meetings()) {
        if (m.status() == MeetingStatus.CANCELLED
            || m.date().isBefore(asOf)
            || m.published().isEmpty()
            || m.published().get().isAfter(m.date())) {
          continue;
        }
        check(m, rule, days, council.site().houseStyle(), d);
      }
    }
  }

  private static void check(
      Meeting m, Deadline rule, WorkingDays days, HouseStyle hs, Diagnostics d) {
    LocalDate published = m.published().get();
    if (!days.knows(published, m.date())) {
      d.warning(
          m.publishedPos(),
          "Tabled knows the bank holidays of "
              + rule.jurisdiction().label()
              + " up to "
              + BankHolidays.lastYear(rule.jurisdiction())
              + " only: the notice this agenda gives counts weekends and the"
              + " council's closures, not bank holidays",
          "list the bank holidays in agenda_deadline.closures in site.yaml,"
              + " or use a newer Tabled");
    }
    int clear = days.clearDays(published, m.date());
    if (clear < rule.clearDays()) {
      d.warning(
          m.publishedPos(),
          "the agenda is published on "
              + Dates.long_(published, hs)
              + ", "
              + clearDays(clear)
              + " before the meeting on "
              + Dates.long_(m.date(), hs)
              + ", fewer than the "
              + rule.clearDays()
              + " required",
          hint(published, m.date(), rule, days, hs));
    }
    for (Packs.Pack pack : Packs.of(m)) {
      if (!pack.id().isSupplement()) {
        continue;
      }
      int notice = days.clearDays(pack.date(), m.date());
      if (notice >= rule.clearDays()) {
        continue;
      }
      for (AgendaItem item : pack.items()) {
        if (item.urgency().isBlank()) {
          d.warning(
              item.pos(),
              "item "
                  + item.number()
                  + " ("
                  + item.title()
                  + ") is published in supplementary agenda "
                  + pack.id().supplement()
                  + " on "
                  + Dates.long_(pack.date(), hs)
                  + ", "
                  + clearDays(notice)
                  + " before the meeting on "
                  + Dates.long_(m.date(), hs)
                  + ", fewer than the "
                  + rule.clearDays()
                  + " required, with no reason for urgency",
              "give the item 'urgency:', why the Chair agreed to consider"
                  + " it as a matter of urgency; it is printed on the supplementary agenda");
        }
      }
    }
  }

  private static String clearDays(int n) {
    return n + " clear working day" + (n == 1 ? "" : "s");
  }

  /**
   * When it should have been published by, and the weekdays in between that are not working days
   * ("25 December (Christmas Day)", "29 December (council closed)"), kept short: a hint is printed
   * whole only up to a few hundred characters.
   */
  private static String hint(
      LocalDate published, LocalDate meeting, Deadline rule, WorkingDays days, HouseStyle hs) {
    LocalDate latest = days.latestPublication(meeting, rule.clearDays());
    List<String> off = new ArrayList<>();
    for (LocalDate x = latest.plusDays(1); x.isBefore(meeting); x = x.plusDays(1)) {
      if (x.getDayOfWeek() == DayOfWeek.SATURDAY
          || x.getDayOfWeek() == DayOfWeek.SUNDAY
          || days.isWorkingDay(x)) {
        continue;
      }
      String why = BankHolidays.on(rule.jurisdiction(), x).orElse("council closed");
      off.add(DAY_MONTH.format(x) + " (" + why + ")");
    }
    return "publish it by "
        + Dates.long_(latest, hs)
        + " at the latest ("
        + rule.jurisdiction().label()
        + ": neither"
        + " the day of publication nor the day of the meeting counts, nor weekends"
        + (off.isEmpty() ? "" : ", nor " + String.join(", ", off))
        + ")";
  }

  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
}
