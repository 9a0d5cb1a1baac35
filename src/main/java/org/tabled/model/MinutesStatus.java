package org.tabled.model;

import java.util.Locale;

/** Whether minutes have been approved as a correct record. */
public enum MinutesStatus {
  DRAFT,
  APPROVED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
