package org.tabled.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A person's place on a committee for a period.
 *
 * @param person who
 * @param role chair, vice-chair, member, co-opted or substitute
 * @param from first day, if limited
 * @param until last day, if limited
 * @param voting for co-opted members: whether they vote (always true for councillors)
 * @param pos where it was written
 * @param group the heading of the group of members it is listed under, one of its committee\'s
 *     {@code memberGroups}; empty when the committee names no groups
 */
public record Membership(
    PersonId person,
    Role role,
    Optional<LocalDate> from,
    Optional<LocalDate> until,
    boolean voting,
    SourcePos pos,
    Optional<String> group) {

  public Membership {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(group, "group");
  }

  /** True if the membership covers {@code day}. */
  public boolean activeOn(LocalDate day) {
    return from.map(f -> !day.isBefore(f)).orElse(true)
        && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  /** True for chair, vice-chair, member and co-opted: people who sit on the committee. */
  public boolean sits() {
    return role != Role.SUBSTITUTE;
  }
}
