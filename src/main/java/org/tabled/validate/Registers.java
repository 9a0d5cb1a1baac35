package org.tabled.validate;

import java.time.LocalDate;
import org.tabled.diag.Diagnostics;
import org.tabled.model.Council;
import org.tabled.model.Interest;
import org.tabled.model.Person;
import org.tabled.model.Register;

/**
 * Checks the registers of interests against the build's day: a register records what has happened,
 * so a date after that day (a register updated, or an interest begun or ended, in the future) is a
 * mistake. The readers cannot check this, as they do not know the day.
 */
public final class Registers {

  private Registers() {}

  /** Reports every date of a register of interests that is after {@code asOf}. */
  public static void check(Council council, LocalDate asOf, Diagnostics d) {
    for (Person p : council.people()) {
      if (p.register().isEmpty()) {
        continue;
      }
      Register r = p.register().get();
      r.updated()
          .filter(u -> u.isAfter(asOf))
          .ifPresent(
              u ->
                  d.error(
                      r.pos(),
                      "the register of interests is updated on "
                          + u
                          + ", after the build's day ("
                          + asOf
                          + ")",
                      "write the day it was last updated, not a day to come"));
      for (Interest i : r.entries()) {
        if (i.from().isAfter(asOf)) {
          d.error(
              i.pos(),
              "this interest is held from " + i.from() + ", after the build's day (" + asOf + ")",
              "register an interest once it is held");
        }
        i.to()
            .filter(t -> t.isAfter(asOf))
            .ifPresent(
                t ->
                    d.error(
                        i.pos(),
                        "this interest ends on " + t + ", after the build's day (" + asOf + ")",
                        "write 'to' once the interest has ended"));
      }
    }
  }
}
