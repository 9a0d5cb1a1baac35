package org.tabled.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Webcast;
import org.tabled.resolve.ResolvedCouncil;

/**
 * The publish stage: decides what an audience may see on a given day.
 *
 * <p>This is the one place that decides what is public; renderers only ever see its result, and
 * {@link PublishedCouncil#visibility} answers for anything a reference can name from the same
 * rules. For the public it removes:
 *
 * <ul>
 *   <li>the papers of Part 2 (exempt) items, and their ids from the agenda, leaving the item's
 *       title and exemption paragraph, which the law requires to be published;
 *   <li>papers marked {@code confidential} ({@link Meeting#isRestricted} states both rules);
 *   <li>agendas (and so papers) before the meeting's publication date, items added to an agenda
 *       after it before the day they were added, and papers before their own later publication
 *       date; papers no agenda item lists;
 *   <li>minutes before their meeting's agenda is published, and draft minutes until the agenda of a
 *       meeting asked to approve them is published (or earlier if marked for publication): councils
 *       print the draft in the pack of the meeting that approves it.
 * </ul>
 *
 * Whatever is not positively public is withheld: a meeting without a publication date has no
 * published agenda, papers or minutes. The confidential audience sees everything.
 */
public final class Publication {

  private Publication() {}

  /** The council as {@code audience} may see it on {@code asOf}. */
  public static PublishedCouncil select(
      ResolvedCouncil resolved, Audience audience, LocalDate asOf) {
    Council council = resolved.council();
    Set<MeetingId> published = new HashSet<>();
    List<Committee> committees = new ArrayList<>();
    for (Committee c : council.committees()) {
      List<Meeting> meetings = new ArrayList<>();
      for (Meeting m : c.meetings()) {
        boolean agendaOut = audience == Audience.CONFIDENTIAL || isAgendaPublic(m, asOf);
        if (agendaOut) {
          published.add(m.id());
        }
        meetings.add(audience == Audience.CONFIDENTIAL ? m : publicView(c, m, agendaOut, asOf));
      }
      committees.add(c.withMeetings(meetings));
    }
    return PublishedCouncil.of(
        new Council(council.site(), council.people(), committees),
        resolved,
        audience,
        asOf,
        published);
  }

  /**
   * True if the public may see {@code paper} of {@code item} on {@code asOf}, its agenda being
   * published.
   */
  public static boolean isPublic(Paper paper, AgendaItem item, LocalDate asOf) {
    return !item.isExempt()
        && !paper.confidential()
        && paper.published().map(p -> !p.isAfter(asOf)).orElse(true)
        && item.added().map(a -> !a.isAfter(asOf)).orElse(true);
  }

  /**
   * True if the agenda of {@code m} is published on {@code asOf}: never without a publication date.
   */
  public static boolean isAgendaPublic(Meeting m, LocalDate asOf) {
    return m.published().map(p -> !p.isAfter(asOf)).orElse(false);
  }

  /**
   * True if the public may see the minutes of {@code m}, a meeting of {@code c}, on {@code asOf}:
   * no earlier than the meeting's agenda, and then once approved, once marked for publication as a
   * draft, or as a draft from the day the agenda of a meeting asked to approve them is published
   * ({@link #approvalAgendaPublic}).
   */
  public static boolean areMinutesPublic(Committee c, Meeting m, LocalDate asOf) {
    return isAgendaPublic(m, asOf)
        && m.minutes()
            .filter(
                min ->
                    min.status() == MinutesStatus.APPROVED
                        || min.publish()
                        || approvalAgendaPublic(c, m, asOf))
            .isPresent();
  }

  /**
   * True if a meeting of {@code c} whose agenda is published on {@code asOf} has a Part 1 item
   * approving the minutes of {@code m}: its pack prints them, so they are public from that day. An
   * item in Part 2 does not publish them.
   */
  public static boolean approvalAgendaPublic(Committee c, Meeting m, LocalDate asOf) {
    for (Meeting later : c.meetings()) {
      if (!later.date().isAfter(m.date()) || !isAgendaPublic(later, asOf)) {
        continue;
      }
      for (AgendaItem item : later.agenda()) {
        if (item.kind() == ItemKind.MINUTES
            && !item.isExempt()
            && item.minutesOf().filter(d -> d.equals(m.date())).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The day {@code paper} was (or will be) published: the latest of the agenda's publication date,
   * the day its item was added to the agenda, if later, and its own publication date, if later.
   */
  public static LocalDate publishedOn(Meeting m, Paper paper) {
    LocalDate day =
        publishedOn(
            m, m.agenda().stream().filter(i -> i.papers().contains(paper.id())).findFirst());
    return paper.published().filter(p -> p.isAfter(day)).orElse(day);
  }

  /**
   * The day an item of {@code m} was (or will be) published: the agenda's publication date, or the
   * day the item was added to the agenda, if later.
   */
  public static LocalDate publishedOn(Meeting m, Optional<AgendaItem> item) {
    LocalDate agenda = m.published().orElse(m.date());
    return item.flatMap(AgendaItem::added).filter(a -> a.isAfter(agenda)).orElse(agenda);
  }

  private static Meeting publicView(Committee c, Meeting m, boolean agendaOut, LocalDate asOf) {
    List<AgendaItem> agenda = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    if (agendaOut) {
      for (AgendaItem item : m.agenda()) {
        if (item.added().filter(a -> a.isAfter(asOf)).isPresent()) {
          continue; // added to the agenda later: not public before that day, its title included
        }
        List<PaperId> visible = new ArrayList<>();
        for (PaperId id : item.papers()) {
          Optional<Paper> p = m.paper(id);
          if (p.isPresent() && !m.isRestricted(id) && isPublic(p.get(), item, asOf)) {
            visible.add(id);
            papers.add(p.get());
          }
        }
        agenda.add(item.withPapers(visible));
      }
    }
    Optional<Minutes> minutes = areMinutesPublic(c, m, asOf) ? m.minutes() : Optional.empty();
    // Where items start in the recording names agenda items: public with the agenda, Part 1 only.
    Optional<Webcast> webcast =
        m.webcast()
            .map(
                w ->
                    w.onlyItems(
                        n -> agendaOut && m.item(n).filter(i -> !i.isExempt()).isPresent()));
    return new Meeting(
        m.id(),
        m.time(),
        m.venue(),
        m.status(),
        m.published(),
        m.signedOffBy(),
        agenda,
        papers,
        minutes,
        m.note(),
        m.pos(),
        webcast,
        m.reissues(),
        m.issues(),
        m.publishedPos(),
        m.alsoExpected());
  }
}
