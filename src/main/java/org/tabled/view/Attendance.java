package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *     substitutes included, each noted as in "Amara Osei (Chair)" or "Ben Whitlock (substitute for
 *     Councillor Amara Osei)"
 * @param coOpted co-opted members present, by surname
 * @param alsoPresent others present, in the order minuted, with their role on the day
 * @param apologies members who sent apologies, by surname
 * @param substitutions who substituted for whom, in the order minuted
 * @param groups for a committee that names its own groups of members ({@code member_groups}), the
 *     members and co-opted members present under each heading, in the committee's order (a
 *     substitute under the group of the member replaced); empty otherwise
 */
public record Attendance(
    List<Line> members,
    List<Line> coOpted,
    List<Line> alsoPresent,
    List<Line> apologies,
    List<Substitution> substitutions,
    List<Group> groups) {

  /**
   * Those present from one of the committee's own groups of members.
   *
   * @param heading the group's heading, as the committee words it
   * @param present who was present, in the order the committee lists them
   */
  public record Group(String heading, List<Line> present) {
    public Group {
      present = List.copyOf(present);
    }
  }

  public Attendance {
    groups = List.copyOf(groups);
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
   * @param name their name as printed in this list ("Councillor" is added by the list heading for
   *     members, not here)
   * @param note what follows the name in brackets, or empty: the committee office held on the day
   *     and whom a substitute replaced ("Chair", "substitute for Councillor Amara Osei"), or for
   *     others present their role on the day and whether they joined online ("Director of Housing,
   *     online")
   * @param office for members, the committee office they held on the day, styled with the
   *     committee's chair title ("Chair", "Vice-Chair"); else empty
   */
  public record Line(Person person, String name, String note, String office) {

    /** "Name (note)", or "Name" with no note: how the packs print it. */
    public String label() {
      return note.isEmpty() ? name : name + " (" + note + ")";
    }
  }

  /**
   * The heading of {@link #members}: councillors, substitutes included (co-opted members are listed
   * apart).
   */
  public static final String MEMBERS = "Councillors present";

  /** The heading of {@link #coOpted}. */
  public static final String CO_OPTED = "Co-opted members present";

  /** The heading of {@link #alsoPresent}. */
  public static final String ALSO_PRESENT = "Also present";

  /** The heading of {@link #apologies}. */
  public static final String APOLOGIES = "Apologies for absence";

  /** A substitution, with both people. */
  public record Substitution(Person substitute, Person member) {}

  /** The attendance recorded in {@code minutes} of meeting {@code m}. */
  public static Attendance of(Minutes minutes, Meeting m, Committee c, Council council) {
    LocalDate day = m.date();
    Function<PersonId, Person> person = id -> council.person(id).orElseThrow();
    Map<PersonId, Membership> memberships =
        c.membersOn(day).stream()
            .collect(Collectors.toMap(Membership::person, x -> x, (a, b) -> a));
    List<Substitution> subs =
        minutes.substitutions().stream()
            .map(s -> new Substitution(person.apply(s.substitute()), person.apply(s.member())))
            .toList();
    List<Line> members = new ArrayList<>();
    List<Line> coOpted = new ArrayList<>();
    for (PersonId id : minutes.present()) {
      Person p = person.apply(id);
      Membership ms = memberships.get(id);
      String office = Names.office(c, ms == null ? Role.SUBSTITUTE : ms.role());
      List<String> notes = new ArrayList<>();
      if (!office.isEmpty()) {
        notes.add(office);
      }
      subs.stream()
          .filter(s -> s.substitute().equals(p))
          .forEach(s -> notes.add(substituteFor(s.member())));
      (p.kind() == PersonKind.CO_OPTED ? coOpted : members)
          .add(new Line(p, p.name(), String.join("; ", notes), office));
    }
    Map<PersonId, Integer> written = new HashMap<>();
    c.members().forEach(x -> written.putIfAbsent(x.person(), written.size()));
    Comparator<Line> chairFirst =
        c.writtenOrder()
            ? Comparator.comparing(
                (Line l) -> written.getOrDefault(l.person().id(), Integer.MAX_VALUE))
            : Comparator.comparing((Line l) -> rank(memberships.get(l.person().id())))
                .thenComparing(Line::person, Names.BY_SURNAME);
    members.sort(chairFirst);
    coOpted.sort(
        c.writtenOrder() ? chairFirst : Comparator.comparing(Line::person, Names.BY_SURNAME));
    Map<String, List<Line>> grouped = new LinkedHashMap<>();
    c.memberGroups().forEach(h -> grouped.put(h, new ArrayList<>()));
    if (!grouped.isEmpty()) {
      for (Line l :
          members.size() + coOpted.size() == 0 ? List.<Line>of() : concat(members, coOpted)) {
        PersonId whose =
            subs.stream()
                .filter(s -> s.substitute().equals(l.person()))
                .map(s -> s.member().id())
                .findFirst()
                .orElse(l.person().id());
        Optional<String> g = Optional.ofNullable(memberships.get(whose)).flatMap(Membership::group);
        grouped.get(g.filter(grouped::containsKey).orElse(c.memberGroups().get(0))).add(l);
      }
      grouped.values().forEach(list -> list.sort(chairFirst));
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach((h, list) -> groups.add(new Group(h, list)));
    List<Line> also = new ArrayList<>();
    for (Minutes.Attendee a : minutes.alsoPresent()) {
      Person p = person.apply(a.person());
      String role = a.as().isEmpty() ? p.roleOn(day) : a.as();
      String note = a.online() ? (role.isEmpty() ? "online" : role + ", online") : role;
      also.add(new Line(p, p.displayName(), note, ""));
    }
    List<Line> apologies = new ArrayList<>();
    for (PersonId id : minutes.apologies()) {
      Person p = person.apply(id);
      apologies.add(new Line(p, p.displayName(), "", ""));
    }
    apologies.sort(Comparator.comparing(Line::person, Names.BY_SURNAME));
    return new Attendance(members, coOpted, also, apologies, subs, groups);
  }

  private static List<Line> concat(List<Line> a, List<Line> b) {
    List<Line> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** "substitute for Councillor Amara Osei": what follows a substitute's name. */
  public static String substituteFor(Person member) {
    return "substitute for " + member.displayName();
  }

  /** The chair first, then the vice-chair, then everyone else. */
  private static int rank(Membership ms) {
    if (ms == null) {
      return 2;
    }
    return ms.role() == Role.CHAIR ? 0 : ms.role() == Role.VICE_CHAIR ? 1 : 2;
  }
}
