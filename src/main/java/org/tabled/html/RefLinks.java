package org.tabled.html;

import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.markdown.Outline;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.model.Appendix;
import org.tabled.model.CommitteeId;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.PaperId;
import org.tabled.output.SitePaths;
import org.tabled.resolve.RefTarget;
import org.tabled.view.RefTitles;

/**
 * How the website shows each {@code [[…]]} cross-reference: a link to the target's page or
 * anchor, whose text is the target's proper title (or the author's own words) and whose
 * {@code title} attribute is the full title.
 *
 * <p>A target the audience cannot see on the build's day ({@code PublishedCouncil#visibility}) is
 * named only by its meeting, without a link or {@code title} ("a paper for the meeting of … on 2
 * February 2027 (not yet published)"): its number, title and text are withheld with it. Titles
 * come from {@link RefTitles}, the same for the website and the packs.
 */
final class RefLinks {

  private final SiteContext ctx;
  private final RefTitles titles;

  RefLinks(SiteContext ctx) {
    this.ctx = ctx;
    this.titles = new RefTitles(ctx.pub.resolved());
  }

  /**
   * The link for {@code ref}, written in {@code md}, on the page of linker {@code l}.
   *
   * @param home the paper whose body or appendix {@code md} is, or null: references to its own
   *     paragraphs and appendices, and to items of its meeting, use short titles ("paragraph 3.4")
   */
  RefLink link(Markdown md, RefSyntax ref, Linker l, RefTarget.Paper home) {
    Optional<RefTarget> resolved = ctx.pub.resolved().ref(md, ref.raw());
    if (resolved.isEmpty()) {
      // Cannot happen in a build that passed the resolve stage; show what was written.
      return new RefLink("", ref.text().isEmpty() ? ref.raw() : ref.text(), "", "");
    }
    RefTarget t = resolved.get();
    if (!ctx.pub.isVisible(t)) {
      // Not public (yet): only its meeting is, so its number and title are withheld too.
      String neutral = titles.embargoedTitle(t).orElse("");
      return new RefLink("", ref.text().isEmpty() ? neutral : apostrophes(ref.text()), "", "");
    }
    Optional<String> href = target(t).map(l::to);
    String title = titles.title(t);
    String text = !ref.text().isEmpty() ? apostrophes(ref.text())
        : sameContext(t, home) ? titles.shortTitle(t) : title;
    return new RefLink(href.orElse(""), text, title, "");
  }

  /**
   * The author's own link text with the typographic apostrophes the rest of their prose gets
   * ("the committee’s meeting"), which flexmark does not apply inside a reference.
   */
  static String apostrophes(String text) {
    return text.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
  }

  /** The output path (with its anchor) of {@code t}, if the audience can see it. */
  Optional<String> target(RefTarget t) {
    if (t instanceof RefTarget.Meeting m) {
      return ctx.council.meeting(m.meeting()).filter(ctx.pub::isListed).map(x -> SitePaths.meeting(x.id()));
    }
    if (t instanceof RefTarget.Item i) {
      return ctx.pub.isAgendaPublished(i.meeting())
          ? Optional.of(SitePaths.meeting(i.meeting()) + "#item-" + i.number()) : Optional.empty();
    }
    if (t instanceof RefTarget.Paper p) {
      return visible(p.meeting(), p.paper()).map(m -> SitePaths.paper(p.meeting(), p.paper()));
    }
    if (t instanceof RefTarget.Paragraph p) {
      return visible(p.meeting(), p.paper()).flatMap(m -> m.paper(p.paper()))
          .flatMap(paper -> ctx.pub.doc(paper.body()).outline().paragraph(p.number()))
          .map(Outline.Paragraph::anchor).map(a -> SitePaths.paper(p.meeting(), p.paper()) + "#" + a);
    }
    if (t instanceof RefTarget.Appendix a) {
      return visible(a.meeting(), a.paper()).flatMap(m -> m.paper(a.paper()))
          .flatMap(paper -> paper.appendices().stream().filter(x -> x.label().equals(a.label())).findFirst())
          .flatMap(x -> appendix(a, x));
    }
    if (t instanceof RefTarget.Tracker tr) {
      return TrackerPage.visible(ctx, tr.committee()).stream().anyMatch(e -> e.outcome().id().equals(tr.outcome()))
          ? Optional.of(SitePaths.tracker(tr.committee()) + "#" + tr.outcome()) : Optional.empty();
    }
    if (t instanceof RefTarget.Person p) {
      return ctx.peopleWithPages().contains(p.person()) ? Optional.of(SitePaths.person(p.person())) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Where an appendix is on the site: its page, its PDF, or the tracker or work programme it is built from. */
  private Optional<String> appendix(RefTarget.Appendix a, Appendix x) {
    if (x.source() instanceof Appendix.MarkdownSource) {
      return Optional.of(SitePaths.appendix(a.meeting(), a.paper(), a.label()));
    }
    if (x.source() instanceof Appendix.PdfSource) {
      return Optional.of(SitePaths.appendixPdf(a.meeting(), a.paper(), a.label()));
    }
    return generated(a.meeting().committee(), a.meeting().date(), ((Appendix.GeneratedSource) x.source()).kind());
  }

  /**
   * The page of a generated appendix of a paper for a meeting of committee {@code c} on
   * {@code date}: the committee's tracker, or its work programme for the meeting's municipal year
   * (none if the committee has no work programme for that year).
   */
  Optional<String> generated(CommitteeId c, java.time.LocalDate date, Appendix.Generated kind) {
    if (kind == Appendix.Generated.TRACKER) {
      return Optional.of(SitePaths.tracker(c));
    }
    String year = Dates.municipalYear(date);
    return ctx.council.committee(c).filter(x -> x.workProgrammes().stream().anyMatch(w -> w.year().equals(year)))
        .map(x -> SitePaths.workProgramme(c, year));
  }

  /** The meeting of a paper the audience can see, if it can. */
  private Optional<Meeting> visible(org.tabled.model.MeetingId meeting, PaperId paper) {
    return ctx.council.meeting(meeting).filter(m -> m.paper(paper).isPresent());
  }

  /** True if {@code t} is part of the paper (or, for an agenda item, the meeting) the text belongs to. */
  private static boolean sameContext(RefTarget t, RefTarget.Paper home) {
    if (home == null) {
      return false;
    }
    if (t instanceof RefTarget.Paragraph p) {
      return p.paper().equals(home.paper());
    }
    if (t instanceof RefTarget.Appendix a) {
      return a.paper().equals(home.paper());
    }
    if (t instanceof RefTarget.Item i) {
      return i.meeting().equals(home.meeting());
    }
    return false;
  }
}
