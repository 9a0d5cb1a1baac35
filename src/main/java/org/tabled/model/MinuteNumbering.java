package org.tabled.model;

import java.util.Locale;

/**
 * How a council numbers its minutes (house style, {@code minute_numbering} in {@code site.yaml}).
 */
public enum MinuteNumbering {
  /**
   * A minute carries the number of the agenda item it records ("Minute 8" records agenda item 8); a
   * minute that records no agenda item ("Exclusion of the press and public") has no number.
   */
  AGENDA,
  /**
   * Minutes are numbered on their own sequence, from 1 each calendar year across a committee's
   * meetings, and cited with the year: "Minute 23/2026".
   */
  YEARLY;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
