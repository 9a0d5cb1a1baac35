package org.tabled.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.output.SitePaths;
import org.tabled.publish.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tabled build}: checks the content and writes the site and agenda packs. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Check the content and write the website and agenda packs to the output folder.")
final class BuildCommand implements Callable<Integer> {

  @Mixin ContentOptions folders;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Publish as on this day (YYYY-MM-DD): agendas and papers dated later are left out. Default: today.")
  LocalDate asOf;

  @Option(
      names = "--confidential",
      description =
          "Build the members' confidential packs, Part 2 papers included and every page marked"
              + " 'Not for publication', into the folder given by --out (required; never the public site).")
  boolean confidential;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep page counts and PDFs between builds in this folder (default: .tabled-cache beside the"
              + " output folder). Deleting it is always safe. Confidential builds never use a cache.")
  Path cache;

  @Option(
      names = "--no-cache",
      description = "Keep nothing between builds: render every PDF again.")
  boolean noCache;

  @Option(
      names = "--no-record",
      description =
          "Do not record newly issued packs in the content folder (issued.yaml and a copy of each"
              + " issued PDF in the meeting's folder); they are compared with what is recorded all the"
              + " same. A build for a day after today (--as-of) never records.")
  boolean noRecord;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Render this many outputs at the same time (default: one per processor).")
  int threads;

  @Spec CommandSpec spec;

  /**
   * The cache folder: --cache, else .tabled-cache beside the output folder; none with --no-cache.
   */
  static Optional<Path> cacheDir(Path out, Path cache, boolean noCache) {
    if (noCache) {
      return Optional.empty();
    }
    if (cache != null) {
      return Optional.of(cache);
    }
    Path parent = out.toAbsolutePath().normalize().getParent();
    return Optional.of((parent != null ? parent : Path.of("")).resolve(".tabled-cache"));
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    if (confidential && spec.commandLine().getParseResult().matchedOption("--out") == null) {
      spec.commandLine()
          .getErr()
          .println(
              "tabled: --confidential needs --out DIR: a folder for members' packs, kept"
                  + " apart from the public site");
      return ExitCodes.USAGE;
    }
    BuildOptions o =
        new BuildOptions(
            folders.content,
            folders.templates,
            folders.out,
            Path.of(""),
            false,
            confidential ? Audience.CONFIDENTIAL : Audience.PUBLIC,
            asOf != null ? asOf : Today.date(),
            true,
            Math.max(0, threads),
            cacheDir(folders.out, cache, noCache || confidential));
    // a trial build for a later day must not record as issued packs that are not out yet
    LocalDate today = Today.date();
    o = o.withRecord(!noRecord && !o.asOf().isAfter(today));
    BuildResult r = Pipeline.run(o);
    int code = Reporter.report(r, spec.commandLine().getErr());
    if (code == ExitCodes.OK) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (r.upToDate()) {
        spec.commandLine()
            .getOut()
            .printf(
                "Nothing changed since the last build: %s is up to date (%d files, %.1f MB),"
                    + " checked in %.1f s.%n",
                folders.out, r.files(), r.bytes() / 1_048_576.0, ms / 1000.0);
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                "Built %d files (%.1f MB) into %s from %s in %.1f s.%n",
                r.files(), r.bytes() / 1_048_576.0, folders.out, folders.content, ms / 1000.0);
      }
      PrintWriter out = spec.commandLine().getOut();
      for (String line : r.issued()) {
        out.println(
            (r.recorded()
                    ? "Recorded as issued: "
                    : "Issued (not recorded: --no-record or --as-of after today): ")
                + line);
      }
      o.cache()
          .filter(dir -> !r.upToDate())
          .ifPresent(
              dir ->
                  spec.commandLine()
                      .getOut()
                      .printf(
                          "%d PDFs taken whole from the build cache in %s;"
                              + " the others were rendered, or copied as supplied."
                              + " Meetings whose files had not changed, their PDFs taken as"
                              + " recorded by an earlier build: %d. Committees whose website"
                              + " pages were taken as recorded: %d.%n",
                          r.reused().size(),
                          dir,
                          r.replayed().size(),
                          r.committeesReplayed().size()));
      if (!confidential) {
        spec.commandLine()
            .getOut()
            .println(
                r.nextChange()
                    .map(
                        d ->
                            "Next change: "
                                + d
                                + ", when the next agenda or paper is published: build the site again on"
                                + " that day ("
                                + SitePaths.nextChange()
                                + " says so for schedulers).")
                    .orElse("Next change: none; nothing dated is waiting to be published."));
      }
    }
    return code;
  }
}
