package org.tabled.model;

/** Whether minutes have been approved as a correct record. */
public enum MinutesStatus {
  DRAFT,
  APPROVED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
