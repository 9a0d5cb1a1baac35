package org.tabled.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * The minutes of a meeting.
 *
 * @param status draft or approved
 * @param publish whether draft minutes may be published before approval
 * @param present committee members present (substitutes included)
 * @param alsoPresent others present: cabinet members, officers, guests
 * @param apologies members who sent apologies
 * @param substitutions who substituted for whom
 * @param declarations declarations of interest
 * @param ended the time the meeting ended
 * @param outcomes recommendations, actions and requests for information, in order
 * @param body the minutes text; each {@code ##} heading is a numbered item
 * @param pos where the minutes were defined
 * @param alsoApologies others who were expected (cabinet members, officers, guests) and sent
 *     apologies; never committee members, whose apologies are {@code apologies}
 */
public record Minutes(
    MinutesStatus status,
    boolean publish,
    List<PersonId> present,
    List<Attendee> alsoPresent,
    List<PersonId> apologies,
    List<Substitution> substitutions,
    List<Declaration> declarations,
    Optional<LocalTime> ended,
    List<Outcome> outcomes,
    Markdown body,
    SourcePos pos,
    List<Attendee> alsoApologies) {

  public Minutes {
    Objects.requireNonNull(status, "status");
    present = List.copyOf(present);
    alsoPresent = List.copyOf(alsoPresent);
    apologies = List.copyOf(apologies);
    substitutions = List.copyOf(substitutions);
    declarations = List.copyOf(declarations);
    outcomes = List.copyOf(outcomes);
    alsoApologies = List.copyOf(alsoApologies);
  }

  /**
   * Someone who is not a committee member, present, sending apologies or expected at a meeting.
   *
   * @param person who
   * @param as their role as printed, when it differs from their usual title
   * @param online true if they joined (or are expected to join) remotely
   */
  public record Attendee(PersonId person, String as, boolean online, SourcePos pos) {}

  /** A substitution: {@code substitute} attended in place of {@code member}. */
  public record Substitution(PersonId substitute, PersonId member, SourcePos pos) {}

  /**
   * A declaration of interest.
   *
   * @param person who declared
   * @param item the agenda item it concerns; empty for a declaration that concerns the whole
   *     meeting, every item on its agenda
   * @param interest the interest, as minuted
   */
  public record Declaration(
      PersonId person, Optional<Integer> item, String interest, SourcePos pos) {
    public Declaration {
      Objects.requireNonNull(item, "item");
    }
  }
}
