package org.tabled.model;

import java.util.Objects;

/** The id of a committee: the name of its folder in {@code committees/}. Also its URL segment. */
public record CommitteeId(String value) implements Comparable<CommitteeId> {
  public CommitteeId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(CommitteeId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
