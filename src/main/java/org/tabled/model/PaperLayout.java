package org.tabled.model;

import java.util.Locale;

/** Which kind of document a paper is, which decides its cover sheet. */
public enum PaperLayout {
  /** An officer's report with the standard cover sheet and numbered sections. */
  REPORT,
  /** A cabinet member's update on their portfolio: a short header, no cover table. */
  PORTFOLIO_UPDATE,
  /** Any other document: title only, no cover sheet. */
  PLAIN;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
