package org.tabled.model;

import java.util.Locale;

/** How the pages of a supplementary agenda are numbered, a choice of the council's house style. */
public enum SupplementNumbering {
  /**
   * "Page S1", "S2" …: no page number of a supplement can be mistaken for one of the agenda pack.
   */
  PREFIXED,
  /** "Page 1", "2" …: each supplement numbered from 1, like a pack of its own. */
  RESTART;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What goes before a page number of a supplement: "S", or nothing. */
  public String prefix() {
    return this == PREFIXED ? "S" : "";
  }
}
