package org.tabled.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.tabled.calendar.Deadlines;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Timings;
import org.tabled.files.KnownFiles;
import org.tabled.html.CommitteeInputs;
import org.tabled.html.SiteRenderer;
import org.tabled.issued.IssuedFile;
import org.tabled.issued.IssuedPacks;
import org.tabled.load.FolderDigests;
import org.tabled.load.LoadMemory;
import org.tabled.load.LoadedContent;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.ParseStore;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import org.tabled.model.PrintedPack;
import org.tabled.output.AtomicFile;
import org.tabled.output.AtomicReplace;
import org.tabled.output.BuildCache;
import org.tabled.output.CacheSweep;
import org.tabled.output.OutputFolders;
import org.tabled.output.OutputLock;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.Underway;
import org.tabled.pdf.Glyphs;
import org.tabled.pdf.PackRenderer;
import org.tabled.pdf.SuppliedPdfs;
import org.tabled.publish.Audience;
import org.tabled.publish.NextChange;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;
import org.tabled.validate.Registers;
import org.tabled.validate.Validator;
import org.tabled.view.Omissions;

/**
 * The whole build, stage by stage:
 *
 * <ol>
 *   <li><b>load</b> the content folder (YAML and Markdown, with positions);
 *   <li><b>validate</b> it into the immutable model, reporting every problem;
 *   <li><b>resolve</b> what depends on several documents: Markdown checks and numbering, the
 *       minutes chain;
 *   <li><b>publish</b>: select what the audience may see on the day;
 *   <li><b>render</b> every output into memory: the PDF packs first, then the website, which links
 *       to them with their page counts and sizes;
 *   <li><b>write</b> the output folder atomically.
 * </ol>
 *
 * A stage that reports errors stops the build before anything is written, so a failed build leaves
 * the previous output untouched. Before all of them, a build whose inputs are those of the last
 * successful one, into an output folder as that build left it, stops at once ({@link UpToDate}).
 */
public final class Pipeline {

  private Pipeline() {}

  /**
   * How {@code dir} is shown in messages: relative to {@code base} when inside it, else in full.
   */
  private static String display(Path dir, Path base) {
    Path abs = dir.toAbsolutePath().normalize();
    Path from = base.toAbsolutePath().normalize();
    return (abs.startsWith(from) ? from.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /**
   * What {@code check} does in place of rendering: the built-in templates are tested with Tabled,
   * but a council's own can fail on its content, so the pages and the PDFs' HTML that its templates
   * make are rendered and thrown away: the errors a build would report, without laying out a PDF.
   */
  private static void checkCouncilTemplates(
      BuildOptions o,
      Templates templates,
      MarkdownEngine markdown,
      PublishedCouncil pub,
      Diagnostics d) {
    if (templates.overrides("print")) {
      new PackRenderer(templates, markdown).checkTemplates(pub, d);
    }
    if (o.audience() == Audience.PUBLIC && templates.overrides("site")) {
      new SiteRenderer(templates, markdown).render(pub, Map.of(), new OutputTree(), d);
    }
  }

  /**
   * What a public build for {@code asOf} would print of every pack, laid out and painted in memory
   * and written nowhere (for {@code tabled diff}); empty if the content has errors, reported in
   * {@code d}.
   *
   * @param pub the council as published, for the caller's look-ups
   * @param printed each pack's page map
   * @param out the PDFs
   */
  public record Packs(PublishedCouncil pub, Map<PackId, PrintedPack> printed, OutputTree out) {}

  /** Lays out and paints the packs of a public build of {@code contentDir} on {@code asOf}. */
  public static Optional<Packs> packs(
      Path contentDir, Path templatesDir, Path displayBase, LocalDate asOf, Diagnostics d) {
    LoadedContent raw = Loader.load(contentDir, displayBase, d);
    Council council = Validator.validate(raw, d);
    MarkdownEngine markdown = new MarkdownEngine(contentDir);
    ResolvedCouncil resolved = Resolver.resolve(council, markdown, d);
    Templates templates = new Templates(templatesDir, display(templatesDir, displayBase));
    templates.check(d);
    if (d.hasErrors()) {
      return Optional.empty();
    }
    PublishedCouncil pub = Publication.select(resolved, Audience.PUBLIC, asOf);
    OutputTree out = new OutputTree();
    PackRenderer packs = new PackRenderer(templates, markdown);
    packs.render(pub, out, d);
    return d.hasErrors() ? Optional.empty() : Optional.of(new Packs(pub, packs.printed(), out));
  }

  /** Runs the build described by {@code o}. Never throws for bad content. */
  public static BuildResult run(BuildOptions o) {
    return run(o, true);
  }

  /**
   * Runs the build described by {@code o}; if not {@code settle} (for {@code serve}), writes only
   * what changed into the output folder, in place ({@link AtomicReplace#update}), and returns while
   * the records are still being kept, so that the preview's pages can reload meanwhile: the next
   * build, or {@link #settle}, waits for them.
   */
  public static BuildResult run(BuildOptions o, boolean settle) {
    return run(o, settle, Memory.NONE);
  }

  /**
   * {@link #run(BuildOptions, boolean)}, taking each content file that stats as it did when an
   * earlier build of this process read it from {@code memory} (the preview's, {@link Memory}),
   * unread, and the website's records as that build read them.
   */
  public static BuildResult run(BuildOptions o, boolean settle, Memory memory) {
    settle(); // what the last build left under way ends before this one reads anything
    try {
      return build(o, !settle, memory);
    } finally {
      if (settle) {
        settle();
      }
    }
  }

  /**
   * Waits until what a build left under way is done: its records and no-change stamp kept, and the
   * output folder it replaced removed ({@link #run(BuildOptions, boolean)}, {@link Underway}).
   */
  public static void settle() {
    Underway.settle();
  }

  private static BuildResult build(BuildOptions o, boolean later, Memory memory) {
    Timings.done("started");
    Diagnostics d = new Diagnostics();
    Optional<String> templatesUnsafe =
        OutputFolders.templatesProblem(o.templatesDir(), o.contentDir());
    if (templatesUnsafe.isPresent()) {
      d.error(
          SourcePos.file(o.templatesDir().toString()),
          templatesUnsafe.get() + "; nothing was read or written",
          "keep the templates in a folder of their own beside the content, e.g. --templates templates");
      return BuildResult.failed(d);
    }
    if (!o.checkOnly()) {
      Optional<String> unsafe = OutputFolders.problem(o.outDir(), o.contentDir(), o.templatesDir());
      if (unsafe.isPresent()) {
        d.error(
            SourcePos.file(o.outDir().toString()),
            unsafe.get() + "; nothing was read or written",
            "give --out a folder of its own, outside --content and --templates, e.g. --out site");
        return BuildResult.failed(d);
      }
    }
    if (o.cache().isPresent()
        && o.audience() == Audience.PUBLIC) { // confidential builds keep nothing
      Optional<String> unsafe =
          OutputFolders.cacheProblem(o.cache().get(), o.outDir(), o.contentDir(), o.templatesDir());
      if (unsafe.isPresent()) {
        d.error(
            SourcePos.file(o.cache().get().toString()),
            unsafe.get() + "; nothing was read or written",
            "give --cache a folder of its own, e.g. .tabled-cache beside the output folder, or use --no-cache");
        return BuildResult.failed(d);
      }
    }
    if (o.checkOnly()) {
      return checked(o, later, memory, d); // writes nothing: takes no lock
    }
    // one build at a time writes an output folder: held until what this one leaves under way ends
    OutputLock lock;
    try {
      lock = OutputLock.take(o.outDir(), Pipeline::waiting);
    } catch (IOException e) {
      d.error(
          SourcePos.file(o.outDir().toString()),
          "cannot lock the output folder against other builds: "
              + e.getMessage()
              + "; nothing was written",
          "a build locks a file beside the output folder ("
              + OutputLock.name(o.outDir())
              + "): it must be a plain file Tabled can write, not a link");
      return BuildResult.failed(d);
    }
    try {
      return checked(o, later, memory, d);
    } finally {
      Underway.afterAll("tabled-unlock", lock::close);
    }
  }

  /** Says on the standard error that this build waits for another: it may take minutes. */
  private static void waiting(String why) {
    System.err.println("tabled: " + why);
    System.err.flush();
  }

  /** The build once its folders are found safe to read and write (and locked if it writes). */
  private static BuildResult checked(BuildOptions o, boolean later, Memory memory, Diagnostics d) {
    // whether the cache folder is Tabled's to sweep, asked before anything is written there
    boolean cacheOurs =
        o.cache().isPresent()
            && o.audience() == Audience.PUBLIC
            && !o.checkOnly()
            && CacheSweep.ours(o.cache().get());
    // Nothing changed since the last build, whose output is as it left it: nothing to do.
    Optional<UpToDate.Inputs> inputs = UpToDate.inputs(o);
    Timings.done("inputs digested");
    if (inputs.isPresent()) {
      Optional<BuildResult> same = UpToDate.replay(o, inputs.get().digest());
      Timings.done("last build's stamp and output compared");
      if (same.isPresent()) {
        return same.get();
      }
      UpToDate.forget(o);
    }
    FutureTask<Templates> templatesChecked = checkTemplatesMeanwhile(o, d);
    Loaded loaded = load(o, memory.load(), d);
    Council council = loaded.council();
    Timings.done("loaded and validated");
    SuppliedPdfs.check(council, d); // an untagged PDF needs a summary or an alternative
    Registers.check(council, o.asOf(), d); // a register of interests records only what has happened
    Deadlines.check(
        council, o.asOf(), d); // warnings only: agendas and late papers that give too little notice
    Timings.done("registers and deadlines checked");
    MarkdownEngine markdown =
        new MarkdownEngine(o.contentDir(), memory.parses(parses(o)), loaded.files());
    ResolvedCouncil resolved = Resolver.resolve(council, markdown, d);
    Timings.done("checked and resolved");
    Templates templates = joined(templatesChecked);
    Timings.done("templates checked");
    if (d.hasErrors()) {
      return new BuildResult(false, d, 0, 0);
    }
    PublishedCouncil pub = Publication.select(resolved, o.audience(), o.asOf());
    markdown.keep(pub.texts()::contains); // what parsing found of published texts, for next time
    // "To follow", papers left out, empty trackers: decided before rendering, so check says it too.
    Omissions.of(pub).forEach(w -> d.warning(w.pos(), w.message()));
    Timings.done("published");
    if (o.checkOnly()) {
      checkCouncilTemplates(o, templates, markdown, pub, d);
      Timings.done("council's templates tried");
      // issued packs: the papers and agendas compared, no pages (nothing is laid out); never
      // written
      List<String> would =
          o.audience() == Audience.PUBLIC
              ? issuedLines(
                  IssuedPacks.compare(
                      pub, Map.of(), new OutputTree(), o.contentDir(), o.asOf(), false, d),
                  o.displayBase())
              : List.of();
      Timings.done("issued packs compared");
      return new BuildResult(!d.hasErrors(), d, 0, 0, Optional.empty(), Set.of(), would, false);
    }
    OutputTree out;
    try {
      out = outputTree(o);
    } catch (IOException e) {
      d.error(
          SourcePos.file(o.outDir().toString()),
          "cannot write beside the output folder: " + e.getMessage() + "; nothing was written");
      return BuildResult.failed(d);
    }
    BuildResult done;
    List<Runnable> then = new ArrayList<>(); // once the output is written
    try {
      done = render(o, council, pub, templates, markdown, out, inputs, later, memory, then, d);
    } finally {
      out.discard();
    }
    if (done.ok()) {
      then.add(
          () -> {
            inputs.ifPresent(i -> UpToDate.record(o, i.digest(), done));
            Timings.done("recorded for the no-change check");
          });
      if (cacheOurs) {
        sweepCacheMeanwhile(o.cache().get());
      }
    }
    if (later) { // serve: its pages reload meanwhile
      Underway.start("tabled-afterwards", () -> then.forEach(Runnable::run));
    } else {
      then.forEach(Runnable::run);
    }
    return done;
  }

  /**
   * The build cache in {@code cache}, Tabled's, tagged as a cache, and once a day its entries that
   * no build has used for a week removed ({@link CacheSweep}), on a thread of its own while the
   * output folder this build replaced is removed: this build has marked what it used.
   */
  private static void sweepCacheMeanwhile(Path cache) {
    Underway.start(
        "tabled-cache-sweep",
        () -> {
          CacheSweep.tag(cache);
          CacheSweep.Swept swept = CacheSweep.ifDue(cache, Instant.now());
          Timings.done("cache swept: " + swept.entries() + " entries, " + swept.bytes() + " bytes");
        });
  }

  /**
   * The templates, every one parsed and checked against the policy ({@link Templates#check}), while
   * the content is loaded and resolved: they do not depend on the content, and their problems go to
   * {@code d} (which sorts what it is told) as they would on the build's own thread. Whoever needs
   * the templates waits for them ({@link #joined}).
   */
  private static FutureTask<Templates> checkTemplatesMeanwhile(BuildOptions o, Diagnostics d) {
    return meanwhile(
        "tabled-templates",
        () -> {
          Templates t = new Templates(o.templatesDir(), display(o.templatesDir(), o.displayBase()));
          t.check(d);
          return t;
        });
  }

  /**
   * {@code work} run on a daemon thread of its own, named {@code name}, while the build goes on;
   * what it makes or throws is kept in the task until someone asks ({@link #joined}).
   */
  private static <T> FutureTask<T> meanwhile(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** What {@code task} made, once it has; what it threw is thrown here, as it was. */
  private static <T> T joined(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work begun meanwhile", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Where the Markdown stage keeps what it parses: the build cache of a public build (a check only
   * reads it); nothing for a confidential build, or if Tabled's code cannot be told.
   */
  private static ParseStore parses(BuildOptions o) {
    if (o.cache().isEmpty() || o.audience() != Audience.PUBLIC) {
      return ParseStore.NONE;
    }
    try {
      Path cache = o.cache().get();
      return new KeptParses(
          o.checkOnly() ? BuildCache.reading(cache) : BuildCache.in(cache),
          CacheEnvironment.code(UpToDate.statFile(cache)),
          !o.checkOnly());
    } catch (IOException e) {
      return ParseStore.NONE; // a cache is only ever a faster build
    }
  }

  /**
   * The content validated, and what the system said of its files as they were read ({@link
   * KnownFiles}, for the images that texts name).
   */
  private record Loaded(Council council, KnownFiles files) {}

  /**
   * The content, loaded and validated, each file's text checked against the fonts; the loaded files
   * (every file's text, a tenth of a gigabyte for a ten-year archive) are not held past this stage,
   * so that the rest of the build has that memory.
   */
  private static Loaded load(BuildOptions o, LoadMemory memory, Diagnostics d) {
    prepareFonts();
    FolderDigests digests = folderDigests(o);
    LoadedContent raw = Loader.load(o.contentDir(), o.displayBase(), digests, memory, d);
    Timings.done("load: files read");
    if (digests != FolderDigests.NONE && !o.checkOnly()) { // a check writes nothing
      try {
        AtomicFile.write(folderDigestsFile(o.cache().get()), digests.bytes());
      } catch (IOException e) {
        // only slower next time
      }
    }
    Council council = Validator.validate(raw, d);
    Timings.done("load: validated");
    Glyphs.check(
        raw.texts(), council.site().fonts(), d); // a character no font has would print as "#"
    return new Loaded(council, raw.files());
  }

  /**
   * Has the fonts' coverage read while the content loads ({@link Glyphs#prepare}); nobody waits for
   * it: a failure there is met again, and reported, where the coverage is used.
   */
  private static void prepareFonts() {
    meanwhile(
        "tabled-fonts",
        () -> {
          Glyphs.prepare();
          return null;
        });
  }

  /**
   * The paper folders' digests the last build remembered, in the build cache of a public build
   * (nothing for a confidential build, which keeps nothing).
   */
  private static FolderDigests folderDigests(BuildOptions o) {
    if (o.cache().isEmpty() || o.audience() != Audience.PUBLIC) {
      return FolderDigests.NONE;
    }
    Path file = folderDigestsFile(o.cache().get());
    try {
      return FolderDigests.from(Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
    } catch (IOException e) {
      return FolderDigests.from(null); // a cache is only ever a faster build
    }
  }

  static Path folderDigestsFile(Path cache) {
    return cache.resolve("folders.stat");
  }

  /**
   * Where the outputs wait until the build has succeeded: large files in a spill folder beside the
   * output folder, so that memory does not grow with the archive; in memory only when the output
   * folder's parent does not exist yet (a failed build then creates nothing).
   */
  private static OutputTree outputTree(BuildOptions o) throws IOException {
    Path parent = o.outDir().toAbsolutePath().normalize().getParent();
    // what the last build for this audience wrote there, byte for byte, is linked, not written
    return parent != null && Files.isDirectory(parent)
        ? OutputTree.spillingTo(
            AtomicReplace.spillFolder(o.outDir()),
            AtomicReplace.previousOutput(o.outDir(), o.audience().name().toLowerCase(Locale.ROOT)))
        : new OutputTree();
  }

  private static BuildResult render(
      BuildOptions o,
      Council council,
      PublishedCouncil pub,
      Templates templates,
      MarkdownEngine markdown,
      OutputTree out,
      Optional<UpToDate.Inputs> inputs,
      boolean inPlace,
      Memory memory,
      List<Runnable> then,
      Diagnostics d) {
    PackRenderer packs = new PackRenderer(templates, markdown).withThreads(o.renderThreads());
    SiteRenderer site = new SiteRenderer(templates, markdown).withThreads(o.renderThreads());
    BooleanSupplier unchanged = () -> false; // true if no content file changed while it ran
    if (o.cache().isPresent()
        && o.audience() == Audience.PUBLIC) { // confidential builds keep nothing
      try {
        BuildCache cache = BuildCache.in(o.cache().get());
        String environment = CacheEnvironment.of(council, o.templatesDir());
        packs.withCache(cache, environment);
        if (inputs.isPresent()) {
          // each meeting's PDFs, and each committee's pages, taken whole when its files are
          // unchanged
          Map<String, String> files = inputs.get().content();
          Path stat = UpToDate.statFile(o.cache().get());
          MeetingInputs.Digests digests = MeetingInputs.of(o.contentDir(), files, pub, o.pdf());
          Map<CommitteeId, CommitteeInputs> committees = digests.committees();
          unchanged = () -> MeetingInputs.unchanged(o.contentDir(), stat, files);
          packs.withMeetingInputs(m -> Optional.ofNullable(digests.meetings().get(m)));
          site.withRecords(
              cache,
              String.join(
                  "\n",
                  "environment " + environment,
                  "content " + o.contentDir().toAbsolutePath().normalize(),
                  "pdf " + o.pdf()),
              c -> Optional.ofNullable(committees.get(c)),
              memory.records());
        }
      } catch (IOException e) {
        d.warning(
            SourcePos.file(o.cache().get().toString()),
            "the build cache is not used: " + e.getMessage());
      }
    }
    Map<String, PdfFile> pdfs = o.pdf() ? packs.render(pub, out, d) : Map.of();
    Timings.done("PDFs");
    if (o.audience() == Audience.PUBLIC) {
      site.render(pub, pdfs, out, d); // members' confidential builds are packs only
      Timings.done("website");
    }
    // an issued pack that would change is an error, before anything is written
    List<IssuedPacks.Record> issued =
        o.audience() == Audience.PUBLIC && o.pdf()
            ? IssuedPacks.compare(
                pub, packs.printed(), out, o.contentDir(), o.asOf(), o.record(), d)
            : List.of();
    if (d.hasErrors()) {
      return BuildResult.failed(d);
    }
    Timings.done("issued packs compared");
    try {
      String audience = o.audience().name().toLowerCase(Locale.ROOT);
      if (inPlace) { // serve: only what changed is written into the preview
        AtomicReplace.update(out, o.outDir(), audience);
      } else {
        // the previous output removed meanwhile: the records and the no-change stamp need only
        // the new one
        AtomicReplace.write(out, o.outDir(), audience, true);
      }
    } catch (AtomicReplace.UnsafeOutputException e) {
      d.error(SourcePos.file(o.outDir().toString()), e.getMessage());
      return BuildResult.failed(d);
    } catch (IOException e) {
      d.error(
          SourcePos.file(o.outDir().toString()),
          "cannot write the output: " + e.getMessage() + "; the previous output is unchanged");
      return BuildResult.failed(d);
    }
    Timings.done("output written");
    // what each meeting's PDFs and each committee's pages were made from, now their files are
    // there, if they are what was loaded: no content file changed while the build ran
    if (inputs.isPresent()) {
      // asked now if this build is about to write issued.yaml into the content folder itself
      Optional<Boolean> before =
          o.record() && !issued.isEmpty()
              ? Optional.of(unchanged.getAsBoolean())
              : Optional.empty();
      BooleanSupplier same = unchanged;
      then.add(
          () -> {
            boolean kept = before.orElseGet(same::getAsBoolean);
            packs.keep(o.outDir(), kept);
            site.keep(o.outDir(), kept);
            Timings.done("records kept");
          });
    }
    Optional<LocalDate> next =
        o.audience() == Audience.PUBLIC
            ? NextChange.after(council, o.asOf()).map(NextChange.Change::date)
            : Optional.empty();
    // recorded only once the site is in place: a failed build records nothing
    boolean recorded = o.record() && !issued.isEmpty();
    if (recorded) {
      for (IssuedPacks.Record r : issued) {
        try {
          IssuedFile.write(r.dir(), r.issues(), r.kept());
        } catch (IOException e) {
          d.error(
              SourcePos.file(display(r.dir().resolve(IssuedFile.NAME), o.displayBase())),
              "the site was written, but the record of the packs issued could not be: "
                  + e.getMessage(),
              "build again: the packs are compared with what is recorded and recorded then");
        }
      }
    }
    return new BuildResult(
        !d.hasErrors(),
        d,
        out.size(),
        out.bytes(),
        next,
        packs.reused(),
        packs.fromRecords().stream().map(MeetingId::toString).collect(Collectors.toSet()),
        site.fromRecords().stream().map(CommitteeId::toString).collect(Collectors.toSet()),
        site.pagesRendered(),
        issuedLines(issued, o.displayBase()),
        recorded && !d.hasErrors(),
        false);
  }

  /** "issue 1 of the agenda pack for … (committees/…/issued.yaml)", one per new issue. */
  private static List<String> issuedLines(List<IssuedPacks.Record> records, Path base) {
    List<String> out = new ArrayList<>();
    for (IssuedPacks.Record r : records) {
      String file = display(r.dir().resolve(IssuedFile.NAME), base);
      r.added().forEach(a -> out.add(a + " (" + file + ")"));
    }
    return out;
  }
}
