package org.tabled.model;

import java.util.Locale;

/** Where a tracked recommendation, action or request stands. */
public enum TrackerStatus {
  OPEN("Open"),
  IN_PROGRESS("In progress"),
  COMPLETED("Completed"),
  NOT_PROGRESSING("Not progressing");

  private final String label;

  TrackerStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
