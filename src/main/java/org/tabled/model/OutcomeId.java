package org.tabled.model;

import java.util.Objects;

/**
 * The id of a recommendation, action or request for information recorded in minutes. Unique across
 * the council, so that a tracker response can name it.
 */
public record OutcomeId(String value) implements Comparable<OutcomeId> {
  public OutcomeId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(OutcomeId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
