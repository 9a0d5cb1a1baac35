package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;
import org.tabled.testing.Fixtures;

/**
 * Issue 18: the plan never accepts a layout it does not fit, whatever the layout engine does. The
 * engine here is the real one, except that it gives one report an extra page in some layouts: when
 * counting its pages (the final layout corrects the plan, which comes out true), or whenever it is,
 * or is not, followed by a blank page (no plan can hold: the report is named at its line, and the
 * build does not stop with an internal error).
 */
class PaginatorSettleIT {

  private static final String PAPER = "allotment-waiting-lists";
  private static final String DOC = MeetingBook.paperId(new PaperId(PAPER));

  private final Built b = Built.fixture();
  private final Committee c = b.pub().council().committees().get(0);
  private final Meeting january =
      c.meetings().stream()
          .filter(x -> x.date().toString().equals("2026-01-20"))
          .findFirst()
          .orElseThrow();
  private final Templates templates = new Templates(Path.of("no-council-templates"), "templates");
  private final MarkdownEngine markdown = new MarkdownEngine(Fixtures.fixture("golden-pdf"));
  private final PdfEngine real = new PdfEngine();

  @Test
  void aReportCountedLongerThanItIsInTheFinalLayoutIsPlannedAgainAndComesOutTrue()
      throws Exception {
    AtomicInteger finals = new AtomicInteger();
    Paginator.Engine counting =
        html -> {
          if (isFinal(html)) {
            finals.incrementAndGet();
            return real.layout(html);
          }
          return real.layout(longer(html)); // the first pass counts a page too many
        };
    Diagnostics d = new Diagnostics();
    Paginator.Result r = new Paginator(counting, templates).render(pack(d), d);
    assertEquals(2, finals.get(), "laid out again after the layout that did not follow the plan");
    Paginator.Result normal = new Paginator(real, templates).render(pack(d), d);
    assertEquals(normal.plan(), r.plan());
    PackChecks checks =
        new PackChecks(
            new PdfPages(r.bytes()), Expected.pack(b.pub(), c, january), new PageInk(r.bytes()));
    checks.ranges(january, c.numberFrontSheet() ? 0 : checks.frontPages);
    assertEquals(List.of(), checks.problems);
    assertTrue(d.all().isEmpty(), d.toString());
  }

  @Test
  void aReportThatChangesLengthWithItsBlankPageDoesNotSettleAndIsNamed() throws Exception {
    Diagnostics d = new Diagnostics();
    Paginator.Engine flipping = flipping(d);
    PagesDoNotSettle e =
        assertThrows(
            PagesDoNotSettle.class,
            () -> new Paginator(flipping, templates).layout(pack(d), d).close());
    assertEquals(DOC, e.doc());
    assertTrue(e.getMessage().contains("do not settle"), e.getMessage());

    // The whole renderer reports it at the paper, and carries on with the other PDFs.
    OutputTree out = new OutputTree();
    Diagnostics all = new Diagnostics();
    new PackRenderer(templates, markdown, flipping).render(b.pub(), out, all);
    List<Diagnostic> errors = all.all();
    assertFalse(errors.isEmpty(), "an error");
    for (Diagnostic x : errors) {
      assertTrue(
          x.pos().path().endsWith("papers/" + PAPER + "/paper.md")
              && x.message().contains("do not settle")
              && x.hint().contains("a line more or less"),
          x.toString());
    }
    assertFalse(out.contains(SitePaths.pack(january.id())), "no pack with untrue pages is written");
  }

  @Test
  void theDocumentThatMovedIsReportedWhereItIsWritten() {
    MeetingId march =
        c.meetings().stream()
            .filter(x -> x.date().toString().equals("2026-03-17"))
            .findFirst()
            .orElseThrow()
            .id();
    String papers = "content/committees/environment/meetings/2026-03-17/papers/";
    assertEquals(
        papers + "green-spaces-strategy/paper.md", path(march, "doc-paper-green-spaces-strategy"));
    SourcePos appendix = PackRenderer.where(b.pub(), march, "doc-app-green-spaces-strategy-2");
    assertTrue(
        appendix.path().endsWith(papers + "green-spaces-strategy/paper.md")
            && appendix.line() == 13,
        appendix.toString()); // its entry under appendices:, where friends-survey.pdf is named
    assertEquals(
        "content/committees/environment/meetings/2026-01-20/minutes.md",
        path(march, "doc-minutes-3"));
    assertEquals(
        "content/committees/environment/meetings/2026-03-17/meeting.yaml",
        path(march, Book.FRONT_ID));
    assertEquals(
        "content/committees/environment/meetings/2026-03-17/meeting.yaml",
        path(march, "doc-unknown"));
  }

  private String path(MeetingId pack, String doc) {
    String p = PackRenderer.where(b.pub(), pack, doc).path();
    return p.substring(p.indexOf("content/"));
  }

  /**
   * An engine that gives the report an extra page whenever a blank page follows it, or whenever
   * none does, whichever its page count makes a circle: with the page, it needs the other.
   */
  private Paginator.Engine flipping(Diagnostics d) throws IOException {
    int count = new Paginator(real, templates).render(pack(d), d).plan().slot(DOC).count();
    boolean odd = count % 2 == 1; // an odd count is followed by a blank page
    Predicate<String> blankAfter = html -> html.contains("id=\"blank-" + DOC + "\"");
    return html -> real.layout(blankAfter.test(html) == odd ? longer(html) : html);
  }

  private Book pack(Diagnostics d) {
    Function<Appendix, Optional<ExternalPdf>> externals =
        a -> {
          try {
            Appendix.PdfSource src = (Appendix.PdfSource) a.source();
            return Optional.of(ExternalPdf.load(src.file(), src.name()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    Set<MeetingId> packs = Set.of(january.id());
    MeetingBook book =
        new MeetingBook(
            b.pub(), c, january, markdown, templates, d, externals, TrackerPlan.of(b.pub(), packs));
    return book.pack(new PackMaps(packs).reader());
  }

  /** The final pass prints real page ranges; the first has placeholders. */
  private static boolean isFinal(String html) {
    return !html.contains("999 - 999");
  }

  /** {@code html} with a page more at the end of the report. */
  private static String longer(String html) {
    int start = html.indexOf("id=\"" + DOC + "\"");
    int end = html.indexOf("</section>", start);
    return html.substring(0, end)
        + "<p style=\"page-break-before: always\">An extra page.</p>"
        + html.substring(end);
  }
}
