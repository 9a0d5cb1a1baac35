package org.tabled.html;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tabled.model.Committee;
import org.tabled.model.Membership;
import org.tabled.model.Person;
import org.tabled.model.Role;

/**
 * A committee's membership on a day, in the order councils print it: the chair first, then the
 * vice-chair, then members by surname, then co-opted members (voting before non-voting), then
 * named substitutes.
 */
final class Roster {

  private Roster() {}

  /** Everyone on {@code c} on {@code day}, substitutes last, in printing order. */
  static List<Membership> on(SiteContext ctx, Committee c, LocalDate day) {
    Comparator<Membership> order = Comparator.comparingInt(Roster::rank)
        .thenComparing(m -> sortKey(ctx.person(m.person())))
        .thenComparing(m -> m.person().value());
    return c.membersOn(day).stream().sorted(order).toList();
  }

  /** How the membership is described: "Chair", "Vice-Chair", "Co-opted member (non-voting)" … */
  static String role(Committee c, Membership m) {
    return switch (m.role()) {
      case CHAIR -> c.chairTitle();
      case VICE_CHAIR -> "Vice-" + c.chairTitle();
      case MEMBER -> "Member";
      case CO_OPTED -> m.voting() ? "Co-opted member (voting)" : "Co-opted member (non-voting)";
      case SUBSTITUTE -> "Substitute member";
    };
  }

  /** The person who chairs {@code c} on {@code day}, if the membership names one. */
  static boolean isChair(Committee c, LocalDate day, Person p) {
    return c.membersOn(day).stream().anyMatch(m -> m.role() == Role.CHAIR && m.person().equals(p.id()));
  }

  private static int rank(Membership m) {
    return switch (m.role()) {
      case CHAIR -> 0;
      case VICE_CHAIR -> 1;
      case MEMBER -> 2;
      case CO_OPTED -> m.voting() ? 3 : 4;
      case SUBSTITUTE -> 5;
    };
  }

  /** Surname first, so that "Amara Osei" sorts under O; titles such as "Dr" are not names. */
  static String sortKey(Person p) {
    String[] words = p.name().strip().split("\\s+");
    String surname = words[words.length - 1];
    return (surname + " " + p.name()).toLowerCase(Locale.ROOT);
  }
}
