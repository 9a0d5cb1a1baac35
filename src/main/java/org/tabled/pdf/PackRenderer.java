package org.tabled.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Minutes;
import org.tabled.model.PackId;
import org.tabled.model.Paper;
import org.tabled.model.PrintedPack;
import org.tabled.output.BuildCache;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;

/**
 * Renders the agenda packs and per-paper PDFs into the output tree: for every meeting whose agenda
 * is published (and that is not cancelled), the pack ({@link SitePaths#pack}), each supplementary
 * agenda published by the build's day ({@link SitePaths#supplement}), one PDF per paper with its
 * appendices ({@link SitePaths#paperPdf}) and, for appendices supplied as PDFs, the supplied file
 * itself ({@link SitePaths#appendixPdf}); and the minutes of every meeting with published minutes,
 * as a PDF of their own ({@link SitePaths#minutesPdf}).
 *
 * <p>How a pack is put together is in {@link MeetingBook}; how its pages are worked out in {@link
 * Paginator}. Each supplied PDF is read once per build. Rendering uses {@link #withThreads} threads
 * ({@link RenderWork}): the packs are laid out one after the other, as the fixed point below needs,
 * but a pack whose text is final is painted beside the next one's layout, and the PDFs left once
 * every pack's pages are known are rendered a meeting at a time in parallel. With {@link
 * #withCache}, final layouts and PDFs whose inputs are unchanged are taken from the build cache
 * ({@link PdfCache}).
 *
 * <h2>Page references between packs</h2>
 *
 * A pack can print pages of other packs: a cross-reference to a paper of another meeting, "(page 14
 * of the agenda pack for 22 September 2026)", and a tracker row carried forward, "Response on page
 * 23 of the agenda pack for 14 July 2026". Those pages are only known once the other pack is laid
 * out, and the other pack may in turn print pages of this one. So the packs are laid out to a fixed
 * point before their text is final:
 *
 * <ol>
 *   <li>The packs are laid out oldest first, each with what is known of the others so far ({@link
 *       PackMaps}; a page not known yet is printed as a placeholder), and the printed pages of
 *       everything a reference can name are recorded from each layout. A pack is painted at once if
 *       it used no placeholder and read only packs already painted: its text is final. A pack that
 *       points only back in time (a tracker carrying rows forward, a reference to an earlier paper)
 *       is painted in this first round, at no cost over laying it out once.
 *   <li>The packs not painted (they named a later pack, such as a work programme naming the items
 *       of later agendas, or one that was not final) are made again with the pages now known, and
 *       laid out again if their text changed; their recorded pages may change, which may change the
 *       text of others. Rounds repeat until no pack's recorded pages change: then the text of every
 *       pack agrees with the pages it names, and those packs are rendered (the final layout again,
 *       as layouts are not kept open between rounds; the first pass measures again only the
 *       documents whose text changed). A pack whose pages keep moving after {@value #ROUNDS} rounds
 *       is not written: it is an error at its {@code meeting.yaml} (its references and another
 *       pack's move each other), never a wrong page.
 *   <li>Each paper's own PDF is rendered last, with the pages of every pack known (a reference in
 *       it to its own meeting's papers gives their page in the pack); nothing depends on it. On
 *       more than one thread, the minutes' and papers' PDFs of a meeting whose pack was painted in
 *       the first round are begun at once, beside the layout of the later packs, and kept only if
 *       every pack whose pages they read was final when they began; otherwise they are thrown away,
 *       with anything they reported, and made at the end ({@code EarlyFinishIT}).
 * </ol>
 *
 * <p>A PDF whose own pages do not settle ({@link PagesDoNotSettle}) is reported at the document
 * that moved: its paper, its appendix's entry or its minutes ({@link #where}).
 *
 * <p>Which pack prints each tracker response does not depend on any layout ({@link TrackerPlan});
 * the pages of a response inside its own tracker appendix are settled within that pack by {@link
 * Paginator}.
 */
public final class PackRenderer {

  /** Rounds of the fixed point of page references between packs before giving up. */
  static final int ROUNDS = 6;

  private final Templates templates;
  private final MarkdownEngine markdown;

  /** Lays the PDFs out and paints them; told the council's own fonts before each render. */
  private final PdfEngine engine;

  private final Paginator paginator;

  public PackRenderer(Templates templates, MarkdownEngine markdown) {
    this(templates, markdown, new PdfEngine());
  }

  private PackRenderer(Templates templates, MarkdownEngine markdown, PdfEngine engine) {
    this(templates, markdown, engine, engine::layout);
  }

  /** A renderer laying its PDFs out with {@code layout} (tests give one that misbehaves). */
  PackRenderer(Templates templates, MarkdownEngine markdown, Paginator.Engine layout) {
    this(templates, markdown, new PdfEngine(), layout);
  }

  private PackRenderer(
      Templates templates, MarkdownEngine markdown, PdfEngine engine, Paginator.Engine layout) {
    this.templates = templates;
    this.markdown = markdown;
    this.engine = engine;
    this.paginator = new Paginator(layout, templates);
  }

  /**
   * How many PDFs are laid out or painted at the same time (1: one after the other, on the caller's
   * thread).
   */
  private int threads = 1;

  /** The output paths of the PDFs taken whole from the build cache, for the build's report. */
  private final Set<String> reused = Collections.synchronizedSet(new TreeSet<>());

  private final Map<PackId, PrintedPack> printed = new ConcurrentHashMap<>();

  /** Meetings of the last render whose rest was begun early and kept, or thrown away. */
  private final AtomicInteger keptEarly = new AtomicInteger();

  private final AtomicInteger discardedEarly = new AtomicInteger();

  /** What is found and kept of each meeting's PDFs between builds ({@link #withMeetingInputs}). */
  private MeetingRecords records = MeetingRecords.NONE;

  /** The final pages of the last render's packs, and whether it reported anything: for keep. */
  private PackMaps lastMaps;

  private boolean lastReported;

  /** Meetings of the last render whose PDFs were all taken from their record. */
  private final Set<MeetingId> fromRecords = ConcurrentHashMap.newKeySet();

  /**
   * Renders on {@code n} threads: the painting of a pack whose text is final beside the layout of
   * the next, and, once every pack's pages are known, the remaining packs, the minutes and every
   * paper's own PDF. Each PDF's bytes depend only on its content, never on which thread made it or
   * when, and everything is collected in sorted maps.
   */
  public PackRenderer withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    this.threads = n;
    return this;
  }

  /**
   * Keeps page counts, final layouts and PDFs in {@code store} between builds, under keys that
   * include {@code environment}: a digest of whatever the content does not say that changes a
   * layout (Tabled's code and fonts, the council's fonts and templates). See {@link PdfCache}.
   */
  public PackRenderer withCache(BuildCache store, String environment) {
    paginator.cache = new PdfCache(store, environment);
    return this;
  }

  /**
   * The output paths of the PDFs of the last {@link #render} that came whole from the build cache.
   */
  public Set<String> reused() {
    return Set.copyOf(reused);
  }

  /**
   * Takes each meeting's PDFs whole from the record an earlier build kept of them when {@code
   * inputs} (the digest of every content file they can be made from, by meeting) and the pages they
   * read from other packs are the same, and keeps such a record of each meeting rendered in full,
   * if {@code unchanged} (no content file changed while the build ran) holds at the end ({@link
   * MeetingRecords}). Needs {@link #withCache} first; without it, nothing is kept.
   */
  public PackRenderer withMeetingInputs(Function<MeetingId, Optional<String>> inputs) {
    records = new MeetingRecords(paginator.cache, inputs);
    return this;
  }

  /**
   * Once the build has written its output folder {@code outDir}: keeps the record of each meeting
   * the last {@link #render} rendered in full, if it reported nothing new and {@code unchanged} (no
   * content file changed while the build ran), and the stamps of the PDFs as {@code outDir} holds
   * them, so that the next build takes them unread. Returns how many records were kept.
   */
  public int keep(Path outDir, boolean unchanged) {
    return lastMaps == null ? 0 : records.keep(lastMaps, lastReported, unchanged, outDir);
  }

  /** Renders every PDF for {@code pub}; returns what was written, by output path. */
  public Map<String, PdfFile> render(PublishedCouncil pub, OutputTree out, Diagnostics d) {
    engine.useFonts(Fonts.with(pub.council().site().fonts(), d));
    reused.clear();
    printed.clear();
    keptEarly.set(0);
    discardedEarly.set(0);
    fromRecords.clear();
    records.begin(pub.asOf());
    int reported = d.errorCount() + d.warningCount();
    Map<String, PdfFile> written = Collections.synchronizedMap(new TreeMap<>());
    Map<Appendix.PdfSource, Optional<ExternalPdf>> externals = new ConcurrentHashMap<>();
    PackMaps maps;
    try (RenderWork work = new RenderWork(threads, d)) {
      maps = render(pub, out, d, written, externals, work);
    }
    // a record replays no diagnostic: kept only from a render that reported nothing new
    lastMaps = maps;
    lastReported = d.errorCount() + d.warningCount() != reported;
    return new TreeMap<>(written);
  }

  /** Returns the final pages of every pack, once every task is handed to {@code work}. */
  private PackMaps render(
      PublishedCouncil pub,
      OutputTree out,
      Diagnostics d,
      Map<String, PdfFile> written,
      Map<Appendix.PdfSource, Optional<ExternalPdf>> externals,
      RenderWork work) {
    Function<Appendix, Optional<ExternalPdf>> read =
        a -> externals.computeIfAbsent((Appendix.PdfSource) a.source(), s -> load(a, s, d));
    List<Meeting> meetings = packs(pub);
    Set<MeetingId> ids = new LinkedHashSet<>();
    meetings.forEach(m -> ids.add(m.id()));
    TrackerPlan trackers = TrackerPlan.of(pub, ids);
    PackMaps maps = new PackMaps(ids);
    Map<MeetingId, MeetingBook> books = new LinkedHashMap<>();
    for (Meeting m : meetings) {
      Committee c = pub.council().committee(m.id().committee()).orElseThrow();
      books.put(m.id(), new MeetingBook(pub, c, m, markdown, templates, d, read, trackers));
    }
    Set<MeetingId> done = new HashSet<>(); // painted, or failed with an error already reported
    Map<MeetingId, Future<Boolean>> early = new HashMap<>(); // the rest of a meeting begun early
    // the text each pack not yet final was last laid out with (a final pack's is never asked for)
    Map<MeetingId, String> laidOut = new HashMap<>();
    Map<String, MeetingId> byName = new HashMap<>();
    ids.forEach(i -> byName.put(i.toString(), i));
    // the record of each meeting, looked up once; those whose PDFs are taken from it
    Map<MeetingId, Optional<MeetingRecords.Entry>> recorded = new HashMap<>();
    Map<MeetingId, MeetingRecords.Entry> replayed = new HashMap<>();
    for (int round = 1; ; round++) {
      Set<MeetingId> moved = new LinkedHashSet<>();
      if (records.enabled()) {
        // packs that print each other's pages, taken from their records together
        for (Map.Entry<MeetingId, MeetingRecords.Entry> r :
            agreeing(books.keySet(), done, recorded, byName, maps).entrySet()) {
          if (maps.put(r.getKey(), r.getValue().positions())) {
            moved.add(r.getKey());
          }
          done.add(r.getKey());
          replayed.put(r.getKey(), r.getValue());
        }
      }
      for (MeetingBook book : books.values()) {
        MeetingId id = book.meeting();
        if (done.contains(id)) {
          continue;
        }
        if (records.enabled()) {
          Optional<MeetingRecords.Entry> rec = recorded.computeIfAbsent(id, records::find);
          // its pack's text is the recorded one if the packs it read are final with the same pages
          if (rec.isPresent()
              && MeetingRecords.same(
                  rec.get().packReads(),
                  byName,
                  m ->
                      m.equals(id)
                          ? Optional.of(PackMaps.digestOf(rec.get().positions()))
                          : done.contains(m) ? maps.digest(m) : Optional.empty())) {
            if (maps.put(id, rec.get().positions())) {
              moved.add(id);
            }
            done.add(id);
            replayed.put(id, rec.get());
            continue;
          }
        }
        try {
          PackMaps.Reader pages = maps.reader();
          Book pack = book.pack(pages);
          // a pack not final after a round is compared with the text it was laid out with
          String text = laidOut.containsKey(id) ? fingerprint(pack) : null;
          if (text != null && text.equals(laidOut.get(id))) {
            continue; // laid out with this very text: its recorded pages stand
          }
          Paginator.Laid laid = paginator.layout(pack, d);
          boolean handedOver = false;
          try {
            if (maps.put(id, laid.positions())) {
              moved.add(id);
            }
            if (!pages.missed() && done.containsAll(pages.read())) {
              records.packRead(id, pages.read());
              handedOver = true; // painted beside the next pack's layout, and closed there
              work.paint(
                  book,
                  () -> {
                    try (laid) {
                      putPack(out, written, PackId.agenda(id), pack, laid.paint());
                    }
                  });
              done.add(id);
              if (round == 1 && work.parallel()) {
                // its papers' and minutes' PDFs meanwhile, kept if they read only final packs
                Set<MeetingId> finalPacks = Set.copyOf(done);
                early.put(
                    id,
                    work.early(
                        book,
                        () ->
                            finishEarly(book, finalPacks, maps, externals, out, written, pub, d)));
              }
            }
          } finally {
            if (!handedOver) {
              laid.close();
            }
          }
          if (!done.contains(id)) { // met again in the next round: digested only then
            laidOut.put(id, text != null ? text : fingerprint(pack));
          }
        } catch (TemplateFailed e) {
          done.add(id); // the template's error is already reported, at the template's line
        } catch (PagesDoNotSettle e) {
          unsettled(pub, id, e, d);
          done.add(id);
        } catch (IOException e) {
          d.error(book.pos(), "cannot render the PDFs for this meeting: " + e.getMessage());
          done.add(id);
        }
      }
      if (moved.isEmpty()) {
        break;
      }
      if (round == ROUNDS) {
        // The packs still moving print pages of others that their own pages move: the content's
        // cycle.
        Set<MeetingId> unsettled = new LinkedHashSet<>(moved);
        unsettled.removeAll(done);
        if (unsettled
            .isEmpty()) { // only packs already painted moved: those that read them are not final
          books.keySet().stream().filter(m -> !done.contains(m)).forEach(unsettled::add);
        }
        for (MeetingId id : unsettled) {
          d.error(
              books.get(id).pos(),
              "the page numbers this agenda pack prints from other packs do not settle:"
                  + " after "
                  + ROUNDS
                  + " layouts its own pages still move, and with them the pages other packs print"
                  + " from it",
              "a cross-reference between this pack and another ([[para:…]], [[paper:…]]) that moves"
                  + " the page it names: refer to the item or paper instead of a paragraph, or move the reference");
          done.add(id);
        }
        break;
      }
    }
    for (MeetingBook book : books.values()) {
      MeetingRecords.Entry rec = replayed.get(book.meeting());
      if (rec != null) {
        work.submit(
            book,
            () -> {
              if (!replay(book, rec, byName, maps, out, written)) {
                // rendered as usual: its pack's pages are the recorded ones, which its layout
                // must give again
                finish(book, Set.of(), maps, externals, out, written, pub, d);
              }
            });
        continue;
      }
      Future<Boolean> begun = early.get(book.meeting());
      if (begun == null || !RenderWork.await(begun)) {
        work.submit(book, () -> finish(book, done, maps, externals, out, written, pub, d));
      }
    }
    return maps;
  }

  /**
   * The meetings of {@code ids} not {@code done} whose packs can be taken from their records
   * together although they print each other's pages (a tracker prints the page of a later pack's
   * response, which prints the page of the tracker): every pack whose pages one of them read is
   * either final ({@code done}) with the pages it read, or one of them whose record gives those
   * pages. Such a set of records is what one earlier build laid out to a fixed point from the same
   * content files (each record is kept under its meeting's inputs), and every page any of them
   * prints is the one the others give, so laying them out again would print what they hold. A
   * meeting without a record, or whose reads disagree with what the others now give, is left out,
   * and with it every meeting that read it; what is left is returned, each with its record.
   */
  private Map<MeetingId, MeetingRecords.Entry> agreeing(
      Set<MeetingId> ids,
      Set<MeetingId> done,
      Map<MeetingId, Optional<MeetingRecords.Entry>> recorded,
      Map<String, MeetingId> byName,
      PackMaps maps) {
    Map<MeetingId, MeetingRecords.Entry> group = new LinkedHashMap<>();
    for (MeetingId id : ids) {
      if (!done.contains(id)) {
        recorded.computeIfAbsent(id, records::find).ifPresent(r -> group.put(id, r));
      }
    }
    // the digest of a pack's pages as the group gives them: its record's, or a final pack's
    Map<MeetingId, String> given = new HashMap<>();
    group.forEach((m, r) -> given.put(m, PackMaps.digestOf(r.positions())));
    Function<MeetingId, Optional<String>> pages =
        m ->
            given.containsKey(m)
                ? Optional.of(given.get(m))
                : done.contains(m) ? maps.digest(m) : Optional.empty();
    boolean removed = true;
    while (removed) {
      removed = false;
      for (var i = group.entrySet().iterator(); i.hasNext(); ) {
        Map.Entry<MeetingId, MeetingRecords.Entry> e = i.next();
        if (!MeetingRecords.same(e.getValue().packReads(), byName, pages)) {
          i.remove();
          given.remove(e.getKey());
          removed = true;
        }
      }
    }
    return group;
  }

  /**
   * Writes the PDFs of a meeting whose pack was taken from its record, all of them from the record,
   * if the packs its other PDFs read still have the pages they had and the cache still holds every
   * PDF; returns false, having written nothing, if not.
   */
  private boolean replay(
      MeetingBook book,
      MeetingRecords.Entry rec,
      Map<String, MeetingId> byName,
      PackMaps maps,
      OutputTree out,
      Map<String, PdfFile> written) {
    MeetingId id = book.meeting();
    if (!MeetingRecords.same(rec.restReads(), byName, maps::digest)) {
      return false;
    }
    // the very files the last build wrote, if the previous output still holds them: unread
    Optional<List<OutputTree.Stamp>> stamps = records.stamps(id, rec);
    if (stamps.isPresent()) {
      Map<String, String> shas = new HashMap<>();
      for (MeetingRecords.Output o : rec.outputs()) {
        if (o.pack() >= 0) {
          paginator.cache.sha256(o.source()).ifPresent(sha -> shas.put(o.path(), sha));
        }
      }
      if (shas.size() == rec.outputs().stream().filter(o -> o.pack() >= 0).count()
          && out.putSeen(stamps.get())) {
        rec.outputs().forEach(o -> replayed(id, o, shas.get(o.path()), written));
        rec.outputs().forEach(o -> paginator.cache.markUsed(o.source())); // for a later build
        fromRecords.add(id);
        return true;
      }
    }
    List<Runnable> puts = new ArrayList<>();
    for (MeetingRecords.Output o : rec.outputs()) {
      Optional<PdfCache.Stored> kept = paginator.cache.pdf(o.source());
      if (kept.isEmpty() || kept.get().pdf().length != o.size()) {
        return false; // the cache lost it: rendered
      }
      byte[] pdf = kept.get().pdf();
      String sha = kept.get().sha256();
      puts.add(
          () -> {
            out.put(o.path(), pdf);
            replayed(id, o, sha, written);
          });
    }
    puts.forEach(Runnable::run);
    records.fromBytes(id, rec);
    fromRecords.add(id);
    return true;
  }

  /** Output {@code o} of meeting {@code id}, with digest {@code sha}, taken from its record. */
  private void replayed(
      MeetingId id, MeetingRecords.Output o, String sha, Map<String, PdfFile> written) {
    written.put(o.path(), new PdfFile(o.path(), o.pages(), o.size(), o.starts()));
    if (o.pack() >= 0) {
      PackId pack = new PackId(id, o.pack());
      printed.put(pack, new PrintedPack(pack, o.path(), o.pages(), o.items(), sha));
    }
    if (!o.supplied()) {
      reused.add(o.path());
    }
  }

  /**
   * Renders what is left of one meeting once every pack's pages are known: its pack if it was not
   * painted in the rounds, its minutes and its papers' own PDFs. Nothing else depends on them, so
   * meetings are finished in parallel.
   */
  private void finish(
      MeetingBook book,
      Set<MeetingId> done,
      PackMaps maps,
      Map<Appendix.PdfSource, Optional<ExternalPdf>> externals,
      OutputTree out,
      Map<String, PdfFile> written,
      PublishedCouncil pub,
      Diagnostics d)
      throws IOException {
    MeetingId id = book.meeting();
    reporting(
        pub,
        id,
        d,
        () -> {
          if (!done.contains(id)) {
            PackMaps.Reader pages = maps.reader();
            Book pack = book.pack(pages);
            Paginator.Result r = paginator.render(pack, d);
            if (!r.positions().equals(maps.of(id).orElseThrow())) {
              throw new IllegalStateException(
                  "the pages of the pack for " + id + " moved after they settled");
            }
            records.packRead(id, pages.read());
            putPack(out, written, PackId.agenda(id), pack, r);
          }
          PackMaps.Reader pages = maps.reader();
          rest(book, pages, externals, d, new Sink(out, written));
          records.restRead(id, pages.read());
        });
  }

  /**
   * Runs {@code step}, reporting a PDF whose pages do not settle to {@code d}; a template's failure
   * is already reported, at the template's line. A failure to read or write is for the caller
   * ({@link RenderWork} reports it at the meeting).
   */
  private static void reporting(
      PublishedCouncil pub, MeetingId id, Diagnostics d, RenderWork.Task step) throws IOException {
    try {
      step.run();
    } catch (TemplateFailed e) {
      // reported, at the template's line
    } catch (PagesDoNotSettle e) {
      unsettled(pub, id, e, d);
    }
  }

  /**
   * The rest of a meeting whose pack was painted in the first round, begun while later packs are
   * laid out, so that both processors are busy: kept (true) if it read the pages of final packs
   * only ({@code finalPacks}, painted before it began), and so is what {@link #finish} would make
   * at the end; else thrown away, with what it reported, to be made at the end (false).
   */
  private boolean finishEarly(
      MeetingBook book,
      Set<MeetingId> finalPacks,
      PackMaps maps,
      Map<Appendix.PdfSource, Optional<ExternalPdf>> externals,
      OutputTree out,
      Map<String, PdfFile> written,
      PublishedCouncil pub,
      Diagnostics d)
      throws IOException {
    MeetingId id = book.meeting();
    PackMaps.Reader pages = maps.reader();
    Diagnostics reported = new Diagnostics();
    Sink held = new Sink(out, written).held();
    reporting(pub, id, reported, () -> rest(book, pages, externals, reported, held));
    if (pages.missed() || !finalPacks.containsAll(pages.read())) {
      discardedEarly.incrementAndGet();
      return false;
    }
    reported.all().forEach(d::add);
    held.release();
    records.restRead(id, pages.read());
    keptEarly.incrementAndGet();
    return true;
  }

  /**
   * Supplementary agendas, the minutes and the papers' own PDFs of one meeting, into {@code to}.
   */
  private void rest(
      MeetingBook book,
      PackMaps.Reader pages,
      Map<Appendix.PdfSource, Optional<ExternalPdf>> externals,
      Diagnostics d,
      Sink to)
      throws IOException {
    MeetingId id = book.meeting();
    // Supplementary agendas are rendered apart from the fixed point: no pack prints their pages.
    for (MeetingBook.Supplement s : book.supplements(pages)) {
      Paginator.Result r = paginator.render(s.book(), d);
      to.add(() -> putPack(to.out, to.written, s.pack().id(), s.book(), r));
    }
    Optional<Book> minutes = book.minutesBook(pages);
    if (minutes.isPresent()) {
      Paginator.Result r = paginator.render(minutes.get(), d);
      to.add(() -> put(to.out, to.written, id, SitePaths.minutesPdf(id), r));
    }
    for (Map.Entry<Paper, Book> e : book.paperBooks(pages).entrySet()) {
      Paper p = e.getKey();
      Paginator.Result r = paginator.render(e.getValue(), d);
      to.add(() -> put(to.out, to.written, id, SitePaths.paperPdf(id, p.id()), r));
      for (Appendix a : p.appendices()) {
        if (a.source() instanceof Appendix.PdfSource src) {
          Optional<ExternalPdf> ext = externals.get(src);
          if (ext != null && ext.isPresent()) {
            String path = SitePaths.appendixPdf(id, p.id(), a.label());
            byte[] bytes = ext.get().bytes();
            int count = ext.get().pages().size();
            to.add(
                () -> {
                  to.out.put(path, bytes);
                  to.written.put(path, new PdfFile(path, count, bytes.length));
                  if (records.enabled()) {
                    String sha = PdfCache.sha256(bytes);
                    String key = paginator.cache.suppliedKey(sha);
                    paginator.cache.putPdf(key, bytes, sha);
                    records.output(
                        id,
                        new MeetingRecords.Output(
                            path, true, key, count, bytes.length, Map.of(), -1, Map.of()));
                  }
                });
          }
        }
      }
    }
  }

  /** Where rendered PDFs go: into the output at once, or held until {@link #release}d. */
  private static final class Sink {
    final OutputTree out;
    final Map<String, PdfFile> written;
    private final List<Runnable> held;

    Sink(OutputTree out, Map<String, PdfFile> written) {
      this(out, written, null);
    }

    private Sink(OutputTree out, Map<String, PdfFile> written, List<Runnable> held) {
      this.out = out;
      this.written = written;
      this.held = held;
    }

    /** A sink that holds what it is given. */
    Sink held() {
      return new Sink(out, written, new ArrayList<>());
    }

    void add(Runnable put) {
      if (held == null) {
        put.run();
      } else {
        held.add(put);
      }
    }

    /** Puts everything held into the output. */
    void release() {
      held.forEach(Runnable::run);
      held.clear();
    }
  }

  /**
   * Writes the HTML of every PDF, without laying it out (each document is given one page), so that
   * {@code check} finds what a council's print templates get wrong, such as a value they lack or an
   * id the pages are found by, without the cost of layout. Supplied PDFs are not read here: {@link
   * SuppliedPdfs} checks them.
   */
  public void checkTemplates(PublishedCouncil pub, Diagnostics d) {
    List<Meeting> meetings = packs(pub);
    Set<MeetingId> ids = new LinkedHashSet<>();
    meetings.forEach(m -> ids.add(m.id()));
    TrackerPlan trackers = TrackerPlan.of(pub, ids);
    PackMaps maps = new PackMaps(ids);
    PackHtml html = new PackHtml(templates, d);
    for (Meeting m : meetings) {
      Committee c = pub.council().committee(m.id().committee()).orElseThrow();
      try {
        MeetingBook book =
            new MeetingBook(pub, c, m, markdown, templates, d, a -> Optional.empty(), trackers);
        List<Book> all = new ArrayList<>();
        all.add(book.pack(maps.reader()));
        book.minutesBook(maps.reader()).ifPresent(all::add);
        all.addAll(book.paperBooks(maps.reader()).values());
        for (Book b : all) {
          List<String> docs = PackHtml.ids(b);
          html.check(
              html.finalPass(
                  b,
                  PagePlan.of(
                      docs, docs.stream().map(x -> 1).toList(), b.numberFront(), b.padEnd())));
        }
      } catch (TemplateFailed e) {
        // reported at the template's line; the other meetings are checked all the same
      }
    }
  }

  /**
   * Reports a PDF whose pages do not settle at the document that moved: the paper, the appendix
   * (its entry in the paper's front matter), the minutes, or the meeting for the front sheet.
   */
  private static void unsettled(
      PublishedCouncil pub, MeetingId pack, PagesDoNotSettle e, Diagnostics d) {
    d.error(
        where(pub, pack, e.doc()),
        e.getMessage(),
        "this is a limit of Tabled's page layout rather than a mistake:"
            + " a line more or less near the end of this document settles it (and please report it)");
  }

  /**
   * Where the document with section id {@code doc} of the pack of meeting {@code id} is written.
   */
  static SourcePos where(PublishedCouncil pub, MeetingId id, String doc) {
    Meeting m = pub.council().meeting(id).orElseThrow();
    for (Paper p : m.papers()) {
      if (doc.equals(MeetingBook.paperId(p.id()))) {
        return p.pos();
      }
      for (Appendix a : p.appendices()) {
        if (doc.equals(MeetingBook.appendixId(p.id(), a.label()))) {
          return a.pos();
        }
      }
    }
    for (AgendaItem item : m.agenda()) {
      if (doc.equals(MeetingBook.minutesId(item.number())) && item.minutesOf().isPresent()) {
        Optional<Minutes> minutes =
            pub.council()
                .meeting(new MeetingId(id.committee(), item.minutesOf().get()))
                .flatMap(Meeting::minutes);
        if (minutes.isPresent()) {
          return minutes.get().pos();
        }
      }
    }
    return m.pos();
  }

  /** The meetings that get a pack: agenda published, not cancelled, not empty; oldest first. */
  private static List<Meeting> packs(PublishedCouncil pub) {
    List<Meeting> out = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (pub.isAgendaPublished(m.id())
            && m.status() != MeetingStatus.CANCELLED
            && !m.agenda().isEmpty()) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparing(Meeting::date).thenComparing(m -> m.id().committee().value()));
    return out;
  }

  /** A digest of a pack's text: everything in it that the pages of other packs can change. */
  private static String fingerprint(Book book) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (PrintDoc doc : book.docs()) {
        sha.update(doc.id().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(doc.html().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One meeting's pack, on its own: for the benchmark ({@link org.tabled.pdf.bench.PackBenchmark}).
   *
   * @param pdf the PDF
   * @param pages its page count
   * @param html the HTML it was rendered from, which other renderers can be given to compare
   */
  public record Pack(byte[] pdf, int pages, String html) {}

  /**
   * Renders the pack of meeting {@code id} and nothing else: pages of other packs it names are not
   * known, and printed as placeholders.
   */
  public Pack renderPack(PublishedCouncil pub, MeetingId id, Diagnostics d) throws IOException {
    engine.useFonts(Fonts.with(pub.council().site().fonts(), d));
    Committee c = pub.council().committee(id.committee()).orElseThrow();
    Meeting m = c.meetingOn(id.date()).orElseThrow();
    Map<Appendix.PdfSource, Optional<ExternalPdf>> externals = new HashMap<>();
    Set<MeetingId> ids = new LinkedHashSet<>();
    packs(pub).forEach(x -> ids.add(x.id()));
    MeetingBook book =
        new MeetingBook(
            pub,
            c,
            m,
            markdown,
            templates,
            d,
            a -> externals.computeIfAbsent((Appendix.PdfSource) a.source(), s -> load(a, s, d)),
            TrackerPlan.of(pub, ids));
    Paginator.Result r = paginator.render(book.pack(new PackMaps(ids).reader()), d);
    return new Pack(r.bytes(), r.pages(), r.html());
  }

  /**
   * How many meetings' minutes and papers' PDFs the last {@link #render} began while later packs
   * were laid out and kept ({@code [0]}), or threw away because they read a pack not final yet
   * ({@code [1]}).
   */
  int[] early() {
    return new int[] {keptEarly.get(), discardedEarly.get()};
  }

  /** The meetings whose PDFs the last {@link #render} took whole from their records. */
  public Set<MeetingId> fromRecords() {
    return Set.copyOf(fromRecords);
  }

  /**
   * The packs of the last {@link #render}, with the printed range of each item: what an issued pack
   * records and a later build compares.
   */
  public Map<PackId, PrintedPack> printed() {
    return Map.copyOf(printed);
  }

  private void putPack(
      OutputTree out, Map<String, PdfFile> written, PackId pack, Book book, Paginator.Result r) {
    String path =
        pack.isSupplement()
            ? SitePaths.supplement(pack.meeting(), pack.supplement())
            : SitePaths.pack(pack.meeting());
    Map<Integer, String> items = new TreeMap<>();
    Map<Integer, Integer> starts = new TreeMap<>();
    String prefix = book.meta().pagePrefix();
    book.items()
        .forEach(
            (n, docs) -> {
              PagePlan.Range range = r.plan().range(docs);
              items.put(n, prefix + range.from() + " - " + prefix + range.to());
              starts.put(n, r.plan().slot(docs.get(0)).first());
            });
    write(
        out,
        written,
        pack.meeting(),
        r,
        new PdfFile(path, r.pages(), r.bytes().length, starts),
        pack.supplement(),
        items);
    printed.put(pack, new PrintedPack(pack, path, r.pages(), items, r.sha256()));
  }

  private void put(
      OutputTree out,
      Map<String, PdfFile> written,
      MeetingId meeting,
      String path,
      Paginator.Result r) {
    write(out, written, meeting, r, new PdfFile(path, r.pages(), r.bytes().length), -1, Map.of());
  }

  /**
   * Puts PDF {@code r}, described by {@code file}, into the output, and into the record of {@code
   * meeting} ({@code pack}: its supplement number if it is a pack, with the pages of its {@code
   * items}; -1 if not).
   */
  private void write(
      OutputTree out,
      Map<String, PdfFile> written,
      MeetingId meeting,
      Paginator.Result r,
      PdfFile file,
      int pack,
      Map<Integer, String> items) {
    if (r.reused()) {
      reused.add(file.path());
    }
    out.put(file.path(), r.bytes());
    written.put(file.path(), file);
    if (r.key().isPresent()) {
      records.output(
          meeting,
          new MeetingRecords.Output(
              file.path(),
              false,
              r.key().get(),
              file.pages(),
              file.bytes(),
              file.items(),
              pack,
              items));
    } else {
      records.unkept(meeting);
    }
  }

  /**
   * Reads a supplied PDF; a damaged or password-protected one is a content error at the appendix.
   */
  private static Optional<ExternalPdf> load(Appendix a, Appendix.PdfSource src, Diagnostics d) {
    try {
      return Optional.of(
          ExternalPdf.load(src.file(), src.name())
              .withAlternatives(src.altText(), src.alternative().isPresent()));
    } catch (IOException | RuntimeException e) { // PDFBox throws both for damaged files
      d.error(
          a.pos(),
          "cannot read '" + src.name() + "' as a PDF: " + e.getMessage(),
          "save the document again as a PDF, without a password");
      return Optional.empty();
    }
  }
}
