package org.tabled.validate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.model.CommitteeId;
import org.tabled.model.Contact;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.source.SourcePos;

/**
 * The ids that exist, gathered before documents are read so that a reference can be checked where
 * it is written, with its own line and column, and a "did you mean" hint.
 *
 * <p>People are read in full first (a reference to a person often depends on what kind of person
 * they are). Committees, meetings and papers are known from their folder names.
 */
final class Registry {

  private final Map<PersonId, Person> people = new TreeMap<>();
  private final Map<CommitteeId, TreeSet<LocalDate>> meetings = new TreeMap<>();
  private final Map<PaperId, MeetingId> papers = new TreeMap<>();
  private final Map<PaperId, SourcePos> paperPos = new HashMap<>();
  private final Set<PersonId> broken = new HashSet<>();
  private final Diagnostics d;

  Registry(Diagnostics d) {
    this.d = d;
  }

  void addPerson(Person p) {
    people.put(p.id(), p);
  }

  /**
   * Registers a person whose file exists but could not be read: references to them resolve to a
   * stand-in, so the file's own error is the only one reported. (The build stops on that error, so
   * the stand-in never reaches a page.)
   */
  void addBrokenPerson(String id) {
    PersonId pid = new PersonId(id);
    if (!people.containsKey(pid)) {
      people.put(
          pid,
          new Person(
              pid,
              id,
              PersonKind.COUNCILLOR,
              "",
              "",
              "",
              "",
              new Contact("", "", ""),
              "",
              List.of(),
              SourcePos.file("people/" + id + ".yaml")));
      broken.add(pid);
    }
  }

  /** True for a stand-in for a person whose file could not be read. */
  boolean isBroken(PersonId id) {
    return broken.contains(id);
  }

  void addCommittee(CommitteeId id) {
    meetings.putIfAbsent(id, new TreeSet<>());
  }

  void addMeeting(MeetingId id) {
    meetings.computeIfAbsent(id.committee(), k -> new TreeSet<>()).add(id.date());
  }

  /** Registers a paper folder; a second folder with the same name is an error. */
  void addPaper(PaperId id, MeetingId meeting, SourcePos pos) {
    SourcePos first = paperPos.get(id);
    if (first != null) {
      d.error(
          pos,
          "paper id '" + id + "' is already used by " + first.path(),
          "paper ids must be unique across the council; rename one of the folders");
      return;
    }
    papers.put(id, meeting);
    paperPos.put(id, pos);
  }

  Collection<Person> people() {
    return people.values();
  }

  Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * The person named by {@code ref}, reporting an unknown id with a hint. {@code role} says what
   * the person is referred to as, for the message ("author", "committee officer").
   */
  Optional<Person> person(Fields.Ref ref, String role) {
    Person p = people.get(new PersonId(ref.value()));
    if (p == null) {
      d.error(
          ref.pos(),
          "unknown person '"
              + ref.value()
              + "' as "
              + role
              + Hints.didYouMean(
                  ref.value(), people.keySet().stream().map(PersonId::value).toList()),
          "each person is defined in a file content/people/ID.yaml");
    }
    return Optional.ofNullable(p);
  }

  /** Like {@link #person(Fields.Ref, String)} but also requires one of {@code kinds}. */
  Optional<Person> person(Fields.Ref ref, String role, List<PersonKind> kinds) {
    Optional<Person> p = person(ref, role);
    if (p.isPresent() && !broken.contains(p.get().id()) && !kinds.contains(p.get().kind())) {
      d.error(
          ref.pos(),
          "'"
              + ref.value()
              + "' is "
              + withArticle(p.get().kind())
              + ", but the "
              + role
              + " must be "
              + String.join(" or ", kinds.stream().map(Registry::withArticle).toList()));
    }
    return p;
  }

  /** "a councillor", "an officer", "a co-opted member", "an external person". */
  static String withArticle(PersonKind k) {
    return switch (k) {
      case COUNCILLOR -> "a councillor";
      case OFFICER -> "an officer";
      case CO_OPTED -> "a co-opted member";
      case EXTERNAL -> "an external person";
    };
  }

  boolean hasMeeting(CommitteeId c, LocalDate date) {
    return meetings.getOrDefault(c, new TreeSet<>()).contains(date);
  }

  TreeSet<LocalDate> meetingDates(CommitteeId c) {
    return meetings.getOrDefault(c, new TreeSet<>());
  }

  Optional<MeetingId> paperMeeting(PaperId id) {
    return Optional.ofNullable(papers.get(id));
  }

  Collection<PaperId> paperIds() {
    return papers.keySet();
  }
}
