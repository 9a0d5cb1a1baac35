package org.tabled.model;

import java.util.Locale;

/** Where a meeting is in its life. */
public enum MeetingStatus {
  SCHEDULED,
  HELD,
  CANCELLED;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
