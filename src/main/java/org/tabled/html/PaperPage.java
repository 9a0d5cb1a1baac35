package org.tabled.html;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tabled.format.Dates;
import org.tabled.markdown.Outline;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.CoverSheet;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.Person;
import org.tabled.output.SitePaths;
import org.tabled.publish.Publication;
import org.tabled.resolve.RefTarget;
import org.tabled.view.Agendas;
import org.tabled.view.CoverFields;

/**
 * The paper page: the cover sheet as a definition list, the report with its numbered sections and
 * paragraphs ({@code #para-3-4}), its appendices, and its PDF. Markdown appendices get a page of
 * their own ({@link AppendixPages}).
 */
public final class PaperPage {

  private PaperPage() {}

  /**
   * The paper page's view.
   *
   * @param title the paper's title
   * @param context the committee, meeting and agenda item it is for
   * @param layout "report", "portfolio-update" or "plain"
   * @param cover the cover sheet, label and value, in printing order
   * @param authors who wrote it and how to reach them
   * @param contents links to its numbered sections
   * @param body the report as HTML
   * @param appendices its appendices
   * @param pdf the paper with its appendices as one PDF, or null
   * @param published the day it was published, "14 September 2026"
   */
  public record View(
      String title,
      PaperContext context,
      String layout,
      List<CoverRow> cover,
      List<Author> authors,
      List<Link> contents,
      String body,
      List<AppendixRef> appendices,
      PdfLink pdf,
      String published) {}

  /**
   * Where a paper belongs, for its pages' headings and links.
   *
   * @param committee the committee's title
   * @param committeeHref its page
   * @param meeting the meeting's date, "Tuesday 22 September 2026"
   * @param meetingHref the meeting page
   * @param item the agenda item number, or 0
   * @param paperTitle the paper's title
   * @param paperHref the paper page
   */
  public record PaperContext(
      String committee,
      String committeeHref,
      String meeting,
      String meetingHref,
      int item,
      String paperTitle,
      String paperHref) {}

  /**
   * A report author.
   *
   * @param name their name
   * @param jobTitle their job title, or empty
   * @param email their email, or empty
   * @param phone their phone, or empty
   */
  public record Author(String name, String jobTitle, String email, String phone) {}

  /**
   * An appendix as the paper page lists it.
   *
   * @param label "1", printed "Appendix 1"
   * @param title its title
   * @param href its page (Markdown), its file (PDF), or for a generated appendix the committee's
   *     tracker or work programme page; empty if it has none on this site
   * @param pdf for an appendix supplied as a PDF: its size and pages, or null
   * @param generated true for an appendix built from the committee's tracker or work programme,
   *     whose page on this site is kept up to date (the paper's PDF has it as sent to the meeting)
   * @param summary for a supplied PDF: the content's summary of it ({@code alt_text}), or empty
   * @param webHref for a supplied PDF: its content as a web page ({@code alternative}), or empty
   * @param untaggedHref for a supplied PDF without tags, which may not be accessible: the
   *     accessibility statement, which lists it, for the warning beside its link; else empty
   */
  public record AppendixRef(
      String label,
      String title,
      String href,
      PdfLink pdf,
      boolean generated,
      String summary,
      String webHref,
      String untaggedHref) {
    AppendixRef(String label, String title, String href, PdfLink pdf, boolean generated) {
      this(label, title, href, pdf, generated, "", "", "");
    }
  }

  static void render(SiteContext ctx, Committee c, Meeting m, Paper p) {
    String path = SitePaths.paper(m.id(), p.id());
    Linker l = Linker.from(path);
    SiteContext.Body body = ctx.paperBody(p.body(), l, new RefTarget.Paper(m.id(), p.id()));
    List<Link> contents = new ArrayList<>();
    for (Outline.Section s : ctx.pub.doc(p.body()).outline().sections()) {
      contents.add(new Link(s.number() + ". " + s.title(), "#" + s.anchor()));
    }
    List<AppendixRef> appendices = new ArrayList<>();
    for (Appendix a : p.appendices()) {
      appendices.add(AppendixPages.render(ctx, c, m, p, a, l));
    }
    View v =
        new View(
            p.title(),
            context(ctx.council.site().houseStyle(), l, c, m, p),
            p.layout().key(),
            cover(ctx, p),
            authors(ctx, m, p.cover()),
            contents,
            body.html(),
            appendices,
            ctx.pdf(l, SitePaths.paperPdf(m.id(), p.id())),
            Dates.medium(Publication.publishedOn(m, p), ctx.council.site().houseStyle()));
    List<Link> crumbs = new ArrayList<>(MeetingPage.crumbs(l, c));
    crumbs.add(
        new Link(
            Dates.long_(m.date(), ctx.council.site().houseStyle()),
            l.to(SitePaths.meeting(m.id()))));
    ctx.write(l, "site/paper.ftlh", p.title(), crumbs, v);
    ctx.index(
        SearchPage.Entry.of(
            path,
            p.title(),
            "Paper",
            c.shortTitle(),
            Dates.medium(m.date(), ctx.council.site().houseStyle()),
            body.text()));
  }

  static PaperContext context(HouseStyle hs, Linker l, Committee c, Meeting m, Paper p) {
    int item = Agendas.itemOf(m, p.id()).map(AgendaItem::number).orElse(0);
    return new PaperContext(
        c.title(),
        l.to(SitePaths.committee(c.id())),
        Dates.long_(m.date(), hs),
        l.to(SitePaths.meeting(m.id())),
        item,
        p.title(),
        l.to(SitePaths.paper(m.id(), p.id())));
  }

  /**
   * The cover sheet's rows ({@link CoverFields}) but those the page shows elsewhere: the date and
   * title in its heading, the authors in its own list.
   */
  private static List<CoverRow> cover(SiteContext ctx, Paper p) {
    return CoverFields.of(ctx.council, p).stream()
        .filter(f -> !SHOWN_ELSEWHERE.contains(f.kind()))
        .map(f -> new CoverRow(f.label(), f.lines()))
        .toList();
  }

  /**
   * A row of the cover sheet on the page.
   *
   * @param label the label, as printed on the paper
   * @param lines the value, one line each (one cabinet member each, when a paper names several)
   */
  public record CoverRow(String label, List<String> lines) {
    public CoverRow {
      lines = List.copyOf(lines);
    }
  }

  private static final Set<CoverFields.Kind> SHOWN_ELSEWHERE =
      EnumSet.of(CoverFields.Kind.DATE, CoverFields.Kind.TITLE, CoverFields.Kind.AUTHORS);

  private static List<Author> authors(SiteContext ctx, Meeting m, CoverSheet cs) {
    List<Author> out = new ArrayList<>();
    for (var id : cs.authors()) {
      Person a = ctx.person(id);
      out.add(
          new Author(
              a.displayName(), a.roleOn(m.date()), a.contact().email(), a.contact().phone()));
    }
    return out;
  }
}
