package org.tabled.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tabled.build.BuildResult;
import org.tabled.build.IssueDiff;
import org.tabled.diag.Diagnostics;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tabled diff}: what changed between two issues of a pack. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Print the differences (items whose pages moved, papers whose text changed) between two"
            + " issues of a pack recorded in the meeting's issued.yaml, or between its last issue and"
            + " what a build would print now (--now).")
final class DiffCommand implements Callable<Integer> {

  @Mixin ContentOptions folders;

  @Parameters(
      index = "0",
      paramLabel = "COMMITTEE/DATE",
      description = "The meeting, e.g. children-scrutiny/2026-12-01.")
  String meeting;

  @Option(
      names = "--pack",
      paramLabel = "PACK",
      defaultValue = "agenda",
      description = "agenda (default), or supplement-N for supplementary agenda N.")
  String pack;

  @Option(
      names = "--from",
      paramLabel = "N",
      description = "The earlier issue (default: the one before --to).")
  int from;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The later issue (default: the last recorded).")
  int to;

  @Option(
      names = "--now",
      description =
          "Compare the last recorded issue with what a build would print now (lays the PDFs out).")
  boolean now;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "With --now: build as on this day (YYYY-MM-DD). Default: today.")
  LocalDate asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String[] parts = meeting.replace('\\', '/').split("/");
    Optional<Integer> supplement = PackId.supplementOf(pack);
    LocalDate date;
    try {
      date = LocalDate.parse(parts.length == 2 ? parts[1] : "");
    } catch (RuntimeException e) {
      date = null;
    }
    if (parts.length != 2 || date == null || supplement.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "tabled: give the meeting as COMMITTEE/YYYY-MM-DD and --pack as agenda or"
                  + " supplement-N");
      return ExitCodes.USAGE;
    }
    Diagnostics d = new Diagnostics();
    List<String> lines =
        IssueDiff.run(
            folders.content,
            folders.templates,
            Path.of(""),
            new IssueDiff.Request(
                new MeetingId(new CommitteeId(parts[0]), date),
                supplement.get(),
                from,
                to,
                now,
                asOf != null ? asOf : Today.date()),
            d);
    if (d.hasErrors()) {
      return Reporter.report(new BuildResult(false, d, 0, 0), spec.commandLine().getErr());
    }
    lines.forEach(spec.commandLine().getOut()::println);
    return ExitCodes.OK;
  }
}
