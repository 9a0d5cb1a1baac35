package org.tabled.model;

import java.util.Objects;

/** The id of a person: the name of their file in {@code people/}, without {@code .yaml}. */
public record PersonId(String value) implements Comparable<PersonId> {
  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(PersonId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
