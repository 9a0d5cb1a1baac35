package org.tabled.view;

import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.publish.PublishedCouncil;

/** Agenda wording that is computed rather than typed, so it can never go stale. */
public final class AgendaText {

  /** What an item whose document is not published yet prints. */
  public static final String TO_FOLLOW = "To follow";

  /** What an item with a spoken update and no paper prints. */
  public static final String VERBAL = "Verbal update";

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

  /**
   * What the meeting page and the front sheet print for item {@code item} of {@code m} in place
   * of (or beside) its documents: "Verbal update"; "To follow" for an item marked so, and for a
   * papers or minutes item none of whose documents the audience can see yet (a paper published
   * later than the agenda, minutes still in draft); or nothing. A Part 2 item never has a marker:
   * only its title and exemption are public.
   */
  public static String marker(PublishedCouncil pub, Meeting m, AgendaItem item) {
    if (item.isExempt()) {
      return "";
    }
    return switch (item.kind()) {
      case VERBAL -> VERBAL;
      case TO_FOLLOW -> TO_FOLLOW;
      case PAPERS, MINUTES -> Agendas.documentsPublished(pub, m, item) ? "" : TO_FOLLOW;
      case NONE -> "";
    };
  }
}
