package org.tabled.view;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.tabled.model.Committee;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.Role;

/**
 * The one decision of the order a committee's members are listed in, on the front sheet, the
 * committee page and in the minutes' attendance, from {@code member_order}: as {@code
 * committee.yaml} writes them (the default), by office (the chair, the vice-chair, then by surname)
 * or by surname.
 */
public final class MemberOrdering {

  private MemberOrdering() {}

  /**
   * The order of {@code c}'s members, for a list of {@code T}s each naming a person and the role
   * they hold on the committee ({@link Role#SUBSTITUTE} for a substitute attending). People the
   * committee's list does not name (substitutes attending) come after those it does, by surname.
   */
  public static <T> Comparator<T> of(
      Committee c, Function<T, Person> person, Function<T, Role> role) {
    Comparator<T> bySurname = Comparator.comparing(person, Names.BY_SURNAME);
    return switch (c.memberOrder()) {
      case ALPHABETICAL -> bySurname;
      case OFFICE -> Comparator.comparing((T t) -> rank(role.apply(t))).thenComparing(bySurname);
      case WRITTEN -> {
        Map<PersonId, Integer> written = new HashMap<>();
        c.members().forEach(m -> written.putIfAbsent(m.person(), written.size()));
        yield Comparator.comparing(
                (T t) -> written.getOrDefault(person.apply(t).id(), Integer.MAX_VALUE))
            .thenComparing(bySurname);
      }
    };
  }

  /** The chair first, then the vice-chair, then everyone else. */
  private static int rank(Role r) {
    return r == Role.CHAIR ? 0 : r == Role.VICE_CHAIR ? 1 : 2;
  }
}
