package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.HouseStyle;
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
 * @param members councillors present, in the committee's {@code member_order} ({@link
 *     MemberOrdering}), substitutes included, each noted as in "Amara Osei (Chair)" or "Ben
 *     Whitlock (substitute for Councillor Amara Osei)"
 * @param coOpted co-opted members present, in the same order
 * @param alsoPresent others present (not members), in the order minuted, with their role on the day
 * @param apologies members who sent apologies, in the same order as members
 * @param alsoApologies others (not members) who sent apologies, in the order minuted, with their
 *     role on the day
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
    List<Group> groups,
    List<Line> alsoApologies) {

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
    alsoApologies = List.copyOf(alsoApologies);
  }

  /**
   * One list of the attendance, as the minutes print it, in the pack and on the website alike.
   *
   * @param heading "Councillors present", "Elected voting representatives present", "Also present",
   *     "Apologies for absence" …, in the house style's words
   * @param lines the people
   * @param always true for a list printed even when empty (the website says "None." under the
   *     members' apologies); the packs leave empty lists out
   */
  public record Section(String heading, List<Line> lines, boolean always) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

  /**
   * The lists in the order minutes print them: the members present (under the committee's own group
   * headings when it names them, else councillors and co-opted members), the others present, the
   * members' apologies, then the others' apologies, each heading in the council's words.
   */
  public List<Section> sections(HouseStyle hs) {
    List<Section> out = new ArrayList<>();
    if (groups.isEmpty()) {
      out.add(new Section(hs.word("members_present"), members, false));
      out.add(new Section(hs.word("co_opted_present"), coOpted, false));
    } else {
      groups.forEach(g -> out.add(new Section(g.heading() + " present", g.present(), false)));
    }
    out.add(new Section(hs.word("also_present"), alsoPresent, false));
    out.add(new Section(hs.word("apologies"), apologies, true));
    out.add(new Section(hs.word("also_apologies"), alsoApologies, false));
    return out;
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
    Comparator<Line> chairFirst =
        MemberOrdering.of(
            c,
            Line::person,
            l ->
                Optional.ofNullable(memberships.get(l.person().id()))
                    .map(Membership::role)
                    .orElse(Role.SUBSTITUTE));
    members.sort(chairFirst);
    coOpted.sort(chairFirst);
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
    List<Line> apologies = new ArrayList<>();
    for (PersonId id : minutes.apologies()) {
      Person p = person.apply(id);
      apologies.add(new Line(p, p.displayName(), "", ""));
    }
    apologies.sort(chairFirst);
    return new Attendance(
        members,
        coOpted,
        others(minutes.alsoPresent(), day, council),
        apologies,
        subs,
        groups,
        others(minutes.alsoApologies(), day, council));
  }

  /**
   * People who are not members (expected, present or sending apologies), in the order written, each
   * noted with their role on the day (or as written) and whether they joined online.
   */
  public static List<Line> others(List<Minutes.Attendee> who, LocalDate day, Council council) {
    List<Line> out = new ArrayList<>();
    for (Minutes.Attendee a : who) {
      Person p = council.person(a.person()).orElseThrow();
      String role = a.as().isEmpty() ? p.roleOn(day) : a.as();
      String note = a.online() ? (role.isEmpty() ? "online" : role + ", online") : role;
      out.add(new Line(p, p.displayName(), note, ""));
    }
    return out;
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
}
