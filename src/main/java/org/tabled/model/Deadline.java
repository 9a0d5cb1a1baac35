package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * The notice an agenda must give: how many clear working days before the meeting it must be
 * published (Local Government Act 1972, s.100B: five in England and Wales), and which days are not
 * working days.
 *
 * @param clearDays the working days that must pass between the day of publication and the day of
 *     the meeting, neither counted
 * @param jurisdiction whose bank holidays apply
 * @param closures the council's own days off (a closure between Christmas and New Year, say)
 * @param pos where it is set, or {@code site.yaml} for the default
 */
public record Deadline(
    int clearDays, Jurisdiction jurisdiction, List<Closure> closures, SourcePos pos) {

  /** The default: five clear working days, England and Wales, no local closures. */
  public static Deadline defaults(SourcePos pos) {
    return new Deadline(5, Jurisdiction.ENGLAND_AND_WALES, List.of(), pos);
  }

  public Deadline {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    closures = List.copyOf(closures);
    Objects.requireNonNull(pos, "pos");
  }

  /**
   * Days the council's offices are closed, which are not working days.
   *
   * @param from the first day
   * @param until the last day (the same as {@code from} for one day)
   * @param reason why, for messages
   */
  public record Closure(LocalDate from, LocalDate until, String reason) {
    public Closure {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(reason, "reason");
    }

    /** True if {@code day} is one of the closed days. */
    public boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(until);
    }
  }
}
