package org.tabled.feeds;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Site;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.PackNames;
import org.tabled.view.Webcasts;

/**
 * iCalendar files (RFC 5545) of the meetings the public may know about: one per meeting (the
 * meeting page's "add to calendar" link), one per committee and one for all meetings, to subscribe
 * to. Written with biweekly, which handles line folding and escaping.
 *
 * <p>Deterministic: every event's {@code UID} comes from the committee and date, so a calendar that
 * subscribed updates the same event when a meeting moves or is cancelled; {@code DTSTAMP} is the
 * agenda's publication date, not the time of the build. Times are converted from UK local time to
 * UTC, so no {@code VTIMEZONE} is needed.
 */
public final class ICalendar {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private ICalendar() {}

  /**
   * Writes committee {@code c}'s calendar and each of its listed meetings' to {@code out} (path,
   * bytes), which its part of the website writes: they read only what the committee's pages read.
   */
  public static void committee(PublishedCouncil pub, Committee c, BiConsumer<String, byte[]> out) {
    List<VEvent> events = new ArrayList<>();
    for (Meeting m : c.meetings()) {
      if (pub.isListed(m)) {
        VEvent e = event(pub, c, m);
        events.add(e);
        out.accept(
            SitePaths.meetingIcs(m.id()), utf8(write(c.title() + ", " + m.date(), List.of(e))));
      }
    }
    out.accept(SitePaths.committeeIcs(c.id()), utf8(write(c.title() + " meetings", events)));
  }

  /** Writes the calendar of every committee's listed meetings. */
  public static void all(PublishedCouncil pub, OutputTree out) {
    List<VEvent> all = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (pub.isListed(m)) {
          all.add(event(pub, c, m));
        }
      }
    }
    out.put(
        SitePaths.allMeetingsIcs(),
        write(pub.council().site().council() + " committee meetings", all));
  }

  /** The event of meeting {@code m} of committee {@code c}. */
  private static VEvent event(PublishedCouncil pub, Committee c, Meeting m) {
    return event(
        pub.council().site(), c, m, pub.isAgendaPublished(m.id()), pub.asOf(), pub.packs(m.id()));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static VEvent event(
      Site site,
      Committee c,
      Meeting m,
      boolean agendaPublished,
      LocalDate asOf,
      List<Packs.Pack> packs) {
    VEvent e = new VEvent();
    e.setUid("meeting-" + c.id() + "-" + m.date() + "@" + host(site.baseUrl()));
    // A stamp from the content, never the clock: the agenda's publication date once it is out;
    // before that, the day being published for (or the meeting date, if earlier).
    LocalDate stamp =
        m.published()
            .filter(p -> !p.isAfter(asOf))
            .orElse(m.date().isBefore(asOf) ? m.date() : asOf);
    // a supplementary agenda changes the event: its day is the stamp, so that calendars update
    for (Packs.Pack p : packs) {
      stamp = p.date().isAfter(stamp) ? p.date() : stamp;
    }
    e.setDateTimeStamp(Date.from(stamp.atStartOfDay(ZoneOffset.UTC).toInstant()));
    e.setDateStart(Date.from(m.date().atTime(m.time()).atZone(UK).toInstant()), true);
    m.minutes()
        .flatMap(min -> min.ended())
        .filter(end -> end.isAfter(m.time()))
        .ifPresent(
            end -> e.setDateEnd(Date.from(m.date().atTime(end).atZone(UK).toInstant()), true));
    e.setSummary(m.status() == MeetingStatus.CANCELLED ? c.title() + " (cancelled)" : c.title());
    e.setLocation(m.venue());
    e.setStatus(m.status() == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
    String url = site.baseUrl() + SitePaths.meeting(m.id());
    e.setUrl(url);
    e.setDescription(description(m, agendaPublished, url, packs, site.houseStyle()));
    return e;
  }

  /** What a reader sees of the event: its dates printed in the council's house style. */
  private static String description(
      Meeting m, boolean agendaPublished, String url, List<Packs.Pack> packs, HouseStyle hs) {
    StringBuilder s = new StringBuilder();
    if (!m.note().isBlank()) {
      s.append(m.note().strip()).append("\n\n");
    }
    if (agendaPublished && !m.agenda().isEmpty()) {
      s.append("Agenda:\n");
      for (AgendaItem item : m.agenda()) {
        s.append(item.number())
            .append(". ")
            .append(item.title())
            .append(item.isExempt() ? " (private)" : "")
            .append('\n');
      }
      s.append('\n');
    }
    for (Packs.Pack p : packs) {
      if (p.id().isSupplement()) {
        List<String> items = p.items().stream().map(i -> String.valueOf(i.number())).toList();
        s.append(PackNames.title(p.id()))
            .append(", published ")
            .append(Dates.medium(p.date(), hs))
            .append(items.size() == 1 ? ": item " : ": items ")
            .append(String.join(", ", items))
            .append("\n\n");
      }
    }
    m.webcast()
        .ifPresent(
            w ->
                s.append(Webcasts.name(m, w))
                    .append(" (")
                    .append(w.provider())
                    .append("): ")
                    .append(w.url())
                    .append("\n\n"));
    return s.append("Agenda, papers and minutes: ").append(url).toString();
  }

  static String write(String name, List<VEvent> events) {
    biweekly.ICalendar cal = new biweekly.ICalendar();
    cal.setProductId("-//Tabled//Committee meetings//EN");
    cal.setMethod(Method.publish());
    cal.setName(name);
    cal.addExperimentalProperty("X-WR-CALNAME", name);
    events.forEach(cal::addEvent);
    return Biweekly.write(cal).go();
  }

  private static String host(String baseUrl) {
    try {
      String h = URI.create(baseUrl).getHost();
      return h == null ? "tabled.invalid" : h;
    } catch (IllegalArgumentException e) {
      return "tabled.invalid";
    }
  }
}
