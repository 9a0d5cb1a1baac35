package org.tabled.model;

import java.util.Objects;
import java.util.Set;

/** The id of a paper: the name of its folder. Unique across the whole council. */
public record PaperId(String value) implements Comparable<PaperId> {

  /**
   * Folder names a paper may not take: a paper's page sits beside its meeting's own pages, and
   * these are the names of those pages ({@code minutes/}). {@code output.SitePathsTest} checks the
   * list against the addresses the site uses.
   */
  public static final Set<String> RESERVED = Set.of("minutes");

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
