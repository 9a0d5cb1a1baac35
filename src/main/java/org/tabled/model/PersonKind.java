package org.tabled.model;

import java.util.Locale;

/** What a person is to the council. It decides which fields apply and how names are printed. */
public enum PersonKind {
  /** An elected member, printed "Councillor NAME". */
  COUNCILLOR,
  /** A council employee. */
  OFFICER,
  /** A co-opted member of a committee who is not a councillor (a parent governor, say). */
  CO_OPTED,
  /** Anyone else who attends or reports: a partner agency's officer, an invited guest. */
  EXTERNAL;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
