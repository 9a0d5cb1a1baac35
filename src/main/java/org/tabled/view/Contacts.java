package org.tabled.view;

import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Person;

/**
 * Whom the public asks about a committee, the same on its page and on its agendas' front sheets.
 */
public final class Contacts {

  private Contacts() {}

  /**
   * A committee officer and how to reach them.
   *
   * @param name their name
   * @param jobTitle their job title, or empty
   * @param email their own email, or the council's democratic services email if they have none
   * @param phone their phone, or empty
   */
  public record Officer(String name, String jobTitle, String email, String phone) {}

  /** The committee officer of {@code c}. */
  public static Officer officer(Council council, Committee c) {
    Person o =
        council
            .person(c.officer())
            .orElseThrow(
                () -> new IllegalStateException("validated person missing: " + c.officer()));
    String email =
        o.contact().email().isEmpty() ? council.site().contact().email() : o.contact().email();
    return new Officer(o.displayName(), o.jobTitle(), email, o.contact().phone());
  }
}
