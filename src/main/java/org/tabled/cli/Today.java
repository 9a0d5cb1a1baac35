package org.tabled.cli;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date in the UK, the default for {@code --as-of}. The only place Tabled reads the clock;
 * tests and reproducible builds pass {@code --as-of} instead.
 */
final class Today {
  private Today() {}

  static LocalDate date() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }
}
