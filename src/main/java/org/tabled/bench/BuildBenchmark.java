package org.tabled.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times whole {@code tabled} processes on a generated archive ({@link ArchiveGenerator}): a full
 * build from nothing (no output, no cache), a rebuild with nothing changed, a rebuild after one
 * paragraph of one paper is edited, and {@code check}. Each is a child JVM run under {@code
 * /usr/bin/time -v}, which gives its wall-clock time, its CPU time (user + system, every thread:
 * the JIT compiler's and the collector's too) and its peak resident memory.
 *
 * <pre>
 * java -cp target/tabled.jar org.tabled.bench.BuildBenchmark --meetings N [--runs R] [--dir DIR]
 *     [--java-opts "-Xmx1g ..."] [--as-of YYYY-MM-DD] [--threads T] [--build-args "--no-cache"]
 *     [--steps build,rebuild,edit,check]
 * </pre>
 *
 * Every run starts from an empty output folder and cache; medians are printed with each run's
 * figures, and the load average before and after, because the machine may be shared. The archive is
 * written once into {@code DIR} (a temporary folder by default), and kept there.
 */
public final class BuildBenchmark {

  /** One timed process. */
  record Sample(String step, int exit, double wall, double cpu, long rssKb) {
    String line() {
      return String.format(
          Locale.ROOT,
          "%-9s exit %d  wall %7.2f s  cpu %7.2f s  cpu/wall %4.2f  peak RSS %5d MB",
          step,
          exit,
          wall,
          cpu,
          wall > 0 ? cpu / wall : 0,
          rssKb / 1024);
    }
  }

  private BuildBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
    int meetings = 100;
    int runs = 1;
    Path dir = null;
    String javaOpts = "";
    String asOf = "2026-11-30";
    String threads = null;
    List<String> extra = new ArrayList<>();
    List<String> steps = List.of("build", "rebuild", "edit", "check");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--meetings" -> meetings = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--java-opts" -> javaOpts = args[i + 1];
        case "--as-of" -> asOf = args[i + 1];
        case "--threads" -> threads = args[i + 1];
        case "--build-args" -> extra.addAll(List.of(args[i + 1].trim().split("\\s+")));
        case "--steps" -> steps = List.of(args[i + 1].split(","));
        default -> {
          out.println(
              "usage: BuildBenchmark --meetings N [--runs R] [--dir DIR] [--java-opts OPTS] [--as-of DATE]"
                  + " [--threads T]");
          return 2;
        }
      }
    }
    if (args.length % 2 != 0) {
      out.println("usage: BuildBenchmark --meetings N [--runs R] [--dir DIR] [--java-opts OPTS]");
      return 2;
    }
    if (dir == null) {
      dir = Files.createTempDirectory("tabled-bench-");
    }
    Path content = dir.resolve("content");
    if (!Files.isDirectory(content)) {
      ArchiveGenerator.write(content, meetings, 1);
    }
    Path site = dir.resolve("site");
    Path cache = dir.resolve(".tabled-cache");
    Path paper = paperToEdit(content);
    String original = Files.readString(paper, StandardCharsets.UTF_8);
    List<String> java =
        new ArrayList<>(
            List.of(
                "/usr/bin/time", "-v", ProcessHandle.current().info().command().orElse("java")));
    for (String opt : javaOpts.trim().split("\\s+")) {
      if (!opt.isEmpty()) {
        java.add(opt);
      }
    }
    if (threads != null) {
      java.add("-Dtabled.threads=" + threads);
    }
    java.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.tabled.Tabled"));
    List<String> build = new ArrayList<>(java);
    build.addAll(
        List.of(
            "build",
            "--content",
            content.toString(),
            "--out",
            site.toString(),
            "--templates",
            dir.resolve("templates").toString(),
            "--as-of",
            asOf,
            // the archive's packs are all past their publication date: recording them as issued
            // would write into the content, and the edit step would then be refused (issue 15)
            "--no-record"));
    build.addAll(extra);
    List<String> check = new ArrayList<>(java);
    check.addAll(
        List.of(
            "check",
            "--content",
            content.toString(),
            // as run beside the site: it reads the cache the builds keep there
            "--out",
            site.toString(),
            "--templates",
            dir.resolve("templates").toString()));
    out.printf(
        Locale.ROOT,
        "archive: %d meetings in %s; edited paper: %s; java options: '%s'%n",
        meetings,
        content,
        content.relativize(paper),
        javaOpts);
    List<List<Sample>> all = new ArrayList<>();
    int edits = 0;
    try {
      for (int r = 1; r <= runs; r++) {
        out.printf(Locale.ROOT, "run %d, load average before: %s%n", r, load());
        delete(site);
        delete(cache);
        Files.writeString(paper, original, StandardCharsets.UTF_8);
        List<Sample> samples = new ArrayList<>();
        for (String step : steps) {
          switch (step) {
            case "build", "rebuild" -> samples.add(time(step, build, dir));
            case "edit" -> {
              edits++; // each edit a new sentence: a repeated edit step is a new change each time
              Files.writeString(paper, edited(original, edits), StandardCharsets.UTF_8);
              samples.add(time(step, build, dir));
            }
            case "check" -> samples.add(time(step, check, dir));
            default -> throw new IllegalArgumentException("unknown step: " + step);
          }
        }
        samples.forEach(s -> out.println("  " + s.line()));
        out.printf(Locale.ROOT, "  load average after: %s%n", load());
        all.add(samples);
      }
    } finally {
      Files.writeString(paper, original, StandardCharsets.UTF_8);
    }
    out.println("medians of " + runs + " run(s), each step's samples together:");
    Map<String, List<Sample>> byStep = new LinkedHashMap<>();
    all.stream()
        .flatMap(List::stream)
        .forEach(x -> byStep.computeIfAbsent(x.step(), k -> new ArrayList<>()).add(x));
    for (List<Sample> col : byStep.values()) {
      out.println(
          "  "
              + new Sample(
                      col.get(0).step(),
                      col.stream().mapToInt(Sample::exit).max().orElse(0),
                      median(col.stream().map(Sample::wall).toList()),
                      median(col.stream().map(Sample::cpu).toList()),
                      (long) median(col.stream().map(x -> (double) x.rssKb()).toList()))
                  .line()
              + "  ("
              + col.size()
              + " samples)");
    }
    return all.stream().flatMap(List::stream).allMatch(s -> s.exit() == 0) ? 0 : 1;
  }

  /** The first paper of the middle meeting, in path order: its edit moves the pages of one pack. */
  static Path paperToEdit(Path content) throws IOException {
    try (Stream<Path> s = Files.walk(content)) {
      List<Path> papers =
          s.filter(p -> p.getFileName().toString().equals("paper.md")).sorted().toList();
      return papers.get(papers.size() / 2);
    }
  }

  /** {@code text} with a sentence added to its first paragraph of prose. */
  static String edited(String text, int run) {
    String[] lines = text.split("\n", -1);
    int dashes = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("---")) {
        dashes++;
      } else if (dashes >= 2 && !lines[i].isBlank() && Character.isUpperCase(lines[i].charAt(0))) {
        lines[i] =
            lines[i].stripTrailing() + " The benchmark added this sentence in edit " + run + ".";
        return String.join("\n", lines);
      }
    }
    throw new IllegalStateException("no paragraph to edit");
  }

  private static Sample time(String step, List<String> command, Path dir)
      throws IOException, InterruptedException {
    Path log = dir.resolve(step + ".log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    double wall = 0;
    double cpu = 0;
    long rss = 0;
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.startsWith("User time (seconds):") || t.startsWith("System time (seconds):")) {
        cpu += Double.parseDouble(t.substring(t.lastIndexOf(':') + 1).trim());
      } else if (t.startsWith("Maximum resident set size (kbytes):")) {
        rss = Long.parseLong(t.substring(t.lastIndexOf(':') + 1).trim());
      } else if (t.startsWith("Elapsed (wall clock) time")) {
        String[] hms = t.substring(t.indexOf("):") + 2).trim().split(":");
        for (String part : hms) {
          wall = wall * 60 + Double.parseDouble(part);
        }
      }
    }
    return new Sample(step, exit, wall, cpu, rss);
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
