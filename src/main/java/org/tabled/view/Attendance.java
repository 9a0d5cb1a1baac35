package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.Membership;
import org.tabled.model.Minutes;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Role;

/**
 * Who attended a meeting, grouped and ordered as minutes print it.
 *
 * @param members councillors present (the chair first, then the vice-chair, then by surname),
 *     substitutes included, each labelled as in "Amara Osei (Chair)" or "Ben Whitlock (Vice-Chair)"
 * @param coOpted co-opted members present, by surname
 * @param alsoPresent others present, in the order minuted, with their role on the day
 * @param apologies members who sent apologies, by surname
 * @param substitutions who substituted for whom, in the order minuted
 */
public record Attendance(List<Line> members, List<Line> coOpted, List<Line> alsoPresent, List<Line> apologies,
    List<Substitution> substitutions) {

  public Attendance {
    members = List.copyOf(members);
    coOpted = List.copyOf(coOpted);
    alsoPresent = List.copyOf(alsoPresent);
    apologies = List.copyOf(apologies);
    substitutions = List.copyOf(substitutions);
  }

  /**
   * One person in an attendance list.
   *
   * @param person who
   * @param name their name as printed ("Councillor" is added by the list heading, not here)
   * @param role what they attended as, for "also present" ("Director of Housing"); else empty
   * @param online true if they joined remotely
   * @param office for members, the committee office they held on the day, styled with the
   *     committee's chair title ("Chair", "Vice-Chair"); else empty
   */
  public record Line(Person person, String name, String role, boolean online, String office) {

    public Line(Person person, String name, String role, boolean online) {
      this(person, name, role, online, "");
    }

    /** "Name (Role)", "Name (Role) (online)" or "Name". */
    public String label() {
      String s = role.isEmpty() ? name : name + " (" + role + ")";
      return online ? s + " (online)" : s;
    }
  }

  /** A substitution, with both people. */
  public record Substitution(Person substitute, Person member) {}

  /** The attendance recorded in {@code minutes} of meeting {@code m}. */
  public static Attendance of(Minutes minutes, Meeting m, Committee c, Council council) {
    LocalDate day = m.date();
    Function<PersonId, Person> person = id -> council.person(id).orElseThrow();
    Map<PersonId, Membership> memberships = c.membersOn(day).stream()
        .collect(Collectors.toMap(Membership::person, x -> x, (a, b) -> a));
    List<Line> members = new ArrayList<>();
    List<Line> coOpted = new ArrayList<>();
    for (PersonId id : minutes.present()) {
      Person p = person.apply(id);
      Membership ms = memberships.get(id);
      Role role = ms == null ? Role.SUBSTITUTE : ms.role();
      String office = role == Role.CHAIR ? c.chairTitle() : role == Role.VICE_CHAIR ? "Vice-" + c.chairTitle() : "";
      String label = office.isEmpty() ? p.name() : p.name() + " (" + office + ")";
      (p.kind() == PersonKind.CO_OPTED ? coOpted : members).add(new Line(p, label, "", false, office));
    }
    Comparator<Line> chairFirst = Comparator.comparing((Line l) -> rank(memberships.get(l.person().id())))
        .thenComparing(Line::person, Names.BY_SURNAME);
    members.sort(chairFirst);
    coOpted.sort(Comparator.comparing(Line::person, Names.BY_SURNAME));
    List<Line> also = new ArrayList<>();
    for (Minutes.Attendee a : minutes.alsoPresent()) {
      Person p = person.apply(a.person());
      String role = a.as().isEmpty() ? p.roleOn(day) : a.as();
      also.add(new Line(p, p.displayName(), role, a.online()));
    }
    List<Line> apologies = new ArrayList<>();
    for (PersonId id : minutes.apologies()) {
      Person p = person.apply(id);
      apologies.add(new Line(p, p.displayName(), "", false));
    }
    apologies.sort(Comparator.comparing(Line::person, Names.BY_SURNAME));
    List<Substitution> subs = minutes.substitutions().stream()
        .map(s -> new Substitution(person.apply(s.substitute()), person.apply(s.member()))).toList();
    return new Attendance(members, coOpted, also, apologies, subs);
  }

  /** The chair first, then the vice-chair, then everyone else. */
  private static int rank(Membership ms) {
    if (ms == null) {
      return 2;
    }
    return ms.role() == Role.CHAIR ? 0 : ms.role() == Role.VICE_CHAIR ? 1 : 2;
  }
}
