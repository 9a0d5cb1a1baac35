package org.tabled.view;

import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.ItemKind;

/** Agenda wording that is computed rather than typed, so it can never go stale. */
public final class AgendaText {

  private AgendaText() {}

  /**
   * An item's purpose: as written, or for a minutes item with none written, "To approve the
   * minutes of the meeting held on 14 July 2026." from the date it names.
   */
  public static String purpose(AgendaItem item) {
    if (!item.purpose().isBlank()) {
      return item.purpose();
    }
    if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
      return "To approve the minutes of the meeting held on " + Dates.medium(item.minutesOf().get()) + ".";
    }
    return "";
  }

  /** What the front sheet prints instead of a page range: "Verbal update", "To follow", or nothing. */
  public static String marker(AgendaItem item) {
    return switch (item.kind()) {
      case VERBAL -> "Verbal update";
      case TO_FOLLOW -> "To follow";
      default -> "";
    };
  }
}
