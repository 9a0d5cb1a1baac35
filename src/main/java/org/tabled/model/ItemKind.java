package org.tabled.model;

import java.util.Locale;

/** What an agenda item brings to the meeting, which decides what the front sheet prints for it. */
public enum ItemKind {
  /** Papers are attached: the front sheet prints their page range. */
  PAPERS,
  /** The minutes of an earlier meeting, to approve. */
  MINUTES,
  /** A spoken update with no paper: "Verbal update". */
  VERBAL,
  /** A paper that will be published later: "To follow". */
  TO_FOLLOW,
  /** Nothing attached (membership, declarations of interest, any other business). */
  NONE;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
