package org.tabled.html;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.tabled.format.Dates;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.resolve.RefTarget;
import org.tabled.view.Appendices;

/**
 * A paper's appendices on the website. A Markdown appendix gets a page of its own; an appendix
 * supplied as a PDF is published as it is, next to the paper; an appendix Tabled generates from the
 * committee's tracker or work programme links to that page of the site, which is kept up to date
 * (the paper's PDF has it as it was sent to the meeting).
 */
public final class AppendixPages {

  private AppendixPages() {}

  /**
   * An appendix page's view.
   *
   * @param context the paper it belongs to
   * @param label "1", printed "Appendix 1"
   * @param title its title
   * @param body its text as HTML
   */
  public record View(PaperPage.PaperContext context, String label, String title, String body) {}

  /**
   * Publishes appendix {@code a} of {@code p} and says how the paper page (linker {@code l}) links
   * to it.
   */
  static PaperPage.AppendixRef render(
      SiteContext ctx, Committee c, Meeting m, Paper p, Appendix a, Linker l) {
    if (a.source() instanceof Appendix.MarkdownSource md) {
      return new PaperPage.AppendixRef(
          a.label(), a.title(), l.to(page(ctx, c, m, p, a, md.body())), null, false);
    }
    if (a.source() instanceof Appendix.PdfSource pdf) {
      String path = SitePaths.appendixPdf(m.id(), p.id(), a.label());
      PdfLink link = ctx.pdf(l, path);
      if (link == null) {
        link = publishPdf(ctx, pdf, path, l, a);
      }
      // the same document as a web page, beside the download link, for those who cannot read the
      // PDF
      String web = pdf.alternative().map(md -> l.to(page(ctx, c, m, p, a, md))).orElse("");
      // untagged, it is published as supplied and may not be accessible: the link says so (the
      // statement lists it)
      String untagged =
          link != null && !AccessibilityStatement.tagged(pdf)
              ? l.to(SitePaths.accessibility())
              : "";
      return new PaperPage.AppendixRef(
          a.label(),
          a.title(),
          link == null ? "" : link.href(),
          link,
          false,
          pdf.altText(),
          web,
          untagged);
    }
    Appendix.Generated kind = ((Appendix.GeneratedSource) a.source()).kind();
    String href = ctx.addresses.generated(c.id(), m.date(), kind).map(l::to).orElse("");
    return new PaperPage.AppendixRef(a.label(), a.title(), href, null, true);
  }

  /** Writes the appendix's page from {@code markdown}; returns its path. */
  private static String page(
      SiteContext ctx, Committee c, Meeting m, Paper p, Appendix a, Markdown markdown) {
    String path = SitePaths.appendix(m.id(), p.id(), a.label());
    Linker own = Linker.from(path);
    SiteContext.Body body = ctx.paperBody(markdown, own, new RefTarget.Paper(m.id(), p.id()));
    View v =
        new View(
            PaperPage.context(ctx.council.site().houseStyle(), own, c, m, p),
            a.label(),
            a.title(),
            body.html());
    List<Link> crumbs = new ArrayList<>(MeetingPage.crumbs(own, c));
    crumbs.add(
        new Link(
            Dates.long_(m.date(), ctx.council.site().houseStyle()),
            own.to(SitePaths.meeting(m.id()))));
    crumbs.add(new Link(p.title(), own.to(SitePaths.paper(m.id(), p.id()))));
    ctx.write(own, "site/appendix.ftlh", Appendices.heading(a), crumbs, v);
    ctx.index(
        SearchPage.Entry.of(
            path,
            Appendices.heading(a) + " (" + p.title() + ")",
            "Appendix",
            c.shortTitle(),
            Dates.medium(m.date(), ctx.council.site().houseStyle()),
            body.text()));
    return path;
  }

  /** Copies a supplied PDF as it is, unless the pack renderer already published its own copy. */
  private static PdfLink publishPdf(
      SiteContext ctx, Appendix.PdfSource pdf, String path, Linker l, Appendix a) {
    try {
      byte[] bytes = Files.readAllBytes(pdf.file());
      if (!ctx.has(path)) {
        ctx.put(path, bytes);
      }
      return new PdfLink(l.to(path), pages(bytes), new PdfFile(path, 0, bytes.length).size());
    } catch (IOException e) {
      ctx.d.error(a.pos(), "cannot read appendix '" + pdf.name() + "': " + e.getMessage());
      return null;
    }
  }

  /** The PDF's page count, or 0 if PDFBox cannot read it (the page then gives the size only). */
  static int pages(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      return 0;
    }
  }
}
