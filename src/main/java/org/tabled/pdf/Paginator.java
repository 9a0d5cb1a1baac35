package org.tabled.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
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
 *       known. This costs about a third of a full render. A long pack is laid out in two parts at
 *       once, on two threads: a document's layout does not depend on what comes before it, since
 *       each starts at the top of a page and the initial page width is the same in any part ({@link
 *       #firstPassPartSize}).
 *   <li><b>Plan.</b> From the counts, {@link PagePlan} places each document on the next odd page
 *       and marks where a blank page is needed. Blank pages do not change how a document lays out
 *       (each starts at the top of a page, and left and right pages have the same width, their
 *       margins only mirrored), so the counts stay true.
 *   <li><b>Render.</b> Build the final HTML: the front sheet with the real ranges printed as plain
 *       text, an explicit "This page is intentionally left blank" section on a named {@code blank}
 *       page (no running header) where the plan says, and reserved pages for supplied PDFs. Lay it
 *       out and <b>check</b>, from the layout boxes, that every document and blank page is exactly
 *       where the plan says, and that the layout has exactly the plan's pages, before painting. If
 *       anything moved, plan again from the pages each document took in this layout and repeat.
 * </ol>
 *
 * <p><b>Why the counts hold.</b> A document's pages must not depend on where it is laid out: alone
 * or among others in the first pass, before a blank page or another document, or last in the PDF.
 * Blank pages, running headers (margin boxes, outside the content area) and left and right pages
 * (the same width) make no difference, and the front sheet prints each range on a line of its own,
 * so the placeholder "999" and the real numbers break no line differently. One thing did:
 * openhtmltopdf keeps a page at the end that only the bottom margin of the last block reaches, so a
 * document whose text ended within a margin of a page foot took one page more when it came last (in
 * a paper's own PDF, or at the end of a pack) than when measured before another. {@link
 * TrailingPages} removes such pages; {@code PageFootIT} ends reports and appendices at every
 * distance from the foot to keep it so.
 *
 * <p><b>If a plan still does not hold</b> (a layout that depends on its place in some way not found
 * yet, or content whose length depends on its own pages), the plan is made again from the final
 * layout, and if the plans come round in a circle, from the most pages each document has taken; a
 * PDF that still moves after {@value #ATTEMPTS} layouts is not painted, and {@link
 * PagesDoNotSettle} names the document, which the renderer reports at its line in the content. A
 * PDF whose page numbers are not true is never written.
 *
 * <p>Why not let openhtmltopdf insert the blank pages with {@code page-break-before: right}: it
 * ignores {@code right} when the element already starts at the top of a page (a document that
 * exactly fills its last page), so a paper can land on an even page, and the pages it adds are
 * empty, with the previous paper's header and no "intentionally left blank" text ({@code @page
 * :blank} is not supported). And why not {@code target-counter()} for the ranges: it works, but
 * only for pages openhtmltopdf itself lays out, and the ranges are needed anyway to place the blank
 * pages.
 *
 * <p>The first pass is skipped for sections whose page count is already known: a section that is
 * identical, byte for byte, to one laid out before (the same paper in the pack and in its own PDF)
 * takes the same pages.
 *
 * <p>A document whose text gives the pages of its own parts ({@link PrintDoc.SelfPaged}: the
 * tracker, whose rows say on which of its pages each response is) is settled in the first pass:
 * laid out, written again with the pages measured, and laid out again until its text no longer
 * changes. Its pages are counted from its own first page, which the blank pages do not move, so
 * they hold in the final layout, where they are checked like everything else.
 *
 * <p>{@link #layout} stops before painting and gives the printed pages of every element that a
 * reference from another pack can name ({@link Laid#positions}): the pack renderer needs them all
 * before it can write the references between packs ({@link PackRenderer}).
 *
 * <p>After painting, the supplied PDFs' pages replace their placeholders ({@link ExternalPages}),
 * {@link PdfFinish} fixes the metadata and makes the file reproducible, and after saving {@link
 * XrefStream} gives the cross-reference stream its own entry.
 */
final class Paginator {

  /**
   * How often the final layout may be laid out before giving up. A layout that does not follow its
   * plan is rare (a document that takes other pages in the final layout than when counted) and the
   * next plan, made from the final layout, has so far always held.
   */
  static final int ATTEMPTS = 6;

  /**
   * How often a self-paged document may be written again before giving up ({@link
   * PagesDoNotSettle}).
   */
  private static final int SETTLE = 6;

  /** How many parts of the first pass are laid out at the same time. */
  private static final int FIRST_PASS_THREADS =
      Math.min(2, Runtime.getRuntime().availableProcessors());

  /** Daemon threads for the first pass's parts: a render never keeps the process alive. */
  private static final ExecutorService FIRST_PASS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "tabled-first-pass");
            t.setDaemon(true);
            return t;
          });

  /**
   * A rendered PDF.
   *
   * @param bytes the file
   * @param plan where each document is
   * @param text the HTML it was rendered from, made when asked for (the benchmark gives it to other
   *     renderers; a PDF from the cache needs none)
   * @param positions the printed pages of the elements references can name, by id
   * @param reused whether the PDF came from the build cache, neither laid out nor painted again
   * @param digest the hex SHA-256 of {@code bytes}, kept with them in the cache
   * @param key where the cache keeps it ({@link PdfCache#pdf}); empty if nothing is kept
   */
  record Result(
      byte[] bytes,
      PagePlan plan,
      Supplier<String> text,
      Map<String, PackMaps.Span> positions,
      boolean reused,
      Supplier<String> digest,
      Optional<String> key) {
    int pages() {
      return plan.pages();
    }

    /** The hex SHA-256 of the PDF. */
    String sha256() {
      return digest.get();
    }

    /** The HTML it was rendered from. */
    String html() {
      return text.get();
    }
  }

  /**
   * What laying out a section showed: its page count and, for a self-paged document, the pages of
   * its parts counted from its first page.
   */
  record Measure(int count, Map<String, PageSpan> parts) {}

  /**
   * A book laid out and checked against its plan, not painted yet, or one whose final layout the
   * build cache knows (then nothing is laid out unless its PDF must be painted). Close it when
   * done.
   */
  final class Laid implements AutoCloseable {
    private final Book book;
    private final PagePlan plan;
    private final Supplier<String> html;
    private PdfEngine.Layout layout;
    private final Map<String, PackMaps.Span> positions;
    private final Optional<String> cacheKey;

    private Laid(
        Book book,
        PagePlan plan,
        String html,
        PdfEngine.Layout layout,
        Map<String, PackMaps.Span> positions,
        Optional<String> cacheKey) {
      this.book = book;
      this.plan = plan;
      this.html = () -> html;
      this.layout = layout;
      this.positions = positions;
      this.cacheKey = cacheKey;
      cacheKey.ifPresent(k -> cache.putPositions(k, positions));
    }

    /**
     * A final layout known to the cache: {@code html} was laid out before, checked, and gave {@code
     * positions}; it is only made if the PDF must be painted again, or someone asks for it.
     */
    private Laid(
        Book book,
        PagePlan plan,
        Supplier<String> html,
        Map<String, PackMaps.Span> positions,
        String cacheKey) {
      this.book = book;
      this.plan = plan;
      this.html = html;
      this.layout = null;
      this.positions = positions;
      this.cacheKey = Optional.of(cacheKey);
    }

    /** Where each document is. */
    PagePlan plan() {
      return plan;
    }

    /**
     * The printed pages of every element a reference or a tracker pointer can name: documents
     * ({@code doc-…}), agenda items on the front sheet ({@code item-N}), numbered paragraphs
     * ({@code p-PAPER-para-…}) and tracker rows and responses ({@code trk-…}).
     */
    Map<String, PackMaps.Span> positions() {
      return positions;
    }

    /** Paints the PDF, or takes it from the cache. */
    Result paint() throws IOException {
      if (cacheKey.isPresent()) {
        Optional<PdfCache.Stored> hit = cache.pdf(cacheKey.get());
        if (hit.isPresent()) {
          String sha = hit.get().sha256();
          return new Result(
              hit.get().pdf(), plan, html, positions, layout == null, () -> sha, cacheKey);
        }
      }
      if (layout == null) { // the same HTML was laid out and checked before: it lays out the same
        layout = engine.layout(html.get());
      }
      byte[] bytes = Paginator.paint(book, plan, layout, html.get());
      Supplier<String> digest = once(() -> PdfCache.sha256(bytes));
      cacheKey.ifPresent(k -> cache.putPdf(k, bytes, digest.get()));
      return new Result(bytes, plan, html, positions, false, digest, cacheKey);
    }

    @Override
    public void close() {
      if (layout != null) {
        layout.close();
      }
    }
  }

  /**
   * Lays HTML out: {@link PdfEngine#layout}, or in tests an engine that lays some documents out
   * differently in different places, to check that the plan never accepts a layout it does not fit.
   */
  interface Engine {
    PdfEngine.Layout layout(String html) throws IOException;
  }

  private final Engine engine;
  private final Templates templates;

  /**
   * What was measured of sections already laid out, by {@linkplain PackHtml.FirstPass#keys digest}:
   * a paper's own PDF reuses the counts from the pack, and a rebuild those of unchanged papers. A
   * stale count could only cost another layout: the final layout is always checked.
   */
  final Map<String, Measure> measures = new ConcurrentHashMap<>();

  /**
   * How many final texts the cache knew, which were neither checked for their ids nor searched for
   * the pages they name.
   */
  final AtomicInteger textsKnown = new AtomicInteger();

  /** What is kept between builds: measures, final layouts and PDFs ({@link PdfCache}). */
  PdfCache cache = PdfCache.NONE;

  /**
   * The pages of the elements of each final layout that settled, by digest of its HTML before its
   * page numbers were written in ({@link PageNumbers}): laid out again (a pack is rendered after
   * its references to other packs settle), the same text starts from these pages rather than from
   * placeholders, and takes one layout instead of two.
   */
  private final Map<String, Map<String, PackMaps.Span>> numbers = new ConcurrentHashMap<>();

  /** Into how many parts, laid out at the same time, the first pass may be split. */
  int firstPassParts = FIRST_PASS_THREADS;

  /**
   * The least HTML, in characters, worth a part of its own: below about this much, another layout
   * costs more than laying it out beside the others saves (the benchmark's 212-page pack has about
   * 800,000; a 20-page pack about 80,000, and stays in one part).
   */
  long firstPassPartSize = 200_000;

  Paginator(PdfEngine engine, Templates templates) {
    this(engine::layout, templates);
  }

  Paginator(Engine engine, Templates templates) {
    this.engine = engine;
    this.templates = templates;
  }

  /** Renders {@code book}; template problems go to {@code d} and throw {@link TemplateFailed}. */
  Result render(Book book, Diagnostics d) throws IOException {
    try (Laid laid = layout(book, d)) {
      return laid.paint();
    }
  }

  /**
   * Lays {@code book} out and checks it against its plan, without painting it; template problems go
   * to {@code d} and throw {@link TemplateFailed}.
   *
   * <p>If the final layout does not follow the plan, the book is planned again from the pages each
   * document took in that layout: the context of the final pass, which is the one that counts.
   * Should the plans come round in a circle, every document is planned with the most pages it has
   * taken. A book that still moves after {@value #ATTEMPTS} layouts throws {@link PagesDoNotSettle}
   * naming the document that moved: no page numbers printed from it would be true.
   */
  Laid layout(Book book, Diagnostics d) throws IOException {
    PackHtml html = new PackHtml(templates, d);
    List<String> ids = PackHtml.ids(book);
    Settled settled = settle(book, html);
    book = settled.book();
    Map<String, String> keys = new HashMap<>(settled.keys());
    Map<String, Integer> counts = counts(book, ids, id -> measure(keys.get(id)).count());
    Replanning plans = new Replanning(counts);
    // the pages the text prints after its references (PageNumbers): none known before the first
    // layout
    Optional<Map<String, PackMaps.Span>> printed = Optional.empty();
    for (int attempt = 1; ; attempt++) {
      PagePlan plan = plan(book, ids, counts);
      PackHtml.Final made = html.finalPass(book, plan, cache::withoutPaths);
      // written only if it is wanted: not for a text whose layout and PDF are kept
      Supplier<String> base = made::html;
      // one digest of the text: the keys follow from it and from the page numbers written in;
      // that of what its template was given, which stands for it, rather than of all its HTML
      String digest =
          made.digest()
              .orElseGet(() -> cache.enabled() ? cache.htmlDigest(base.get()) : digest(base.get()));
      Optional<String> shape = cache.shape(book, plan); // shared by the two keys below
      Optional<String> baseKey = cache.baseKey(shape, digest);
      // the same text checked in an earlier build: the ids it names are known, and it holds its own
      Optional<Set<String>> names = baseKey.flatMap(cache::used);
      if (names.isEmpty()) {
        html.check(made);
      } else {
        textsKnown.incrementAndGet();
      }
      if (attempt
          == 1) { // the same text laid out before (a pack rendered again) prints the pages it
        // settled on
        printed =
            Optional.ofNullable(numbers.get(digest)).or(() -> baseKey.flatMap(cache::positions));
      }
      plans.laidOut(counts, withNumbers(keys, printed));
      Set<String> used = new HashSet<>();
      String filled = null; // the text with its page numbers, made once it is needed
      // parsed once for the fills below, each with other pages
      Supplier<PageNumbers.Filler> fill = once(() -> PageNumbers.filler(base.get()));
      if (names.isPresent()) {
        used.addAll(names.get());
      } else {
        filled = fill.get().fill(printed, used);
        Set<String> found = Set.copyOf(used);
        baseKey.ifPresent(k -> cache.putUsed(k, found));
      }
      // the text depends on the pages printed only through the elements it names: not at all if
      // it names none
      Optional<String> cacheKey =
          cache.key(
              shape,
              digest,
              used.isEmpty() ? Optional.of(Map.of()) : printed.map(p -> only(p, used)));
      Optional<Map<String, PackMaps.Span>> known = cacheKey.flatMap(cache::positions);
      if (known.isPresent() && known.equals(printed)) {
        numbers.put(digest, known.get());
        Optional<Map<String, PackMaps.Span>> at = printed;
        return new Laid(
            book, plan, once(() -> PageNumbers.fill(base.get(), at)), known.get(), cacheKey.get());
      }
      String finalHtml = filled != null ? filled : fill.get().fill(printed);
      if (known.isPresent() && fill.get().fill(known).equals(finalHtml)) {
        numbers.put(digest, known.get());
        return new Laid(book, plan, () -> finalHtml, known.get(), cacheKey.get());
      }
      PdfEngine.Layout layout = engine.layout(finalHtml);
      boolean kept = false;
      try {
        List<String> checked = new ArrayList<>(ids);
        plan.slots().stream()
            .filter(PagePlan.Slot::blankAfter)
            .forEach(s -> checked.add(blankId(s.id())));
        book.docs().stream()
            .filter(doc -> doc.self().isPresent())
            .forEach(doc -> checked.addAll(doc.self().get().ids()));
        Map<String, PageSpan> spans = layout.spans(checked);
        // a self-paged document's text must give the pages its parts have in this layout
        Map<String, Map<String, PageSpan>> parts = new LinkedHashMap<>();
        String partsMoved = null;
        for (PrintDoc doc : book.docs()) {
          if (doc.self().isPresent() && spans.containsKey(doc.id())) {
            Map<String, PageSpan> p = parts(doc, spans, spans.get(doc.id()).first());
            parts.put(doc.id(), p);
            // what counts is the text: parts that moved without changing it (a row lower on the
            // same page) do not
            if (partsMoved == null && !doc.self().get().html(p).equals(doc.html())) {
              partsMoved = doc.id();
            }
          }
        }
        String moved = moved(plan, spans, layout.pages());
        if (moved == null && partsMoved == null) {
          Map<String, PackMaps.Span> at = positionsOf(plan, layout);
          if (fill.get().fill(Optional.of(at)).equals(finalHtml)) {
            numbers.put(digest, at);
            baseKey.ifPresent(k -> cache.putPositions(k, at));
            kept = true;
            return new Laid(book, plan, finalHtml, layout, at, cacheKey);
          }
          // the plan holds, but the text printed other pages than this layout has: print these
          if (attempt == ATTEMPTS) {
            throw PagesDoNotSettle.numbers(book, ids.get(0), attempt);
          }
          printed = Optional.of(at);
          continue;
        }
        // Plan again from what was measured; a self-paged document is written again from its pages.
        List<PrintDoc> docs = new ArrayList<>();
        Set<String> rewritten = new HashSet<>();
        for (PrintDoc doc : book.docs()) {
          PrintDoc next = doc;
          if (parts.containsKey(doc.id())) {
            next = doc.withHtml(doc.self().get().html(parts.get(doc.id())));
            if (!next.html().equals(doc.html())) {
              rewritten.add(doc.id());
            }
          }
          docs.add(next);
        }
        Settled again = settle(book.withDocs(docs), html);
        book = again.book();
        Map<String, String> newKeys = again.keys();
        Map<String, Integer> next =
            counts(
                book,
                ids,
                id ->
                    spans.containsKey(id) && !rewritten.contains(id)
                        ? spans.get(id).count()
                        : measure(newKeys.get(id)).count());
        Optional<Map<String, Integer>> replanned = plans.next(next, withNumbers(newKeys, printed));
        if (attempt == ATTEMPTS || replanned.isEmpty()) {
          throw PagesDoNotSettle.moved(
              book, moved != null ? moved : partsMoved, plan, spans, layout.pages(), attempt);
        }
        counts = replanned.get();
        keys.clear();
        keys.putAll(newKeys);
      } finally {
        if (!kept) {
          layout.close();
        }
      }
    }
  }

  /** The entries of {@code pages} for {@code ids}. */
  private static Map<String, PackMaps.Span> only(
      Map<String, PackMaps.Span> pages, Set<String> ids) {
    Map<String, PackMaps.Span> out = new TreeMap<>();
    for (String id : ids) {
      PackMaps.Span s = pages.get(id);
      if (s != null) {
        out.put(id, s);
      }
    }
    return out;
  }

  private static String digest(String html) {
    return PdfCache.sha256(html.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code keys} with the page numbers printed in the text as one more entry: the same plan laid
   * out with other numbers is another layout ({@link Replanning}).
   */
  private static Map<String, String> withNumbers(
      Map<String, String> keys, Optional<Map<String, PackMaps.Span>> printed) {
    Map<String, String> out = new HashMap<>(keys);
    out.put(" page numbers", printed.map(p -> new TreeMap<>(p).toString()).orElse(""));
    return out;
  }

  /**
   * The measure of the section with digest {@code key}: laid out in this build, or kept by the
   * cache; else null.
   */
  private Measure measure(String key) {
    Measure m = measures.get(key);
    if (m == null) {
      m = cache.measure(key).orElse(null);
      if (m != null) {
        measures.put(key, m);
      }
    }
    return m;
  }

  /**
   * A book whose self-paged documents give their own pages, with the digest of each HTML document's
   * section ({@link PackHtml.FirstPass#keys}).
   */
  private record Settled(Book book, Map<String, String> keys) {}

  /** {@code make}, called at most once, when first asked (by the first thread that asks). */
  static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private T made;

      @Override
      public synchronized T get() {
        if (made == null) {
          made = make.get();
        }
        return made;
      }
    };
  }

  /**
   * The first pass: lays out every section whose measure is not known yet, and writes each
   * self-paged document again from its measured pages until its text no longer changes.
   */
  private Settled settle(Book book, PackHtml html) throws IOException {
    for (int round = 1; ; round++) {
      PackHtml.FirstPass first =
          html.firstPass(book, k -> measure(k) != null, firstPassParts, firstPassPartSize);
      List<String> want = new ArrayList<>(first.keys().keySet());
      book.docs().stream()
          .filter(doc -> doc.self().isPresent())
          .forEach(doc -> want.addAll(doc.self().get().ids()));
      Map<String, PageSpan> spans = measure(first.parts(), want);
      for (String id : first.keys().keySet()) {
        PageSpan span = spans.get(id);
        String key = first.keys().get(id);
        if (span == null || measures.containsKey(key)) {
          continue; // not in this layout: its measure is known
        }
        PrintDoc doc = book.docs().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        Map<String, PageSpan> parts =
            doc != null && doc.self().isPresent() ? parts(doc, spans, span.first()) : Map.of();
        Measure m = new Measure(span.count(), parts);
        measures.put(key, m);
        cache.putMeasure(key, m);
      }
      String changed = null;
      List<PrintDoc> docs = new ArrayList<>();
      for (PrintDoc doc : book.docs()) {
        if (doc.self().isPresent()) {
          String again = doc.self().get().html(measure(first.keys().get(doc.id())).parts());
          if (!again.equals(doc.html())) {
            changed = changed == null ? doc.id() : changed;
            doc = doc.withHtml(again);
          }
        }
        docs.add(doc);
      }
      if (changed == null) {
        return new Settled(book, first.keys());
      }
      if (round == SETTLE) {
        throw PagesDoNotSettle.selfPaged(book, changed, SETTLE);
      }
      book = book.withDocs(docs);
    }
  }

  /**
   * Lays out each part of the first pass, the others beside the first on their own threads, and
   * gives the page spans of the {@code want}ed ids, each counted from its part's first page (a
   * document and the parts of it that give pages are always in the same part).
   */
  private Map<String, PageSpan> measure(List<String> parts, List<String> want) throws IOException {
    List<Future<Map<String, PageSpan>>> others = new ArrayList<>();
    for (String part : parts.subList(Math.min(1, parts.size()), parts.size())) {
      others.add(FIRST_PASS.submit(() -> spansOf(part, want)));
    }
    Map<String, PageSpan> out = new HashMap<>();
    if (!parts.isEmpty()) {
      out.putAll(spansOf(parts.get(0), want));
    }
    for (Future<Map<String, PageSpan>> f : others) {
      try {
        out.putAll(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while laying out the pack", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IOException(e.getCause());
      }
    }
    return out;
  }

  private Map<String, PageSpan> spansOf(String html, List<String> want) throws IOException {
    try (PdfEngine.Layout layout = engine.layout(html)) {
      return layout.spans(want);
    }
  }

  /** The pages of a self-paged document's parts, counted from its first page ({@code start}). */
  private static Map<String, PageSpan> parts(PrintDoc doc, Map<String, PageSpan> spans, int start) {
    Map<String, PageSpan> out = new TreeMap<>();
    for (String id : doc.self().orElseThrow().ids()) {
      PageSpan s = spans.get(id);
      if (s != null) {
        out.put(id, new PageSpan(s.first() - start, s.last() - start));
      }
    }
    return out;
  }

  /** The printed pages of the elements that references can name. */
  private static Map<String, PackMaps.Span> positionsOf(PagePlan plan, PdfEngine.Layout layout) {
    List<String> ids = layout.ids().stream().filter(Paginator::nameable).toList();
    Map<String, PackMaps.Span> out = new TreeMap<>();
    layout
        .spans(ids)
        .forEach(
            (id, s) ->
                out.put(
                    id,
                    new PackMaps.Span(plan.printed(s.first() + 1), plan.printed(s.last() + 1))));
    return out;
  }

  private static boolean nameable(String id) {
    return id.startsWith("doc-")
        || id.startsWith("item-")
        || id.startsWith("trk-")
        || id.startsWith("p-") && id.contains("-para-");
  }

  /** The id of the blank page after document {@code id} (as {@code print/pack.ftlh} writes it). */
  static String blankId(String id) {
    return "blank-" + id;
  }

  /** The page count of each document: a supplied PDF's own, the others' from {@code laidOut}. */
  private static Map<String, Integer> counts(
      Book book, List<String> ids, Function<String, Integer> laidOut) {
    Map<String, Integer> out = new HashMap<>();
    for (String id : ids) {
      PrintDoc doc = book.docs().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      Integer n =
          doc != null && doc.external().isPresent()
              ? Integer.valueOf(doc.external().get().pages().size())
              : laidOut.apply(id);
      if (n == null) {
        throw new IllegalStateException("document " + id + " was not laid out");
      }
      out.put(id, n);
    }
    return Map.copyOf(out);
  }

  private static PagePlan plan(Book book, List<String> ids, Map<String, Integer> counts) {
    return PagePlan.of(
        ids, ids.stream().map(counts::get).toList(), book.numberFront(), book.padEnd());
  }

  /**
   * The first document that is not where {@code plan} put it in a layout of {@code pages} pages (or
   * whose blank page is not), or null if every one is. A layout with pages after the plan's last
   * blames the last document.
   */
  private static String moved(PagePlan plan, Map<String, PageSpan> spans, int pages) {
    for (PagePlan.Slot s : plan.slots()) {
      PageSpan span = spans.get(s.id());
      if (span == null || span.first() + 1 != s.first() || span.last() + 1 != s.last()) {
        return s.id();
      }
      if (s.blankAfter()) {
        PageSpan blank = spans.get(blankId(s.id()));
        if (blank == null || blank.first() != s.last() || blank.last() != s.last()) {
          return s.id();
        }
      }
    }
    return pages == plan.pages() ? null : plan.slots().get(plan.slots().size() - 1).id();
  }

  private static byte[] paint(Book book, PagePlan plan, PdfEngine.Layout layout, String html)
      throws IOException {
    PDDocument pdf = layout.pdf();
    List<PDDocument> sources = new ArrayList<>();
    try {
      for (PrintDoc doc : book.docs()) {
        if (doc.external().isPresent()) {
          try {
            sources.add(
                ExternalPages.insert(pdf, plan.slot(doc.id()).first() - 1, doc.external().get()));
          } catch (RuntimeException e) { // PDFBox on a damaged supplied file
            throw new IOException(
                "cannot insert '" + doc.external().get().name() + "': " + e.getMessage(), e);
          }
        }
      }
      PdfFinish.apply(pdf, book.meta(), html, book.docs());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      byte[] saved = layout.shaping().spell(out.toByteArray());
      return XrefStream.withOwnEntry(
          saved); // last: any save by PDFBox writes the stream without its own entry
    } finally {
      for (PDDocument s : sources) {
        s.close();
      }
    }
  }
}
