package org.tabled.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tabled.diag.Hints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tabled new meeting COMMITTEE DATE}: starts a meeting folder with the standard items. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create new content from a template.",
    subcommands = NewCommand.Meeting.class)
final class NewCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code tabled new meeting}. */
  @Command(name = "meeting", mixinStandardHelpOptions = true,
      description = "Create committees/COMMITTEE/meetings/DATE/meeting.yaml with the standard opening items.")
  static final class Meeting implements Callable<Integer> {

    @Mixin ContentOptions folders;

    @Parameters(index = "0", paramLabel = "COMMITTEE", description = "The committee's id (its folder name).")
    String committee;

    @Parameters(index = "1", paramLabel = "DATE", description = "The meeting date, YYYY-MM-DD.")
    String date;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      var err = spec.commandLine().getErr();
      Path committees = folders.content.resolve("committees");
      Path dir = committees.resolve(committee);
      if (!Files.isRegularFile(dir.resolve("committee.yaml"))) {
        List<String> known = list(committees);
        err.println("tabled: no committee '" + committee + "' in " + committees + Hints.didYouMean(committee, known)
            + (known.isEmpty() ? "" : "; committees: " + String.join(", ", known)));
        return ExitCodes.USAGE;
      }
      LocalDate day;
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        err.println("tabled: '" + date + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-04");
        return ExitCodes.USAGE;
      }
      Path meeting = dir.resolve("meetings").resolve(day.toString());
      if (Files.exists(meeting)) {
        err.println("tabled: " + meeting + " already exists");
        return ExitCodes.USAGE;
      }
      Optional<String> previous = list(dir.resolve("meetings")).stream()
          .filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}") && n.compareTo(day.toString()) < 0)
          .reduce((a, b) -> b);
      Files.createDirectories(meeting.resolve("papers"));
      Files.writeString(meeting.resolve("meeting.yaml"), template(day, previous), StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("Created " + meeting.resolve("meeting.yaml")
          + ". Add papers as folders under " + meeting.resolve("papers") + ".");
      return ExitCodes.OK;
    }

    private static String template(LocalDate day, Optional<String> previous) {
      StringBuilder s = new StringBuilder();
      s.append("# The meeting of ").append(day).append(". See docs/authoring.md for every key.\n");
      s.append("time: \"18:30\"\n");
      s.append("venue: # where the meeting is held; leave out to use the committee's usual venue\n");
      s.append("status: scheduled\n");
      s.append("published: ").append(day.minusDays(8)).append("  # the date the agenda is published\n");
      s.append("agenda:\n");
      s.append("  - number: 1\n    title: Membership\n    purpose: To note any changes to the membership.\n");
      s.append("  - number: 2\n    title: Declarations of interest\n");
      s.append("    purpose: To receive declarations by members and officers of any interests in matters on this agenda.\n");
      if (previous.isPresent()) {
        s.append("  - number: 3\n    title: Minutes\n    minutes_of: ").append(previous.get()).append('\n');
      }
      return s.toString();
    }

    private static List<String> list(Path dir) throws IOException {
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> s = Files.list(dir)) {
        return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
      }
    }
  }
}
