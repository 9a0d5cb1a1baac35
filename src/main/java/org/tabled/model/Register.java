package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A person's register of interests as the content gives it. A person with no register (the key
 * {@code interests} left out) has none published here; a register with no entries says that the
 * person has registered no interests.
 *
 * @param updated the day the register was last updated, if given
 * @param entries its entries, in the order written
 * @param pos where the register's last update is written, or else its list
 */
public record Register(Optional<LocalDate> updated, List<Interest> entries, SourcePos pos) {
  public Register {
    Objects.requireNonNull(updated, "updated");
    entries = List.copyOf(entries);
  }

  /** The entries held on {@code day}: registered by then and not ended before it. */
  public List<Interest> heldOn(LocalDate day) {
    return entries.stream().filter(i -> i.heldOn(day)).toList();
  }
}
