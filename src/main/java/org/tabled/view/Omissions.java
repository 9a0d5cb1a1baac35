package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.publish.PublishedCouncil;
import org.tabled.source.SourcePos;

/**
 * What the published output prints in place of content that is missing or not public yet: every "To
 * follow", every paper left out of its item, and every generated tracker or work programme that has
 * nothing to list. Nothing is substituted silently: {@code check} and {@code build} print each of
 * these as a warning at the place that causes it, worked out here, before rendering, from the same
 * rules the website and the packs use ({@link AgendaText#marker}, {@link Trackers#asOf}, {@link
 * WorkProgrammes#of}).
 */
public final class Omissions {

  private Omissions() {}

  /**
   * One thing the output prints as missing.
   *
   * @param pos the agenda item, or the appendix, concerned
   * @param message what is printed and why, naming the item
   */
  public record Omission(SourcePos pos, String message) {}

  /**
   * Every omission in the agendas the audience of {@code pub} can see, in committee and date order.
   */
  public static List<Omission> of(PublishedCouncil pub) {
    List<Omission> out = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (!pub.isAgendaPublished(m.id())) {
          continue;
        }
        Meeting whole = pub.resolved().council().meeting(m.id()).orElse(m);
        for (AgendaItem item : m.agenda()) {
          if (!item.isExempt()) {
            item(pub, c, m, whole, item, out);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static String name(PublishedCouncil pub, Meeting m, AgendaItem item) {
    return "agenda item "
        + item.number()
        + " '"
        + item.title()
        + "' of the meeting on "
        + Dates.medium(m.date(), pub.council().site().houseStyle());
  }

  private static void item(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      Meeting whole,
      AgendaItem item,
      List<Omission> out) {
    String toFollow = AgendaText.toFollow(pub);
    boolean marked = AgendaText.marker(pub, m, item).equals(toFollow);
    Optional<AgendaItem> full = whole.item(item.number());
    if (item.kind() == ItemKind.TO_FOLLOW) {
      out.add(
          new Omission(
              item.pos(),
              name(pub, m, item)
                  + " prints \""
                  + toFollow
                  + "\": it is marked 'kind: to-follow'"
                  + item.expected()
                      .map(
                          d ->
                              " (expected on "
                                  + Dates.medium(d, pub.council().site().houseStyle())
                                  + ")")
                      .orElse("")));
      return;
    }
    if (item.kind() == ItemKind.MINUTES && marked) {
      out.add(
          new Omission(
              item.pos(),
              name(pub, m, item) + " prints \"" + toFollow + "\": " + minutesReason(pub, c, item)));
      return;
    }
    for (PaperId id : full.map(AgendaItem::papers).orElse(List.of())) {
      if (m.paper(id).isPresent()) {
        continue;
      }
      String why =
          whole.paper(id).map(p -> paperReason(pub, whole, p)).orElse("it has no paper.md");
      out.add(
          new Omission(
              item.pos(),
              name(pub, m, item)
                  + (marked ? " prints \"" + toFollow + "\": " : " leaves out ")
                  + "paper '"
                  + id
                  + "'"
                  + (marked ? " " : ", which ")
                  + why));
    }
    for (PaperId id : item.papers()) {
      m.paper(id).ifPresent(p -> generated(pub, c, m, item, p, out));
    }
  }

  private static String minutesReason(PublishedCouncil pub, Committee c, AgendaItem item) {
    if (item.minutesOf().isEmpty()) {
      return "it names no meeting ('minutes_of')";
    }
    LocalDate d = item.minutesOf().get();
    Optional<Meeting> held = pub.resolved().council().meeting(new MeetingId(c.id(), d));
    if (held.isEmpty()) {
      return "the committee has no meeting on "
          + Dates.medium(d, pub.council().site().houseStyle());
    }
    if (held.get().minutes().isEmpty()) {
      return "the meeting on "
          + Dates.medium(d, pub.council().site().houseStyle())
          + " has no minutes"
          + (held.get().status() == MeetingStatus.HELD
              ? " (no minutes.md in its folder)"
              : " (it is not marked held)");
    }
    return "the minutes of the meeting on "
        + Dates.medium(d, pub.council().site().houseStyle())
        + " are not public yet (that meeting's agenda is"
        + held.get()
            .published()
            .map(p -> " published on " + Dates.medium(p, pub.council().site().houseStyle()) + ")")
            .orElse(" not published)");
  }

  private static String paperReason(PublishedCouncil pub, Meeting whole, Paper p) {
    if (p.confidential()) {
      return "is confidential and never published";
    }
    return p.published()
        .map(d -> "is published on " + Dates.medium(d, pub.council().site().houseStyle()))
        .orElse("is not public");
  }

  private static void generated(
      PublishedCouncil pub, Committee c, Meeting m, AgendaItem item, Paper p, List<Omission> out) {
    for (Appendix a : p.appendices()) {
      if (!(a.source() instanceof Appendix.GeneratedSource g)) {
        continue;
      }
      String which =
          "Appendix "
              + a.label()
              + " '"
              + a.title()
              + "' of paper '"
              + p.id()
              + "' ("
              + name(pub, m, item)
              + ")";
      if (g.kind() == Appendix.Generated.TRACKER
          && Trackers.asOf(pub, c.id(), m.date(), m.published().orElse(m.date())).isEmpty()) {
        out.add(
            new Omission(
                a.pos(),
                which
                    + " prints an empty tracker: no recommendations, actions or requests for"
                    + " information are in the committee's published minutes of meetings before "
                    + Dates.medium(m.date(), pub.council().site().houseStyle())));
      } else if (g.kind() == Appendix.Generated.WORK_PROGRAMME
          && WorkProgrammes.of(pub, c, m.date()).isEmpty()) {
        out.add(
            new Omission(
                a.pos(),
                which
                    + " prints no work programme: the committee has no work-programme/"
                    + Dates.municipalYear(m.date(), pub.council().site().houseStyle())
                    + ".yaml"));
      }
    }
  }
}
