package org.tabled.html;

import java.util.Optional;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.model.Markdown;
import org.tabled.resolve.RefTarget;
import org.tabled.view.RefTitles;

/**
 * How the website shows each {@code [[…]]} cross-reference: a link to the target's page or anchor,
 * whose text is the target's proper title (or the author's own words) and whose {@code title}
 * attribute is the full title.
 *
 * <p>A target the audience cannot see on the build's day ({@code PublishedCouncil#visibility}) is
 * named only by its meeting, without a link or {@code title} ("a paper for the meeting of … on 2
 * February 2027 (not yet published)"): its number, title and text are withheld with it. Addresses
 * come from {@link Addresses} and titles from {@link RefTitles}, the same for the website and the
 * packs.
 */
final class RefLinks {

  private final SiteContext ctx;
  private final RefTitles titles;

  RefLinks(SiteContext ctx) {
    this.ctx = ctx;
    this.titles = new RefTitles(ctx.pub);
  }

  /**
   * The link for {@code ref}, written in {@code md}, on the page of linker {@code l}.
   *
   * @param home the paper whose body or appendix {@code md} is, or null: references to its own
   *     paragraphs and appendices, and to items of its meeting, use short titles ("paragraph 3.4")
   */
  RefLink link(Markdown md, RefSyntax ref, Linker l, RefTarget.Paper home) {
    Optional<RefTarget> resolved = ctx.pub.ref(md, ref.raw());
    if (resolved.isEmpty()) {
      // Cannot happen in a build that passed the resolve stage; show what was written.
      return new RefLink("", ref.text().isEmpty() ? ref.raw() : ref.text(), "", "");
    }
    RefTarget t = resolved.get();
    Optional<String> href = ctx.addresses.of(t).map(l::to);
    Optional<String> embargoed = titles.embargoed(t);
    if (embargoed.isPresent()) {
      // Not public (yet), or never: only its meeting is, so its number and title are withheld too.
      return new RefLink(
          "", ref.text().isEmpty() ? embargoed.get() : RefTitles.apostrophes(ref.text()), "", "");
    }
    String title = titles.title(t);
    String text =
        !ref.text().isEmpty()
            ? RefTitles.apostrophes(ref.text())
            : sameContext(t, home) ? titles.shortTitle(t) : title;
    return new RefLink(href.orElse(""), text, title, "");
  }

  /**
   * True if {@code t} is part of the paper (or, for an agenda item, the meeting) the text belongs
   * to.
   */
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
