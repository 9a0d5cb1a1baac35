package org.tabled.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything in a council's content folder, checked: the root of the domain model.
 *
 * <p>Built only by the validate stage. Lists are in a fixed order (people by id, committees by id,
 * meetings by date) so that everything derived from them is deterministic.
 *
 * @param site site-wide settings
 * @param people everyone named anywhere
 * @param committees the committees, with their meetings
 */
public record Council(Site site, List<Person> people, List<Committee> committees) {

  public Council {
    Objects.requireNonNull(site, "site");
    people = List.copyOf(people);
    committees = List.copyOf(committees);
  }

  public Optional<Person> person(PersonId id) {
    // asked for at every name on every page: the validator lists people by id
    return Lookup.first(people, Person::id, id);
  }

  public Optional<Committee> committee(CommitteeId id) {
    for (Committee c : committees) { // a few dozen at most; asked for at every reference
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public Optional<Meeting> meeting(MeetingId id) {
    return committee(id.committee()).flatMap(c -> c.meetingOn(id.date()));
  }

  /** Every meeting of every committee. */
  public List<Meeting> meetings() {
    return committees.stream().flatMap(c -> c.meetings().stream()).toList();
  }

  /** Every paper, in committee, meeting and agenda order. */
  public List<Paper> papers() {
    return meetings().stream().flatMap(m -> m.papers().stream()).toList();
  }
}
