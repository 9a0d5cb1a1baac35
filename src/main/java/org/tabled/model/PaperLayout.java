package org.tabled.model;

import java.util.Locale;
import java.util.Optional;

/** Which kind of document a paper is, which decides its cover sheet. */
public enum PaperLayout {
  /** An officer's report with the standard cover sheet and numbered sections. */
  REPORT,
  /** A cabinet member's update on their portfolio: a short header, no cover table. */
  PORTFOLIO_UPDATE,
  /** Any other document: title only, no cover sheet. */
  PLAIN,
  /**
   * The committee's recommendation and action tracker, generated, as the item's paper itself: no
   * cover sheet, no body.
   */
  TRACKER,
  /** The committee's work programme, generated, as the item's paper itself. */
  WORK_PROGRAMME;

  /** What a paper of this layout is generated from, if it is generated rather than written. */
  public Optional<Appendix.Generated> generated() {
    return switch (this) {
      case TRACKER -> Optional.of(Appendix.Generated.TRACKER);
      case WORK_PROGRAMME -> Optional.of(Appendix.Generated.WORK_PROGRAMME);
      default -> Optional.empty();
    };
  }

  /** True if a paper of this layout has no cover sheet: a plain or generated paper. */
  public boolean coverless() {
    return this == PLAIN || generated().isPresent();
  }

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
