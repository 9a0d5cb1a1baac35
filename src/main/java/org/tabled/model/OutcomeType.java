package org.tabled.model;

import java.util.Locale;

/** The kinds of outcome that are tracked until the executive responds. */
public enum OutcomeType {
  RECOMMENDATION("Recommendation", "Recommendations"),
  ACTION("Action", "Actions"),
  INFORMATION_REQUEST("Request for information", "Requests for information");

  private final String label;
  private final String plural;

  OutcomeType(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
