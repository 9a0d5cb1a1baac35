package org.tabled.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.tabled.model.Committee;
import org.tabled.model.Person;
import org.tabled.model.Role;

/**
 * How people are named and ordered, the same on the website and in the packs: in lists by surname;
 * with their role on a given day ("Councillor Amara Osei, Cabinet Member for Children"); with the
 * committee office they hold ("Chair", "Vice-Chair").
 */
public final class Names {

  /** Surname order, as councils list members after the chair. */
  public static final Comparator<Person> BY_SURNAME =
      Comparator.comparing((Person p) -> surname(p.name()))
          .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
          .thenComparing(Person::id);

  private Names() {}

  /**
   * A person and what they were on one day: their portfolio, job title or what they represent
   * ({@link Person#roleOn}). Which day is the document's: the meeting's for a cover sheet and a
   * work programme round, the originating meeting's for a tracker entry.
   *
   * @param person who
   * @param role their role on that day, or empty
   */
  public record Named(Person person, String role) {

    /** {@code person} as they were on {@code day}. */
    public static Named on(Person person, LocalDate day) {
      return new Named(person, person.roleOn(day));
    }

    /** "Councillor Amara Osei, Cabinet Member for Children", or the name alone with no role. */
    public String label() {
      return role.isBlank() ? person.displayName() : person.displayName() + ", " + role;
    }
  }

  /**
   * The committee office of a member with {@code role}, styled with the committee's chair title:
   * "Chair" (or "Chairman"), "Vice-Chair"; empty for other roles.
   */
  public static String office(Committee c, Role role) {
    return switch (role) {
      case CHAIR -> c.chairTitle();
      case VICE_CHAIR -> "Vice-" + c.chairTitle();
      default -> "";
    };
  }

  /** The last word of a name, lower-cased: "Dr Ruth Ellery" → "ellery". */
  static String surname(String name) {
    String n = name.strip();
    int space = n.lastIndexOf(' ');
    return (space < 0 ? n : n.substring(space + 1)).toLowerCase(Locale.ROOT);
  }
}
