package org.tabled.html;

import java.util.ArrayList;
import java.util.List;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;

/**
 * Who attended a meeting, from its minutes, grouped as minutes print it.
 *
 * @param members councillors present, the chair first (substitutes say whom they replaced)
 * @param coopted co-opted members present
 * @param alsoPresent others present (cabinet members, officers, guests) with their role
 * @param apologies members who sent apologies
 */
public record Attendance(List<Line> members, List<Line> coopted, List<Line> alsoPresent, List<Line> apologies) {

  public Attendance {
    members = List.copyOf(members);
    coopted = List.copyOf(coopted);
    alsoPresent = List.copyOf(alsoPresent);
    apologies = List.copyOf(apologies);
  }

  /**
   * One person in an attendance list.
   *
   * @param person their name, linked to their page if they have one
   * @param note what follows the name in brackets, or empty: "Chair", "substitute for …", a role
   */
  public record Line(Link person, String note) {}

  static Attendance of(SiteContext ctx, Linker l, Committee c, Meeting m, Minutes min) {
    List<Line> members = new ArrayList<>();
    List<Line> coopted = new ArrayList<>();
    for (PersonId id : min.present()) {
      Person p = ctx.person(id);
      List<String> notes = new ArrayList<>();
      boolean chair = Roster.isChair(c, m.date(), p);
      if (chair) {
        notes.add(c.chairTitle());
      }
      min.substitutions().stream().filter(s -> s.substitute().equals(id))
          .forEach(s -> notes.add("substitute for " + ctx.person(s.member()).displayName()));
      Line line = new Line(ctx.personLink(l, id), String.join("; ", notes));
      List<Line> group = p.kind() == PersonKind.CO_OPTED ? coopted : members;
      group.add(chair ? 0 : group.size(), line); // the chair first, the others as minuted
    }
    List<Line> also = new ArrayList<>();
    for (Minutes.Attendee a : min.alsoPresent()) {
      String role = a.as().isBlank() ? ctx.person(a.person()).roleOn(m.date()) : a.as();
      String note = a.online() ? (role.isEmpty() ? "online" : role + ", online") : role;
      also.add(new Line(ctx.personLink(l, a.person()), note));
    }
    List<Line> apologies = min.apologies().stream().map(id -> new Line(ctx.personLink(l, id), "")).toList();
    return new Attendance(members, coopted, also, apologies);
  }
}
