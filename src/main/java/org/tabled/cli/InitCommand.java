package org.tabled.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tabled.init.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tabled init DIR}: starts a new council's folder that builds at once. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Start a new council in DIR (new or empty): content/ with one committee and one meeting that"
            + " builds at once, a README for the team, .gitignore, and editor settings for the content schemas.")
final class InitCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The folder to create (it must be new or empty).")
  Path dir;

  @Option(
      names = "--example",
      description = "Copy the full example council instead of the minimal one.")
  boolean example;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Plan the first meeting from this day (YYYY-MM-DD): its agenda is published on it and the"
              + " meeting is two weeks later. Default: today.")
  LocalDate asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> files;
    try {
      files = Scaffold.write(dir, asOf != null ? asOf : Today.date(), example);
    } catch (Scaffold.NotEmptyException e) {
      spec.commandLine().getErr().println("tabled: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    var out = spec.commandLine().getOut();
    out.println(
        "Created "
            + (example ? "the example council" : "a new council")
            + " in "
            + dir
            + " ("
            + files.size()
            + " files). Next:");
    out.println("  cd " + dir);
    out.println("  tabled check        # replace each CHANGE ME in content/, then check again");
    out.println("  tabled build        # writes the website and packs into site/");
    return ExitCodes.OK;
  }
}
