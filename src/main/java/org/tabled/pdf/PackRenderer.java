package org.tabled.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Paper;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;

/**
 * Renders the agenda packs and per-paper PDFs into the output tree: for every meeting whose agenda
 * is published (and that is not cancelled), the pack ({@link SitePaths#pack}), one PDF per paper
 * with its appendices ({@link SitePaths#paperPdf}) and, for appendices supplied as PDFs, the
 * supplied file itself ({@link SitePaths#appendixPdf}).
 *
 * <p>How a pack is put together is in {@link MeetingBook}; how its pages are worked out in
 * {@link Paginator}. Each supplied PDF is read once per build. Rendering is sequential: on the
 * two cores this was measured on, rendering two PDFs at once gained little.
 */
public final class PackRenderer {

  private final Templates templates;
  private final MarkdownEngine markdown;
  private final PdfEngine engine = new PdfEngine();
  private final Paginator paginator;

  public PackRenderer(Templates templates, MarkdownEngine markdown) {
    this.templates = templates;
    this.markdown = markdown;
    this.paginator = new Paginator(engine, templates);
  }

  /** Renders every PDF for {@code pub}; returns what was written, by output path. */
  public Map<String, PdfFile> render(PublishedCouncil pub, OutputTree out, Diagnostics d) {
    Map<String, PdfFile> written = new TreeMap<>();
    Map<Appendix.PdfSource, Optional<ExternalPdf>> externals = new HashMap<>();
    Function<Appendix, Optional<ExternalPdf>> read = a -> externals.computeIfAbsent((Appendix.PdfSource) a.source(),
        s -> load(a, s, d));
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (!pub.isAgendaPublished(m.id()) || m.status() == MeetingStatus.CANCELLED || m.agenda().isEmpty()) {
          continue;
        }
        try {
          MeetingBook book = new MeetingBook(pub, c, m, markdown, templates, d, read);
          put(out, written, SitePaths.pack(m.id()), paginator.render(book.pack(), d));
          for (Map.Entry<Paper, Book> e : book.paperBooks().entrySet()) {
            Paper p = e.getKey();
            put(out, written, SitePaths.paperPdf(m.id(), p.id()), paginator.render(e.getValue(), d));
            for (Appendix a : p.appendices()) {
              if (a.source() instanceof Appendix.PdfSource src) {
                Optional<ExternalPdf> ext = externals.get(src);
                if (ext != null && ext.isPresent()) {
                  String path = SitePaths.appendixPdf(m.id(), p.id(), a.label());
                  byte[] bytes = ext.get().bytes();
                  out.put(path, bytes);
                  written.put(path, new PdfFile(path, ext.get().pages().size(), bytes.length));
                }
              }
            }
          }
        } catch (TemplateFailed e) {
          // the template's error is already reported, at the template's line
        } catch (IOException e) {
          d.error(m.pos(), "cannot render the PDFs for this meeting: " + e.getMessage());
        }
      }
    }
    return written;
  }

  /**
   * One meeting's pack, on its own: for the benchmark ({@link org.tabled.pdf.bench.PackBenchmark}).
   *
   * @param pdf the PDF
   * @param pages its page count
   * @param html the HTML it was rendered from, which other renderers can be given to compare
   */
  public record Pack(byte[] pdf, int pages, String html) {}

  /** Renders the pack of meeting {@code id} and nothing else. */
  public Pack renderPack(PublishedCouncil pub, MeetingId id, Diagnostics d) throws IOException {
    Committee c = pub.council().committee(id.committee()).orElseThrow();
    Meeting m = c.meetingOn(id.date()).orElseThrow();
    Map<Appendix.PdfSource, Optional<ExternalPdf>> externals = new HashMap<>();
    MeetingBook book = new MeetingBook(pub, c, m, markdown, templates, d,
        a -> externals.computeIfAbsent((Appendix.PdfSource) a.source(), s -> load(a, s, d)));
    Paginator.Result r = paginator.render(book.pack(), d);
    return new Pack(r.bytes(), r.pages(), r.html());
  }

  private static void put(OutputTree out, Map<String, PdfFile> written, String path, Paginator.Result r) {
    out.put(path, r.bytes());
    written.put(path, new PdfFile(path, r.pages(), r.bytes().length));
  }

  /** Reads a supplied PDF; a damaged or password-protected one is a content error at the appendix. */
  private static Optional<ExternalPdf> load(Appendix a, Appendix.PdfSource src, Diagnostics d) {
    try {
      return Optional.of(ExternalPdf.load(src.file(), src.name()));
    } catch (IOException | RuntimeException e) { // PDFBox throws both for damaged files
      d.error(a.pos(), "cannot read '" + src.name() + "' as a PDF: " + e.getMessage(),
          "save the document again as a PDF, without a password");
      return Optional.empty();
    }
  }
}
