package org.tabled.model;

import java.util.Locale;

/** How a committee's members are listed ({@code member_order} in {@code committee.yaml}). */
public enum MemberOrder {
  /** In the order {@code committee.yaml} lists them: the default, as councils write their lists. */
  WRITTEN,
  /** The chair, then the vice-chair, then the others by surname. */
  OFFICE,
  /** By surname, whatever office is held. */
  ALPHABETICAL;

  /** The value written in {@code committee.yaml}: "written", "office", "alphabetical". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
