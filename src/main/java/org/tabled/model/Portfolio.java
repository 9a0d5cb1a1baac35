package org.tabled.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A role a councillor holds for a period, such as "Cabinet Member for Housing".
 *
 * @param title the role as printed
 * @param from first day held
 * @param until last day held, if it has ended
 */
public record Portfolio(String title, LocalDate from, Optional<LocalDate> until) {
  public Portfolio {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /** True if the role was held on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
  }
}
