package org.tabled.pdf;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tabled.format.Dates;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.Appendix;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.view.RefTitles;

/**
 * How a PDF shows {@code [[…]]} cross-references (docs/authoring.md, "Cross-references"): as a
 * link inside the PDF when the target is in it (the print stylesheet adds "(see page N)" after such
 * links with {@code target-counter()}), as a link to the published website otherwise, naming the
 * agenda pack for a meeting or item of another meeting, and as plain text when the audience cannot
 * see the target yet (an agenda not yet published).
 *
 * <p>The link text is the author's, or the target's proper title ({@link RefTitles}), shortened
 * to "paragraph 3.4" or "Appendix 2" inside the same paper.
 */
final class PdfRefs {

  /**
   * What one PDF holds, which decides which targets are links inside it.
   *
   * @param meeting the meeting whose agenda the PDF prints (for "item 5" links), if it is a pack
   * @param papers the papers in the PDF
   */
  record Scope(Optional<MeetingId> meeting, Set<PaperId> papers) {
    Scope {
      papers = Set.copyOf(papers);
    }
  }

  private final PublishedCouncil pub;
  private final RefTitles titles;
  private final String baseUrl;

  PdfRefs(PublishedCouncil pub) {
    this.pub = pub;
    this.titles = new RefTitles(pub.resolved());
    String base = pub.council().site().baseUrl();
    this.baseUrl = base.endsWith("/") ? base : base + "/";
  }

  /** The reference resolver for Markdown {@code md}, part of {@code paper} if any, printed in {@code scope}. */
  Function<RefSyntax, RefLink> of(Markdown md, Optional<Paper> paper, Scope scope) {
    return ref -> pub.resolved().ref(md, ref.raw()).map(t -> link(ref, t, paper, scope))
        .orElseGet(() -> RenderOptions.plainRef(ref));
  }

  private RefLink link(RefSyntax ref, RefTarget t, Optional<Paper> paper, Scope scope) {
    boolean samePaper = paper.isPresent() && paperOf(t).filter(p -> p.equals(paper.get().id())).isPresent();
    String text = !ref.text().isEmpty() ? ref.text() : samePaper ? titles.shortTitle(t) : titles.title(t);
    return new RefLink(href(t, scope), text, titles.title(t), suffix(t, scope));
  }

  /**
   * For a meeting or agenda item of another meeting whose agenda is out: which pack it is in,
   * "(agenda pack for 22 September 2026)". Inside the same PDF the stylesheet adds the page.
   */
  private String suffix(RefTarget t, Scope scope) {
    Optional<MeetingId> m = t instanceof RefTarget.Meeting x ? Optional.of(x.meeting())
        : t instanceof RefTarget.Item x ? Optional.of(x.meeting()) : Optional.empty();
    if (m.isEmpty() || scope.meeting().filter(m.get()::equals).isPresent() || !visible(m.get())) {
      return "";
    }
    return " (agenda pack for " + Dates.medium(m.get().date()) + ")";
  }

  private static Optional<PaperId> paperOf(RefTarget t) {
    if (t instanceof RefTarget.Paper p) {
      return Optional.of(p.paper());
    }
    if (t instanceof RefTarget.Appendix a) {
      return Optional.of(a.paper());
    }
    if (t instanceof RefTarget.Paragraph p) {
      return Optional.of(p.paper());
    }
    return Optional.empty();
  }

  private String href(RefTarget t, Scope scope) {
    if (t instanceof RefTarget.Person p) {
      return baseUrl + SitePaths.person(p.person());
    }
    if (t instanceof RefTarget.Tracker tr) {
      return baseUrl + SitePaths.tracker(tr.committee());
    }
    if (t instanceof RefTarget.Meeting m) {
      return visible(m.meeting()) ? baseUrl + SitePaths.meeting(m.meeting()) : "";
    }
    if (t instanceof RefTarget.Item i) {
      if (scope.meeting().filter(i.meeting()::equals).isPresent()) {
        return "#item-" + i.number();
      }
      return visible(i.meeting()) ? baseUrl + SitePaths.meeting(i.meeting()) : "";
    }
    if (t instanceof RefTarget.Paper p) {
      if (scope.papers().contains(p.paper())) {
        return "#" + MeetingBook.paperId(p.paper());
      }
      return paper(p.meeting(), p.paper()).isPresent() ? baseUrl + SitePaths.paper(p.meeting(), p.paper()) : "";
    }
    if (t instanceof RefTarget.Paragraph p) {
      String para = "para-" + p.number().replace('.', '-');
      if (scope.papers().contains(p.paper())) {
        return "#" + MeetingBook.bodyPrefix(p.paper()) + para;
      }
      return paper(p.meeting(), p.paper()).isPresent()
          ? baseUrl + SitePaths.paper(p.meeting(), p.paper()) + "#" + para : "";
    }
    if (t instanceof RefTarget.Appendix a) {
      Optional<Paper> owner = paper(a.meeting(), a.paper());
      Optional<Appendix> app = owner.flatMap(p -> p.appendices().stream()
          .filter(x -> x.label().equals(a.label())).findFirst());
      if (app.isEmpty()) {
        return "";
      }
      if (app.get().source() instanceof Appendix.GeneratedSource g) {
        return baseUrl + (g.kind() == Appendix.Generated.TRACKER ? SitePaths.tracker(a.meeting().committee())
            : SitePaths.workProgramme(a.meeting().committee(), Dates.municipalYear(a.meeting().date())));
      }
      if (scope.papers().contains(a.paper())) {
        return "#" + MeetingBook.appendixId(a.paper(), a.label());
      }
      return baseUrl + (app.get().source() instanceof Appendix.PdfSource
          ? SitePaths.appendixPdf(a.meeting(), a.paper(), a.label())
          : SitePaths.appendix(a.meeting(), a.paper(), a.label()));
    }
    return "";
  }

  private boolean visible(MeetingId m) {
    return pub.isAgendaPublished(m);
  }

  /** The paper if this audience may see it. */
  private Optional<Paper> paper(MeetingId m, PaperId p) {
    return visible(m) ? pub.council().meeting(m).flatMap((Meeting x) -> x.paper(p)) : Optional.empty();
  }
}
