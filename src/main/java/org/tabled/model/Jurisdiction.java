package org.tabled.model;

import java.util.Locale;

/** Where the council is, which decides its bank holidays: the three tables GOV.UK publishes. */
public enum Jurisdiction {
  ENGLAND_AND_WALES("England and Wales"),
  SCOTLAND("Scotland"),
  NORTHERN_IRELAND("Northern Ireland");

  private final String label;

  Jurisdiction(String label) {
    this.label = label;
  }

  /** The word used in content files and in GOV.UK's data: "england-and-wales". */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The name for people: "England and Wales". */
  public String label() {
    return label;
  }
}
