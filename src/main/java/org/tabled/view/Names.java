package org.tabled.view;

import java.util.Comparator;
import java.util.Locale;
import org.tabled.model.Person;

/** How people are ordered in lists: by surname, then by full name, then by id (stable). */
public final class Names {

  /** Surname order, as councils list members after the chair. */
  public static final Comparator<Person> BY_SURNAME = Comparator
      .comparing((Person p) -> surname(p.name()))
      .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
      .thenComparing(Person::id);

  private Names() {}

  /** The last word of a name, lower-cased: "Dr Ruth Ellery" → "ellery". */
  static String surname(String name) {
    String n = name.strip();
    int space = n.lastIndexOf(' ');
    return (space < 0 ? n : n.substring(space + 1)).toLowerCase(Locale.ROOT);
  }
}
