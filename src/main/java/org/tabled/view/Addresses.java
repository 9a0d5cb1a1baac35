package org.tabled.view;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tabled.markdown.Outline;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Membership;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;

/**
 * Where things are on the website this build writes, and whether they are there at all: the one
 * answer the website's links, the PDFs' links to the website and the feeds all use, so that no
 * output links to a page the site does not have.
 *
 * <p>Addresses are paths from the site's root ({@link SitePaths}), with an anchor where the target
 * is part of a page ({@code committees/c/2026-09-22/#item-5}). A target the audience cannot see on
 * the build's day has none: a paper not published, an item on an agenda not published, an entry of
 * minutes not published, a person without a page of their own (officers and guests). The members'
 * confidential packs link to the public website too, so their addresses are those of the public
 * website of the same day ({@link PublishedCouncil#website()}): an exempt paper has none.
 */
public final class Addresses {

  private final PublishedCouncil pub;
  private final Set<PersonId> withPages;

  public Addresses(PublishedCouncil pub) {
    this.pub = pub.website();
    this.withPages = peopleWithPages(pub);
  }

  /**
   * The people who get a page of their own: councillors, co-opted members and anyone who is or was
   * on a committee. Officers and guests are named in papers but have no page.
   */
  public static Set<PersonId> peopleWithPages(PublishedCouncil pub) {
    Set<PersonId> out = new TreeSet<>();
    for (Person p : pub.council().people()) {
      if (p.kind() == PersonKind.COUNCILLOR || p.kind() == PersonKind.CO_OPTED) {
        out.add(p.id());
      }
    }
    for (Committee c : pub.council().committees()) {
      c.members().stream().map(Membership::person).forEach(out::add);
    }
    return out;
  }

  /**
   * The people with a page of their own, in id order ({@link #peopleWithPages(PublishedCouncil)}).
   */
  public Set<PersonId> peopleWithPages() {
    return withPages;
  }

  /** The address of {@code person}'s page, if they have one. */
  public Optional<String> person(PersonId person) {
    return withPages.contains(person) ? Optional.of(SitePaths.person(person)) : Optional.empty();
  }

  /**
   * The address of what {@code t} points at, with its anchor, if the site has it for this audience.
   */
  public Optional<String> of(RefTarget t) {
    if (t instanceof RefTarget.Meeting m) {
      return pub.council()
          .meeting(m.meeting())
          .filter(pub::isListed)
          .map(x -> SitePaths.meeting(x.id()));
    }
    if (t instanceof RefTarget.Item i) {
      return pub.isAgendaPublished(i.meeting())
              && pub.council().meeting(i.meeting()).flatMap(m -> m.item(i.number())).isPresent()
          ? Optional.of(SitePaths.meeting(i.meeting()) + "#" + itemAnchor(i.number()))
          : Optional.empty();
    }
    if (t instanceof RefTarget.Paper p) {
      return paper(p.meeting(), p.paper()).map(x -> SitePaths.paper(p.meeting(), p.paper()));
    }
    if (t instanceof RefTarget.Paragraph p) {
      return paper(p.meeting(), p.paper())
          .flatMap(paper -> pub.doc(paper.body()).outline().paragraph(p.number()))
          .map(Outline.Paragraph::anchor)
          .map(a -> SitePaths.paper(p.meeting(), p.paper()) + "#" + a);
    }
    if (t instanceof RefTarget.Appendix a) {
      return paper(a.meeting(), a.paper())
          .flatMap(
              paper ->
                  paper.appendices().stream().filter(x -> x.label().equals(a.label())).findFirst())
          .flatMap(x -> appendix(a.meeting(), a.paper(), x));
    }
    if (t instanceof RefTarget.Tracker tr) {
      return pub.tracks(tr.committee(), tr.outcome())
          ? Optional.of(SitePaths.tracker(tr.committee()) + "#" + tr.outcome())
          : Optional.empty();
    }
    if (t instanceof RefTarget.Person p) {
      return person(p.person());
    }
    throw new IllegalArgumentException(t.toString());
  }

  /** The id of agenda item {@code number} on its meeting page and on a pack's front sheet. */
  public static String itemAnchor(int number) {
    return "item-" + number;
  }

  /**
   * Where appendix {@code x} of paper {@code paper} is on the site: its page (Markdown), its file
   * (a supplied PDF), or the page it is built from (the tracker, the work programme).
   */
  public Optional<String> appendix(MeetingId meeting, PaperId paper, Appendix x) {
    if (x.source() instanceof Appendix.MarkdownSource) {
      return Optional.of(SitePaths.appendix(meeting, paper, x.label()));
    }
    if (x.source() instanceof Appendix.PdfSource) {
      return Optional.of(SitePaths.appendixPdf(meeting, paper, x.label()));
    }
    return generated(
        meeting.committee(), meeting.date(), ((Appendix.GeneratedSource) x.source()).kind());
  }

  /**
   * The page a generated appendix of a paper for a meeting of committee {@code c} on {@code date}
   * is built from: the committee's tracker, or its work programme for the meeting's municipal year
   * (none if the committee has no work programme for that year).
   */
  public Optional<String> generated(CommitteeId c, LocalDate date, Appendix.Generated kind) {
    if (kind == Appendix.Generated.TRACKER) {
      return pub.council().committee(c).map(x -> SitePaths.tracker(c));
    }
    return pub.council()
        .committee(c)
        .flatMap(x -> WorkProgrammes.of(pub, x, date))
        .map(w -> SitePaths.workProgramme(c, w.year()));
  }

  /** The paper, if this audience can see it. */
  private Optional<Paper> paper(MeetingId meeting, PaperId paper) {
    return pub.council().meeting(meeting).flatMap((Meeting m) -> m.paper(paper));
  }
}
