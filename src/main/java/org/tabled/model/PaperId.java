package org.tabled.model;

import java.util.Objects;

/** The id of a paper: the name of its folder. Unique across the whole council. */
public record PaperId(String value) implements Comparable<PaperId> {
  public PaperId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(PaperId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
