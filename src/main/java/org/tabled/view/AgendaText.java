package org.tabled.view;

import java.time.LocalDate;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.publish.PublishedCouncil;

/** Agenda wording that is computed rather than typed, so it can never go stale. */
public final class AgendaText {

  private AgendaText() {}

  /**
   * What an item whose document is not published yet prints: "To follow" unless the house style
   * says otherwise.
   */
  public static String toFollow(PublishedCouncil pub) {
    return pub.council().site().houseStyle().word("to_follow");
  }

  /**
   * What an item with a spoken update and no paper prints: "Verbal update" unless the house style
   * says otherwise.
   */
  public static String verbal(PublishedCouncil pub) {
    return pub.council().site().houseStyle().word("verbal_update");
  }

  /**
   * An item's purpose: as written, or for a minutes item with none written, "To approve the minutes
   * of the meeting held on 14 July 2026." from the date it names.
   */
  public static String purpose(PublishedCouncil pub, AgendaItem item) {
    if (!item.purpose().isBlank()) {
      return item.purpose();
    }
    if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
      return "To approve the minutes of the meeting held on "
          + Dates.medium(item.minutesOf().get(), pub.council().site().houseStyle())
          + ".";
    }
    return "";
  }

  /**
   * Why an item is "To follow" and when its document is expected, for the meeting page: "Expected
   * on 30 November 2026." from the item's {@code expected} day or its paper's own publication day,
   * when that day has not passed; otherwise that it will be published when ready. Empty for an item
   * that is not to follow.
   */
  public static String toFollowNote(PublishedCouncil pub, Meeting m, AgendaItem item) {
    if (!marker(pub, m, item).equals(toFollow(pub))) {
      return "";
    }
    if (item.kind() == ItemKind.MINUTES) {
      return "The minutes will be published here when they are ready.";
    }
    Optional<LocalDate> due =
        item.kind() == ItemKind.TO_FOLLOW
            ? item.expected().filter(d -> !d.isBefore(pub.asOf()))
            : pub.paperDue(m.id(), item.number());
    return due.map(
            d ->
                "The paper is expected to be published here on "
                    + Dates.medium(d, pub.council().site().houseStyle())
                    + ".")
        .orElse("The paper will be published here as soon as it is ready.");
  }

  /**
   * What the meeting page and the front sheet print for item {@code item} of {@code m} in place of
   * (or beside) its documents: "Verbal update"; "To follow" for an item marked so, and for a papers
   * or minutes item none of whose documents the audience can see yet (a paper published later than
   * the agenda, minutes still in draft); or nothing. A Part 2 item never has a marker: only its
   * title and exemption are public.
   */
  public static String marker(PublishedCouncil pub, Meeting m, AgendaItem item) {
    if (item.isExempt()) {
      return "";
    }
    return switch (item.kind()) {
      case VERBAL -> verbal(pub);
      case TO_FOLLOW -> toFollow(pub);
      case PAPERS, MINUTES -> Agendas.documentsPublished(pub, m, item) ? "" : toFollow(pub);
      case NONE -> "";
    };
  }
}
