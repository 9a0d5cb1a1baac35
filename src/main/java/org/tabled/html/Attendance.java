package org.tabled.html;

import java.util.List;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.Role;
import org.tabled.view.Names;

/**
 * Who attended a meeting, from its minutes, as a page shows it: the shared {@link
 * org.tabled.view.Attendance} lists (the committee's own group headings, members apart from others
 * present, members' apologies apart from others'), in the order and words the minutes in the packs
 * print them, with each name linked to the person's page and what follows it in brackets.
 *
 * @param sections the lists, in order; one with {@code always} set says "None." when empty
 */
public record Attendance(List<Section> sections) {

  public Attendance {
    sections = List.copyOf(sections);
  }

  /**
   * One list.
   *
   * @param heading "Councillors present", "Also present", "Apologies for absence" …
   * @param lines the people
   * @param always true to print the list even when empty, as "None."
   */
  public record Section(String heading, List<Line> lines, boolean always) {
    public Section {
      lines = List.copyOf(lines);
    }
  }

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
        a.sections(ctx.council.site().houseStyle()).stream()
            .map(s -> new Section(s.heading(), lines(ctx, l, s.lines()), s.always()))
            .toList());
  }

  /** Each name linked to the person's page, with the note the packs print after it too. */
  static List<Line> lines(SiteContext ctx, Linker l, List<org.tabled.view.Attendance.Line> lines) {
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
