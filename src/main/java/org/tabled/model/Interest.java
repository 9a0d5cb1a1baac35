package org.tabled.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * One entry of a person's register of interests.
 *
 * <p>A sensitive interest (section 32 of the Localism Act 2011) is one whose details the register
 * withholds: it says only that the member has such an interest. Its details never enter the model:
 * the reader drops them, and this record refuses a sensitive entry that carries a category, an
 * organisation or a nature, so no later stage can print what it does not hold.
 *
 * @param category what kind of interest it is; empty for a sensitive interest
 * @param organisation the organisation, or a description (land: its address or area); empty for a
 *     sensitive interest
 * @param nature the nature of the interest, e.g. "Director", "Trustee"; empty if not given, and for
 *     a sensitive interest
 * @param from the day it was registered as held
 * @param to the last day it was held, if it has ended
 * @param spouseOrPartner true if it is the interest of the member's spouse or civil partner, or of
 *     someone they live with as such, as the Localism Act asks members to register
 * @param sensitive true for a sensitive interest, whose details are withheld
 * @param pos where the entry was written
 */
public record Interest(
    Optional<InterestCategory> category,
    String organisation,
    String nature,
    LocalDate from,
    Optional<LocalDate> to,
    boolean spouseOrPartner,
    boolean sensitive,
    SourcePos pos) {

  public Interest {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (sensitive
        && (category.isPresent()
            || !organisation.isEmpty()
            || !nature.isEmpty()
            || spouseOrPartner)) {
      throw new IllegalArgumentException("a sensitive interest holds no details");
    }
    if (!sensitive && category.isEmpty()) {
      throw new IllegalArgumentException("an interest has a category");
    }
  }

  /** A sensitive interest, held from {@code from} (to {@code to}): no details at all. */
  public static Interest sensitive(LocalDate from, Optional<LocalDate> to, SourcePos pos) {
    return new Interest(Optional.empty(), "", "", from, to, false, true, pos);
  }

  /** True if the interest was held on {@code day}. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(from) && to.map(t -> !day.isAfter(t)).orElse(true);
  }
}
