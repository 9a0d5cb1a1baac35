package org.tabled.view;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.tabled.model.MeetingId;
import org.tabled.model.MinuteNumbering;
import org.tabled.model.Minutes;
import org.tabled.model.Person;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Minute;
import org.tabled.resolve.TrackerEntry;

/**
 * How agenda items and minutes are named, the same on the website, in the packs and in the open
 * data: an agenda item is "Agenda item 8" (declarations of interest name agenda items), a minute
 * "Minute 8" in the default house style, where a minute carries the number of the agenda item it
 * records, or "Minute 23/2026" for a council that numbers minutes on a yearly sequence.
 */
public final class MinuteLabels {

  private MinuteLabels() {}

  /** "Agenda item 8". */
  public static String agendaItem(int number) {
    return "Agenda item " + number;
  }

  /** What a declaration that names no item concerns, as the minutes page and the PDFs print it. */
  public static final String WHOLE_MEETING = "All items (the whole meeting)";

  /**
   * What a declaration concerns: "Agenda item 4", or for one that names no item, {@link
   * #WHOLE_MEETING}.
   */
  public static String declarationScope(Minutes.Declaration d) {
    return d.item().map(MinuteLabels::agendaItem).orElse(WHOLE_MEETING);
  }

  /**
   * A declaration of interest as the packs print it, in the words of the minutes page: "Councillor
   * Gareth Llewellyn, agenda item 4: He is a member of …", or "…, all items (the whole meeting):
   * …".
   */
  public static String declaration(Person p, Minutes.Declaration d) {
    return p.displayName()
        + ", "
        + declarationScope(d).toLowerCase(Locale.UK)
        + ": "
        + d.interest().strip();
  }

  /**
   * How minute {@code m} of the meeting held on {@code held} is cited: "Minute 8", or in the yearly
   * style "Minute 23/2026"; empty for a minute printed without a number.
   */
  public static String minute(MinuteNumbering style, LocalDate held, Minute m) {
    if (m.number() == 0) {
      return "";
    }
    return "Minute " + m.number() + (style == MinuteNumbering.YEARLY ? "/" + held.getYear() : "");
  }

  /** How {@code pub}'s council cites minute {@code m} of meeting {@code id}. */
  public static String minute(PublishedCouncil pub, MeetingId id, Minute m) {
    return minute(pub.council().site().minuteNumbering(), id.date(), m);
  }

  /**
   * The minute an outcome was made under, as trackers name it: "Minute 4: Early help and family
   * hubs" (its agenda item's title), or only the title if the minute has no number.
   */
  public static String of(PublishedCouncil pub, TrackerEntry e) {
    String label = minute(pub, e.origin(), e.minute());
    return label.isEmpty() ? e.itemTitle() : label + ": " + e.itemTitle();
  }

  /**
   * The minute of meeting {@code id} that records agenda item {@code item}, if the audience can see
   * the minutes and one does.
   */
  public static Optional<Minute> recording(PublishedCouncil pub, MeetingId id, int item) {
    return pub.minutes(id).stream().filter(m -> m.item() == item).findFirst();
  }
}
