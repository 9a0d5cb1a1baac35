package org.tabled.model;

import java.util.Locale;

/** A person's role on a committee. */
public enum Role {
  CHAIR,
  VICE_CHAIR,
  MEMBER,
  /** A co-opted member (voting or not, see {@link Membership#voting()}). */
  CO_OPTED,
  /** A named substitute who may attend in a member's place. */
  SUBSTITUTE;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
