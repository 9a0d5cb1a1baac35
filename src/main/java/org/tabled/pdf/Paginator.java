package org.tabled.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.tabled.diag.Diagnostics;
import org.tabled.pdf.PdfEngine.PageSpan;
import org.tabled.template.Templates;

/**
 * Renders a {@link Book} so that every document starts on an odd page and the front sheet's page
 * ranges are true: the two-pass approach.
 *
 * <ol>
 *   <li><b>Count.</b> Lay out (without painting) every HTML document, each starting on a new page,
 *       with placeholder ranges on the front sheet, and read from the layout boxes on which pages
 *       each document's section starts and ends. Supplied PDFs are left out: their page counts are
 *       known. This costs about a third of a full render.
 *   <li><b>Plan.</b> From the counts, {@link PagePlan} places each document on the next odd page
 *       and marks where a blank page is needed. Blank pages do not change how a document lays out
 *       (each starts at the top of a page, and left and right pages have the same width, their
 *       margins only mirrored), so the counts stay true.
 *   <li><b>Render.</b> Build the final HTML: the front sheet with the real ranges printed as plain
 *       text, an explicit "This page is intentionally left blank" section on a named {@code blank}
 *       page (no running header) where the plan says, and reserved pages for supplied PDFs. Lay it
 *       out and <b>check</b>, from the layout boxes, that every document and blank page is exactly
 *       where the plan says before painting. If anything moved (the front sheet could, in theory,
 *       shrink once its ranges are printed), plan again from the measured counts and repeat.
 * </ol>
 *
 * <p>Why not let openhtmltopdf insert the blank pages with {@code page-break-before: right}: it
 * ignores {@code right} when the element already starts at the top of a page (a document that
 * exactly fills its last page), so a paper can land on an even page, and the pages it adds are
 * empty, with the previous paper's header and no "intentionally left blank" text
 * ({@code @page :blank} is not supported). And why not {@code target-counter()} for the ranges:
 * it works, but only for pages openhtmltopdf itself lays out, and the ranges are needed anyway to
 * place the blank pages.
 *
 * <p>The first pass is skipped for sections whose page count is already known: a section that is
 * identical, byte for byte, to one laid out before (the same paper in the pack and in its own PDF)
 * takes the same pages.
 *
 * <p>After painting, the supplied PDFs' pages replace their placeholders ({@link ExternalPages}),
 * and {@link PdfFinish} fixes the metadata and makes the file reproducible.
 */
final class Paginator {

  /** How often the final layout may disagree with the plan before giving up (it never has). */
  private static final int ATTEMPTS = 3;

  /**
   * A rendered PDF.
   *
   * @param bytes the file
   * @param plan where each document is
   * @param html the HTML it was rendered from (the benchmark gives it to other renderers)
   */
  record Result(byte[] bytes, PagePlan plan, String html) {
    int pages() {
      return plan.pages();
    }
  }

  private final PdfEngine engine;
  private final Templates templates;
  /**
   * Page counts of sections already laid out, by {@linkplain PackHtml.FirstPass#keys digest}: a
   * paper's own PDF reuses the counts from the pack, and a rebuild those of unchanged papers. A
   * stale count could only cost another layout: the final layout is always checked.
   */
  final Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();

  Paginator(PdfEngine engine, Templates templates) {
    this.engine = engine;
    this.templates = templates;
  }

  /** Renders {@code book}; template problems go to {@code d} and throw {@link TemplateFailed}. */
  Result render(Book book, Diagnostics d) throws IOException {
    PackHtml html = new PackHtml(templates, d);
    List<String> ids = PackHtml.ids(book);
    PackHtml.FirstPass first = html.firstPass(book, counts::containsKey);
    if (first.html().isPresent()) {
      try (PdfEngine.Layout layout = engine.layout(first.html().get())) {
        layout.spans(ids).forEach((id, span) -> counts.put(first.keys().get(id), span.count()));
      }
    }
    PagePlan plan = plan(book, ids, id -> counts.get(first.keys().get(id)));
    for (int attempt = 1; ; attempt++) {
      String finalHtml = html.finalPass(book, plan);
      try (PdfEngine.Layout layout = engine.layout(finalHtml)) {
        List<String> checked = new ArrayList<>(ids);
        plan.slots().stream().filter(PagePlan.Slot::blankAfter).forEach(s -> checked.add(blankId(s.id())));
        Map<String, PageSpan> spans = layout.spans(checked);
        if (matches(plan, spans) && layout.pages() == plan.pages()) {
          return new Result(paint(book, plan, layout, finalHtml), plan, finalHtml);
        }
        if (attempt == ATTEMPTS) {
          throw new IllegalStateException("the pages of '" + book.meta().title() + "' do not settle: planned "
              + plan + ", laid out " + spans);
        }
        plan = plan(book, ids, id -> spans.containsKey(id) ? spans.get(id).count() : null);
        spans.forEach((id, span) -> {
          if (first.keys().containsKey(id)) {
            counts.put(first.keys().get(id), span.count());
          }
        });
      }
    }
  }

  /** The id of the blank page after document {@code id} (as {@code print/pack.ftlh} writes it). */
  static String blankId(String id) {
    return "blank-" + id;
  }

  private static PagePlan plan(Book book, List<String> ids, java.util.function.Function<String, Integer> laidOut) {
    List<Integer> counts = new ArrayList<>();
    for (String id : ids) {
      PrintDoc doc = book.docs().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      if (doc != null && doc.external().isPresent()) {
        counts.add(doc.external().get().pages().size());
      } else {
        Integer n = laidOut.apply(id);
        if (n == null) {
          throw new IllegalStateException("document " + id + " was not laid out");
        }
        counts.add(n);
      }
    }
    return PagePlan.of(ids, counts, book.numberFront(), book.padEnd());
  }

  private static boolean matches(PagePlan plan, Map<String, PageSpan> spans) {
    for (PagePlan.Slot s : plan.slots()) {
      PageSpan span = spans.get(s.id());
      if (span == null || span.first() + 1 != s.first() || span.last() + 1 != s.last()) {
        return false;
      }
      if (s.blankAfter()) {
        PageSpan blank = spans.get(blankId(s.id()));
        if (blank == null || blank.first() != s.last() || blank.last() != s.last()) {
          return false;
        }
      }
    }
    return true;
  }

  private static byte[] paint(Book book, PagePlan plan, PdfEngine.Layout layout, String html) throws IOException {
    PDDocument pdf = layout.pdf();
    List<PDDocument> sources = new ArrayList<>();
    try {
      for (PrintDoc doc : book.docs()) {
        if (doc.external().isPresent()) {
          try {
            sources.add(ExternalPages.insert(pdf, plan.slot(doc.id()).first() - 1, doc.external().get()));
          } catch (RuntimeException e) { // PDFBox on a damaged supplied file
            throw new IOException("cannot insert '" + doc.external().get().name() + "': " + e.getMessage(), e);
          }
        }
      }
      PdfFinish.apply(pdf, book.meta(), html, book.docs());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } finally {
      for (PDDocument s : sources) {
        s.close();
      }
    }
  }
}
