package org.tabled.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tabled check}: reports every problem in the content and writes nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check the content and report every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {

  @Mixin ContentOptions folders;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Check as on this day (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Read what builds kept in this folder (default: .tabled-cache beside the output folder),"
              + " so that unchanged documents are not parsed again; a check writes nothing there.")
  Path cache;

  @Option(names = "--no-cache", description = "Parse every document again.")
  boolean noCache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildOptions o =
        new BuildOptions(
            folders.content,
            folders.templates,
            folders.out,
            Path.of(""),
            true,
            Audience.PUBLIC,
            asOf != null ? asOf : Today.date(),
            false,
            0,
            BuildCommand.cacheDir(folders.out, cache, noCache));
    BuildResult r = Pipeline.run(o);
    int code = Reporter.report(r, spec.commandLine().getErr());
    if (code == ExitCodes.OK) {
      r.issued()
          .forEach(
              line -> spec.commandLine().getOut().println("build would record as issued: " + line));
      int warnings = r.diagnostics().warningCount();
      spec.commandLine()
          .getOut()
          .println(
              warnings == 0
                  ? "No problems found in " + folders.content + "."
                  : "No errors found in "
                      + folders.content
                      + "; "
                      + warnings
                      + (warnings == 1 ? " warning." : " warnings."));
    }
    return code;
  }
}
