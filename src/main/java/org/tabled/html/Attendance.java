package org.tabled.html;

import java.util.List;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.Role;
import org.tabled.view.Names;

/**
 * Who attended a meeting, from its minutes, as a page shows it: the shared {@link
 * org.tabled.view.Attendance} (grouped and ordered as minutes print it) with each name linked to
 * the person's page and what follows it in brackets.
 *
 * @param members councillors present, the chair first (substitutes say whom they replaced)
 * @param coopted co-opted members present
 * @param alsoPresent others present (cabinet members, officers, guests) with their role
 * @param apologies members who sent apologies
 * @param headings the lists' headings, as the minutes in the packs print them
 */
public record Attendance(
    List<Line> members,
    List<Line> coopted,
    List<Line> alsoPresent,
    List<Line> apologies,
    Headings headings) {

  public Attendance {
    members = List.copyOf(members);
    coopted = List.copyOf(coopted);
    alsoPresent = List.copyOf(alsoPresent);
    apologies = List.copyOf(apologies);
  }

  /** The headings of the four lists: "Councillors present" … */
  public record Headings(String members, String coopted, String alsoPresent, String apologies) {}

  private static final Headings HEADINGS =
      new Headings(
          org.tabled.view.Attendance.MEMBERS,
          org.tabled.view.Attendance.CO_OPTED,
          org.tabled.view.Attendance.ALSO_PRESENT,
          org.tabled.view.Attendance.APOLOGIES);

  /**
   * One person in an attendance list.
   *
   * @param person their name, linked to their page if they have one
   * @param note what follows the name in brackets, or empty: "Chair", "substitute for …", a role
   */
  public record Line(Link person, String note) {}

  static Attendance of(SiteContext ctx, Linker l, Committee c, Meeting m, Minutes min) {
    org.tabled.view.Attendance a = org.tabled.view.Attendance.of(min, m, c, ctx.council);
    return new Attendance(
        lines(ctx, l, a.members()),
        lines(ctx, l, a.coOpted()),
        lines(ctx, l, a.alsoPresent()),
        lines(ctx, l, a.apologies()),
        HEADINGS);
  }

  /** Each name linked to the person's page, with the note the packs print after it too. */
  private static List<Line> lines(
      SiteContext ctx, Linker l, List<org.tabled.view.Attendance.Line> lines) {
    return lines.stream().map(x -> new Line(ctx.personLink(l, x.person().id()), x.note())).toList();
  }

  /** How a membership is described: "Chair", "Vice-Chair", "Co-opted member (non-voting)" … */
  static String role(Committee c, Role role, boolean voting) {
    return switch (role) {
      case CHAIR, VICE_CHAIR -> Names.office(c, role);
      case MEMBER -> "Member";
      case CO_OPTED -> voting ? "Co-opted member (voting)" : "Co-opted member (non-voting)";
      case SUBSTITUTE -> "Substitute member";
    };
  }
}
