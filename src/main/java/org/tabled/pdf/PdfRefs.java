package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tabled.format.Dates;
import org.tabled.markdown.Outline;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.ItemKind;
import org.tabled.model.Markdown;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.view.Addresses;
import org.tabled.view.PackNames;
import org.tabled.view.RefTitles;

/**
 * How a PDF shows {@code [[…]]} cross-references (docs/authoring.md, "Cross-references"):
 *
 * <ul>
 *   <li>a target in the same PDF is a link inside it, followed by "(see page N)" (or inside
 *       brackets ", page N"), which {@link PageNumbers} writes from the PDF's layout;
 *   <li>a target printed in an agenda pack other than this PDF (another meeting's pack; from a
 *       paper's own PDF, its meeting's pack too) links to the published website and is followed by
 *       where it is printed: "(page 14 of the agenda pack for 22 September 2026)", with the page
 *       read from that pack's layout ({@link PackMaps}); a meeting, "(agenda pack for …)";
 *   <li>a target the audience cannot see ({@code PublishedCouncil#visibility}) is plain text named
 *       only by its meeting ({@link RefTitles#embargoedTitle}), as on the website: its number,
 *       title and text are withheld with it.
 * </ul>
 *
 * <p>The link text is the author's, or the target's proper title ({@link RefTitles}), shortened to
 * "paragraph 3.4" or "Appendix 2" inside the same paper.
 */
final class PdfRefs {

  /**
   * What one PDF holds, which decides which targets are links inside it.
   *
   * @param meeting the meeting whose agenda the PDF prints (for "item 5" links), if it is a pack
   * @param papers the papers in the PDF
   * @param items in a pack, the id of each agenda item's first document, by item number
   * @param trackerRows the rows of the tracker appendix in the PDF, if any: the id of each
   *     outcome's row
   * @param pages where things are in the other packs of the build
   */
  record Scope(
      Optional<MeetingId> meeting,
      Set<PaperId> papers,
      Map<Integer, String> items,
      Map<OutcomeId, String> trackerRows,
      PackMaps.Reader pages) {
    Scope {
      papers = Set.copyOf(papers);
      items = Map.copyOf(items);
      trackerRows = Map.copyOf(trackerRows);
    }

    /** The same PDF, with the tracker rows {@code rows}. */
    Scope withTrackerRows(Map<OutcomeId, String> rows) {
      return new Scope(meeting, papers, items, rows, pages);
    }
  }

  /**
   * Printed in place of a page number that is not known yet, while the packs are laid out for the
   * first time: as wide as a real one; never in a finished PDF ({@link PackRenderer}).
   */
  static final String UNKNOWN_PAGE = "99";

  private final PublishedCouncil pub;
  private final RefTitles titles;
  private final Addresses addresses;
  private final String baseUrl;

  PdfRefs(PublishedCouncil pub) {
    this.pub = pub;
    this.titles = new RefTitles(pub);
    this.addresses = new Addresses(pub);
    String base = pub.council().site().baseUrl();
    this.baseUrl = base.endsWith("/") ? base : base + "/";
  }

  /**
   * The reference resolver for Markdown {@code md}, part of {@code paper} if any, printed in {@code
   * scope}.
   */
  Function<RefSyntax, RefLink> of(Markdown md, Optional<Paper> paper, Scope scope) {
    return ref ->
        pub.ref(md, ref.raw())
            .map(t -> link(t, ref.text(), paper, scope))
            .orElseGet(() -> RenderOptions.plainRef(ref));
  }

  /**
   * How {@code t} is shown in {@code scope}: with the author's {@code text} if not empty, in the
   * text of {@code paper} if any.
   */
  RefLink link(RefTarget t, String text, Optional<Paper> paper, Scope scope) {
    Optional<String> embargoed = titles.embargoed(t);
    if (embargoed.isPresent()) {
      // not public (yet): only its meeting is, so its number and title are withheld with it
      return new RefLink(
          "", text.isEmpty() ? embargoed.get() : RefTitles.apostrophes(text), "", "");
    }
    boolean samePaper =
        paper.isPresent() && paperOf(t).filter(p -> p.equals(paper.get().id())).isPresent();
    String shown =
        !text.isEmpty()
            ? RefTitles.apostrophes(text)
            : samePaper ? titles.shortTitle(t) : titles.title(t);
    String href = href(t, scope);
    return new RefLink(href, shown, titles.title(t), href.startsWith("#") ? "" : suffix(t, scope));
  }

  /**
   * Where a target outside this PDF is printed: "(page 14 of the agenda pack for 22 September
   * 2026)", or for a meeting "(agenda pack for 22 September 2026)"; empty if it is in no pack.
   */
  private String suffix(RefTarget t, Scope scope) {
    if (t instanceof RefTarget.Meeting x) {
      return scope.meeting().filter(x.meeting()::equals).isEmpty()
              && scope.pages().hasPack(x.meeting())
          ? " (agenda pack for "
              + Dates.medium(x.meeting().date(), pub.council().site().houseStyle())
              + ")"
          : "";
    }
    Optional<MeetingId> on = RefTitles.agendaOf(t);
    if (on.isEmpty()
        || scope.meeting().filter(on.get()::equals).isPresent()
        || !scope.pages().hasPack(on.get())) {
      return ""; // a person or a tracker entry; or in this pack but not printed in it; or in no
      // pack
    }
    String pack =
        "agenda pack for " + Dates.medium(on.get().date(), pub.council().site().houseStyle()) + ")";
    for (String id : elementIds(t)) {
      Optional<PackMaps.Span> span = scope.pages().span(on.get(), id);
      if (!scope.pages().known(on.get())) {
        return " (page " + UNKNOWN_PAGE + " of the " + pack; // that pack is not laid out yet
      }
      if (span.isPresent()) {
        return span.get().first() > 0
            ? " (page " + span.get().first() + " of the " + pack
            : " (" + pack;
      }
    }
    return supplementOf(t, on.get())
        .map(
            p ->
                " ("
                    + PackNames.inSentence(p.id())
                    + " for "
                    + Dates.medium(on.get().date(), pub.council().site().houseStyle())
                    + ")")
        .orElse("");
  }

  /**
   * The supplementary agenda that prints {@code t}'s paper, when it is not in the agenda pack: a
   * paper published after its agenda. Named without a page: the supplements are laid out after the
   * agenda packs whose text may cite them.
   */
  private Optional<Packs.Pack> supplementOf(RefTarget t, MeetingId meeting) {
    Optional<PaperId> paper =
        t instanceof RefTarget.Appendix a
            ? Optional.of(a.paper())
            : t instanceof RefTarget.Paragraph p ? Optional.of(p.paper()) : paperOf(t);
    return paper.flatMap(
        id ->
            pub.packs(meeting).stream()
                .filter(p -> p.id().isSupplement() && p.papers().contains(id))
                .findFirst());
  }

  /**
   * The ids that {@code t} may have in its meeting's pack, best first: an agenda item's first
   * document, or its entry on the front sheet.
   */
  private List<String> elementIds(RefTarget t) {
    List<String> ids = new ArrayList<>();
    if (t instanceof RefTarget.Item i) {
      pub.council()
          .meeting(i.meeting())
          .flatMap(m -> m.item(i.number()))
          .ifPresent(
              item -> {
                if (item.kind() == ItemKind.MINUTES) {
                  ids.add(MeetingBook.minutesId(item.number()));
                }
                item.papers().forEach(p -> ids.add(MeetingBook.paperId(p)));
              });
      ids.add(Addresses.itemAnchor(i.number()));
    } else if (t instanceof RefTarget.Paper p) {
      ids.add(MeetingBook.paperId(p.paper()));
    } else if (t instanceof RefTarget.Appendix a) {
      ids.add(MeetingBook.appendixId(a.paper(), a.label()));
    } else if (t instanceof RefTarget.Paragraph p) {
      ids.add(MeetingBook.bodyPrefix(p.paper()) + paragraphAnchor(p));
    }
    return ids;
  }

  /** The id of a numbered paragraph in its paper's body. */
  private String paragraphAnchor(RefTarget.Paragraph p) {
    return pub.council()
        .meeting(p.meeting())
        .flatMap(m -> m.paper(p.paper()))
        .flatMap(x -> pub.doc(x.body()).outline().paragraph(p.number()))
        .map(Outline.Paragraph::anchor)
        .orElse("para-" + p.number().replace('.', '-'));
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

  /**
   * Where the link for {@code t} goes: inside this PDF if the target is printed in it, else its
   * address on the website ({@link Addresses}, the same answer the website's own links use), else
   * nowhere (empty).
   */
  private String href(RefTarget t, Scope scope) {
    Optional<String> inside = inside(t, scope);
    if (inside.isPresent()) {
      return "#" + inside.get();
    }
    return addresses.of(t).map(a -> baseUrl + a).orElse("");
  }

  /** The id of {@code t} in this PDF, if it is printed here. */
  private Optional<String> inside(RefTarget t, Scope scope) {
    if (t instanceof RefTarget.Tracker tr) {
      return Optional.ofNullable(scope.trackerRows().get(tr.outcome()));
    }
    if (t instanceof RefTarget.Item i && scope.meeting().filter(i.meeting()::equals).isPresent()) {
      return Optional.of(scope.items().getOrDefault(i.number(), Addresses.itemAnchor(i.number())));
    }
    if (t instanceof RefTarget.Paper p && scope.papers().contains(p.paper())) {
      return Optional.of(MeetingBook.paperId(p.paper()));
    }
    if (t instanceof RefTarget.Paragraph p && scope.papers().contains(p.paper())) {
      return Optional.of(MeetingBook.bodyPrefix(p.paper()) + paragraphAnchor(p));
    }
    if (t instanceof RefTarget.Appendix a && scope.papers().contains(a.paper())) {
      return Optional.of(MeetingBook.appendixId(a.paper(), a.label()));
    }
    return Optional.empty();
  }
}
