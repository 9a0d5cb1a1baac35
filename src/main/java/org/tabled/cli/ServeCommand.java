package org.tabled.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tabled.build.BuildOptions;
import org.tabled.diag.Diagnostics;
import org.tabled.output.AtomicReplace;
import org.tabled.output.OutputFolders;
import org.tabled.publish.Audience;
import org.tabled.serve.PreviewServer;
import org.tabled.source.SourcePos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tabled serve}: builds the site into a preview folder, serves it on 127.0.0.1 and rebuilds
 * and reloads the browser whenever the content or templates change. Runs until stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Preview the website: build it, serve it on 127.0.0.1, and rebuild and reload on every change.")
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "content",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "Folder of template overrides (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to build the preview (default: a new temporary folder, so site/ is left alone).")
  Path out;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Preview as on this day (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Option(names = "--pdf", description = "Also build the PDF packs (slower; off by default).")
  boolean pdf;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep what was parsed and rendered between rebuilds in this folder (default:"
              + " .tabled-cache beside --out, as tabled build does; without --out, a new private"
              + " temporary folder). Deleting it is always safe.")
  Path cache;

  @Option(names = "--no-cache", description = "Keep nothing between rebuilds.")
  boolean noCache;

  @Spec CommandSpec spec;

  /**
   * Why the preview must not be built into (and served from) {@code outDir}: it is, holds or lies
   * inside the content or templates folder, or it holds files Tabled did not write for the public.
   */
  private Optional<String> unsafeOutput(Path outDir) {
    Optional<String> problem = OutputFolders.problem(outDir, content, templates);
    if (problem.isPresent()) {
      return problem;
    }
    try {
      AtomicReplace.checkReplaceable(outDir.toAbsolutePath().normalize(), "public");
      return Optional.empty();
    } catch (AtomicReplace.UnsafeOutputException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      return Optional.of("cannot read the output folder: " + e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    Path outDir = out != null ? out : Files.createTempDirectory("tabled-preview");
    Optional<String> unsafe = unsafeOutput(outDir);
    if (unsafe.isPresent()) {
      // Checked before serving anything: the server would otherwise serve the folder as it is.
      Diagnostics d = new Diagnostics();
      d.error(
          SourcePos.file(outDir.toString()),
          unsafe.get(),
          "give --out a new or empty folder of its own, or leave it"
              + " out to preview in a temporary folder");
      d.print(spec.commandLine().getErr());
      spec.commandLine().getErr().println("1 error found; nothing was served.");
      spec.commandLine().getErr().flush();
      return ExitCodes.CONTENT;
    }
    // a rebuild on save parses and renders again only what changed, as a build with a cache does
    Optional<Path> cacheDir =
        noCache
            ? Optional.empty()
            : cache != null || out != null
                ? BuildCommand.cacheDir(outDir, cache, false)
                : Optional.of(Files.createTempDirectory("tabled-preview-cache"));
    BuildOptions o =
        new BuildOptions(
            content,
            templates,
            outDir,
            Path.of(""),
            false,
            Audience.PUBLIC,
            asOf != null ? asOf : Today.date(),
            pdf,
            0,
            cacheDir);
    PreviewServer started;
    try {
      started = PreviewServer.start(o, port, spec.commandLine().getOut());
    } catch (BindException e) {
      spec.commandLine()
          .getErr()
          .println("tabled: port " + port + " on 127.0.0.1 is in use; choose another with --port");
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    try (PreviewServer server = started) {
      spec.commandLine()
          .getOut()
          .printf("Previewing %s at %s (Ctrl+C to stop).%n", content, server.address());
      spec.commandLine().getOut().flush();
      server.watch();
    }
    return ExitCodes.OK;
  }
}
