package org.tabled.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tabled.diag.Hints;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tabled new meeting COMMITTEE DATE}: starts a meeting folder with the standard items. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create new content from a template.",
    subcommands = NewCommand.Meeting.class)
final class NewCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code tabled new meeting}. */
  @Command(
      name = "meeting",
      mixinStandardHelpOptions = true,
      description =
          "Create committees/COMMITTEE/meetings/DATE/meeting.yaml with the standard opening items.")
  static final class Meeting implements Callable<Integer> {

    @Mixin ContentOptions folders;

    @Parameters(
        index = "0",
        paramLabel = "COMMITTEE",
        description = "The committee's id (its folder name).")
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
        err.println(
            "tabled: no committee '"
                + committee
                + "' in "
                + committees
                + Hints.didYouMean(committee, known)
                + (known.isEmpty() ? "" : "; committees: " + String.join(", ", known)));
        return ExitCodes.USAGE;
      }
      LocalDate day;
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        err.println(
            "tabled: '" + date + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-04");
        return ExitCodes.USAGE;
      }
      Path meeting = dir.resolve("meetings").resolve(day.toString());
      if (Files.exists(meeting)) {
        err.println("tabled: " + meeting + " already exists");
        return ExitCodes.USAGE;
      }
      Optional<String> previous =
          list(dir.resolve("meetings")).stream()
              .filter(n -> n.matches("\\d{4}-\\d{2}-\\d{2}") && n.compareTo(day.toString()) < 0)
              .reduce((a, b) -> b);
      Files.createDirectories(meeting.resolve("papers"));
      Map<String, String> usual = usual(dir.resolve("committee.yaml"));
      Files.writeString(
          meeting.resolve("meeting.yaml"), template(day, previous, usual), StandardCharsets.UTF_8);
      spec.commandLine()
          .getOut()
          .println(
              "Created "
                  + meeting.resolve("meeting.yaml")
                  + ". Add papers as folders under "
                  + meeting.resolve("papers")
                  + ".");
      return ExitCodes.OK;
    }

    /**
     * The committee's usual {@code time} and {@code venue}, as written in its {@code
     * committee.yaml} (read as text: the YAML is composed, never constructed into objects); empty
     * if it has none or cannot be read, in which case {@code check} reports the file's problems.
     */
    private static Map<String, String> usual(Path committeeYaml) {
      Map<String, String> out = new LinkedHashMap<>();
      try {
        Node root =
            new Yaml()
                .compose(new StringReader(Files.readString(committeeYaml, StandardCharsets.UTF_8)));
        if (root instanceof MappingNode map) {
          for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k
                && t.getValueNode() instanceof ScalarNode v
                && (k.getValue().equals("time") || k.getValue().equals("venue"))
                && !v.getValue().isBlank()) {
              out.put(k.getValue(), v.getValue().strip());
            }
          }
        }
      } catch (IOException | YAMLException e) {
        // The meeting is written without them; check reports what is wrong with committee.yaml.
      }
      return out;
    }

    private static String template(
        LocalDate day, Optional<String> previous, Map<String, String> usual) {
      StringBuilder s = new StringBuilder();
      s.append("# The meeting of ").append(day).append(". See docs/authoring.md for every key.\n");
      if (usual.containsKey("time")) {
        s.append("time: \"").append(usual.get("time")).append("\"  # the committee's usual time\n");
      } else {
        s.append(
            "# time: \"18:30\"  required: the committee has no usual time in committee.yaml\n");
      }
      if (usual.containsKey("venue")) {
        s.append("venue: \"")
            .append(usual.get("venue").replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"  # the committee's usual venue\n");
      } else {
        s.append(
            "# venue: where the meeting is held; required: the committee has no usual venue in committee.yaml\n");
      }
      s.append("status: scheduled\n");
      s.append("published: ")
          .append(day.minusDays(8))
          .append("  # the date the agenda is published\n");
      s.append("agenda:\n");
      s.append(
          "  - number: 1\n    title: Membership\n    purpose: To note any changes to the membership.\n");
      s.append("  - number: 2\n    title: Declarations of interest\n");
      s.append(
          "    purpose: To receive declarations by members and officers of any interests in matters on this agenda.\n");
      if (previous.isPresent()) {
        s.append("  - number: 3\n    title: Minutes\n    minutes_of: ")
            .append(previous.get())
            .append('\n');
      }
      return s.toString();
    }

    private static List<String> list(Path dir) throws IOException {
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> s = Files.list(dir)) {
        return s.map(p -> p.getFileName().toString())
            .filter(n -> !n.startsWith("."))
            .sorted()
            .toList();
      }
    }
  }
}
