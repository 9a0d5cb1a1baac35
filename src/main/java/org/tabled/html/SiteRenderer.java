package org.tabled.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Timings;
import org.tabled.feeds.AtomFeed;
import org.tabled.feeds.ICalendar;
import org.tabled.feeds.MeetingJson;
import org.tabled.feeds.NextChangeJson;
import org.tabled.feeds.OcdEvents;
import org.tabled.feeds.Popolo;
import org.tabled.feeds.Sitemap;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.PersonId;
import org.tabled.output.BuildCache;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;

/**
 * Renders the website into the output tree: every page, the theme's assets, the search index, and
 * the feeds and open data (iCalendar, Atom, sitemap, JSON per meeting, Popolo, Open Civic Data, the
 * next change for schedulers) and the open data page that lists them.
 *
 * <p>It sees only the {@link PublishedCouncil}: what the audience may see on the day. Pages are
 * rendered in the model's fixed order and the output tree is sorted, so identical content gives
 * byte-identical output; nothing reads the clock.
 */
public final class SiteRenderer {

  /** The theme's files besides templates, copied from {@code templates/assets/}. */
  static final List<String> ASSETS =
      List.of("site.css", "search.js", "snowball-english.js", "tracker.js");

  private final Templates templates;
  private final MarkdownEngine markdown;
  private int threads = 1;
  private SiteRecords records = SiteRecords.NONE;

  public SiteRenderer(Templates templates, MarkdownEngine markdown) {
    this.templates = templates;
    this.markdown = markdown;
  }

  /**
   * Renders the committees' pages on {@code n} threads, each committee in a context of its own
   * ({@link SiteContext#fork}) merged in the committees' order: the pages, the sitemap and the
   * search index are the same as on one thread.
   */
  public SiteRenderer withThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    this.threads = n;
    return this;
  }

  /**
   * Takes each committee's part of the website (its pages, tracker, work programmes and meetings)
   * whole from what an earlier build recorded when its inputs are the same, and records the parts
   * it renders ({@link SiteRecords}); the records are completed by {@link #keep} once the output is
   * written.
   *
   * @param cache where records are kept
   * @param environment what the build's output depends on besides the content: Tabled's code, the
   *     templates and fonts, where the content is and whether PDFs are made
   * @param inputs each committee's inputs, when known
   * @param memory the records as earlier builds of the same preview read them ({@link
   *     RecordMemory#NONE} for a build)
   */
  public SiteRenderer withRecords(
      BuildCache cache,
      String environment,
      Function<CommitteeId, Optional<CommitteeInputs>> inputs,
      RecordMemory memory) {
    this.records = new SiteRecords(cache, environment, inputs, memory);
    return this;
  }

  /**
   * Completes the records of the committees this renderer rendered, from the files as the output
   * folder {@code outDir} now holds them: called once the build has written it, with {@code
   * unchanged} true if no content file changed while it ran (else nothing is kept). Returns how
   * many were kept.
   */
  public int keep(Path outDir, boolean unchanged) {
    return records.keep(outDir, unchanged);
  }

  /**
   * The pages of the committees' parts whose templates ran in the last {@link #render}, in a build
   * with a cache ({@link SiteRecords.Pages}).
   */
  public Set<String> pagesRendered() {
    return records.pagesRendered();
  }

  /** The committees whose part of the website was taken from a record. */
  public Set<CommitteeId> fromRecords() {
    return records.replayed();
  }

  /**
   * Renders every page, feed and data file for {@code pub}.
   *
   * @param pdfs the PDFs already rendered, by output path (empty when PDFs are skipped)
   */
  public void render(
      PublishedCouncil pub, Map<String, PdfFile> pdfs, OutputTree out, Diagnostics d) {
    SiteContext ctx = new SiteContext(pub, templates, markdown, pdfs, out, d).withRecords(records);
    for (String name : ASSETS) {
      String path = SitePaths.asset(name);
      templates
          .resource(path)
          .ifPresentOrElse(
              bytes -> out.put(path, bytes),
              () -> d.error(SourcePos.file("templates/" + path), "theme file not found: " + path));
    }
    HomePage.render(ctx);
    List<Committee> committees = pub.council().committees();
    List<SiteContext> parts = committees.stream().map(c -> ctx.fork()).toList();
    AtomicReferenceArray<Optional<String>> keys = new AtomicReferenceArray<>(committees.size());
    inParallel(
        committees.size(),
        i -> {
          SiteContext part = parts.get(i);
          CommitteeId id = committees.get(i).id();
          Optional<String> key = records.key(id, pub.asOf(), pdfs);
          keys.set(i, key);
          if (key.isEmpty() || !records.replay(part, id, key.get())) {
            committee(part.withPages(records.pages(id)), committees.get(i));
            key.ifPresent(k -> records.rendered(id, k, part));
            records.pagesRendered(id, part);
          }
        });
    parts.forEach(ctx::merge);
    List<SearchPage.Part> searchParts = new ArrayList<>();
    for (int i = 0; i < committees.size(); i++) {
      searchParts.add(
          new SearchPage.Part(
              committees.get(i).id(),
              SiteRecords.recordable(parts.get(i)) ? keys.get(i) : Optional.empty(),
              parts.get(i).searchEntries()));
    }
    for (PersonId id : ctx.peopleWithPages()) {
      PersonPage.render(ctx, ctx.person(id));
    }
    PersonPage.renderIndex(ctx);
    StaticPages.render(ctx);
    DataPage.render(ctx);
    Timings.done("website: pages");
    SearchPage.render(ctx, searchParts, records); // last: it indexes what the pages rendered
    Timings.done("website: search index");
    ICalendar.all(pub, out); // each meeting's and committee's are its committee's part's
    AtomFeed.render(pub, out);
    Popolo.render(pub, out);
    OcdEvents.render(pub, pdfs, out);
    NextChangeJson.render(pub, out);
    Sitemap.render(
        pub.council().site().baseUrl(),
        ctx.pages().stream().filter(p -> !p.equals(SitePaths.notFound())).toList(),
        out);
  }

  /**
   * A committee's pages: its own, its tracker and work programmes, and its meetings' pages; and its
   * open data: its calendar and its meetings' calendars and JSON.
   */
  private static void committee(SiteContext ctx, Committee c) {
    MeetingJson.render(ctx.pub, c, ctx.pdfs, ctx::put);
    ICalendar.committee(ctx.pub, c, ctx::put);
    CommitteePage.render(ctx, c);
    TrackerPage.render(ctx, c);
    c.workProgrammes().forEach(w -> WorkProgrammePage.render(ctx, c, w));
    for (Meeting m : ctx.meetings(c)) {
      MeetingPage.render(ctx, c, m);
      for (Paper p : m.papers()) {
        PaperPage.render(ctx, c, m, p);
      }
      m.minutes().ifPresent(min -> MinutesPage.render(ctx, c, m, min));
    }
  }

  /**
   * Runs {@code task} for 0 to {@code n - 1} on up to {@link #threads} threads, and waits for all.
   */
  private void inParallel(int n, IntConsumer task) {
    if (threads == 1 || n < 2) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, n),
            r -> {
              Thread t = new Thread(r, "tabled-site");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int at = i;
        started.add(pool.submit(() -> task.accept(at)));
      }
      for (Future<?> f : started) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException re
              ? re
              : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while rendering the site", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
