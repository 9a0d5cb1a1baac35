package org.tabled.html;

import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.output.SitePaths;

/**
 * A meeting in a list: on the home page, a committee page or a person's attendance record.
 *
 * @param href the meeting page
 * @param committee the committee's title
 * @param committeeHref the committee page
 * @param date "Tuesday 22 September 2026"
 * @param isoDate "2026-09-22", for {@code <time datetime>}
 * @param time "6.30 pm"
 * @param venue where
 * @param status "Scheduled", "Held" or "Cancelled", always in words
 * @param cancelled true if cancelled (the page says so in words, and may also style it)
 * @param note the meeting's public note, or empty
 */
public record MeetingSummary(
    String href,
    String committee,
    String committeeHref,
    String date,
    String isoDate,
    String time,
    String venue,
    String status,
    boolean cancelled,
    String note) {

  static MeetingSummary of(HouseStyle hs, Linker l, Committee c, Meeting m) {
    return new MeetingSummary(
        l.to(SitePaths.meeting(m.id())),
        c.title(),
        l.to(SitePaths.committee(c.id())),
        Dates.long_(m.date(), hs),
        m.date().toString(),
        Dates.time(m.time(), hs),
        m.venue(),
        status(m.status()),
        m.status() == MeetingStatus.CANCELLED,
        m.note());
  }

  static String status(MeetingStatus s) {
    return switch (s) {
      case SCHEDULED -> "Scheduled";
      case HELD -> "Held";
      case CANCELLED -> "Cancelled";
    };
  }
}
