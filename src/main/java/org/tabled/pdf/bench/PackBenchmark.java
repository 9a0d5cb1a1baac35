package org.tabled.pdf.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.tabled.diag.Diagnostics;
import org.tabled.load.LoadedContent;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.MeetingId;
import org.tabled.pdf.PackRenderer;
import org.tabled.publish.Audience;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.template.Templates;
import org.tabled.validate.Validator;

/**
 * Renders one large synthetic agenda pack, the whole way Tabled renders a pack (both layout passes,
 * painting, tagging and saving), and prints pages per second and peak heap.
 *
 * <pre>
 * java -Xmx512m -cp target/tabled.jar org.tabled.pdf.bench.PackBenchmark [options]
 *   --papers N     reports in the pack (default 22: over 200 pages)
 *   --warmup N     renders before timing (default 5)
 *   --runs N       timed renders of each kind (default 10): with a new renderer each time (nothing
 *                  known, both layout passes), then with one renderer (page counts known, as when
 *                  'tabled serve' rebuilds after an edit)
 *   --cold         render once in this fresh JVM and report the time from JVM start, then stop
 *   --html FILE    write the HTML the pack is rendered from (to give to WeasyPrint)
 *   --pdf FILE     write the pack
 * </pre>
 *
 * Content loading (YAML, Markdown, validation) happens once, before timing: it is the same for any
 * renderer. The timed part is exactly {@link PackRenderer#renderPack}.
 */
public final class PackBenchmark {

  private PackBenchmark() {}

  public static void main(String[] args) throws Exception {
    int papers = intArg(args, "--papers", 22);
    int warmup = intArg(args, "--warmup", 5);
    int runs = intArg(args, "--runs", 10);
    boolean cold = Arrays.asList(args).contains("--cold");
    HeapWatch heap = new HeapWatch();
    heap.start();

    Path content = Files.createTempDirectory("tabled-bench").resolve("content");
    SyntheticCouncil.write(content, papers);
    Diagnostics d = new Diagnostics();
    LoadedContent raw = Loader.load(content, content.getParent(), d);
    Council council = Validator.validate(raw, d);
    MarkdownEngine markdown = new MarkdownEngine(content);
    ResolvedCouncil resolved = Resolver.resolve(council, markdown, d);
    if (d.hasErrors()) {
      throw new IllegalStateException("the synthetic content is invalid:\n" + d);
    }
    PublishedCouncil pub =
        Publication.select(resolved, Audience.PUBLIC, LocalDate.parse(SyntheticCouncil.DATE));
    MeetingId meeting =
        new MeetingId(
            new CommitteeId(SyntheticCouncil.COMMITTEE), LocalDate.parse(SyntheticCouncil.DATE));
    PackRenderer renderer =
        new PackRenderer(new Templates(content.resolve("no-templates"), "templates"), markdown);

    long start = System.nanoTime();
    PackRenderer.Pack pack = renderer.renderPack(pub, meeting, d);
    double first = (System.nanoTime() - start) / 1e6;
    write(args, "--html", pack.html().getBytes(StandardCharsets.UTF_8));
    write(args, "--pdf", pack.pdf());
    System.out.printf(
        Locale.ROOT,
        "pack: %d pages, %.1f MB, %d reports%n",
        pack.pages(),
        pack.pdf().length / 1048576.0,
        papers);
    System.out.printf(
        Locale.ROOT,
        "first render in this JVM: %.0f ms (%.1f pages/s)%n",
        first,
        pack.pages() / first * 1000);
    if (cold) {
      long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
      System.out.printf(
          Locale.ROOT,
          "cold: %d ms from JVM start to the saved pack (content generation and loading"
              + " included)%n",
          sinceStart);
      System.out.printf(Locale.ROOT, "peak heap: %s%n", heap.report());
      return;
    }
    Templates templates = new Templates(content.resolve("no-templates"), "templates");
    for (int i = 0; i < warmup; i++) {
      new PackRenderer(templates, markdown).renderPack(pub, meeting, d);
    }
    heap.reset();
    // A new renderer each time: nothing is known about the content, both layout passes run.
    List<Double> fresh = new ArrayList<>();
    List<Double> freshCpu = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      PackRenderer r = new PackRenderer(templates, markdown);
      long t = System.nanoTime();
      long cpu = cpu();
      r.renderPack(pub, meeting, d);
      fresh.add((System.nanoTime() - t) / 1e6);
      freshCpu.add((cpu() - cpu) / 1e6);
    }
    report("warm, new content", fresh, pack.pages(), runs, warmup);
    report(
        "  the same renders in process CPU time (all threads: GC and JIT included)",
        freshCpu,
        pack.pages(),
        runs,
        warmup);
    // The same renderer again: the page counts of unchanged documents are reused, as when
    // 'tabled serve' rebuilds after an edit, or a paper's own PDF after the pack.
    PackRenderer again = new PackRenderer(templates, markdown);
    again.renderPack(pub, meeting, d);
    List<Double> known = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      again.renderPack(pub, meeting, d);
      known.add((System.nanoTime() - t) / 1e6);
    }
    report("warm, unchanged content (page counts known)", known, pack.pages(), runs, warmup);
    System.out.printf(
        Locale.ROOT,
        "peak heap while rendering warm: %s; max heap %d MB%n",
        heap.report(),
        Runtime.getRuntime().maxMemory() / 1048576);
  }

  /** CPU time of the whole process, in nanoseconds: steadier than wall time on a shared machine. */
  private static long cpu() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(String what, List<Double> times, int pages, int runs, int warmup) {
    times.sort(null);
    double median = times.get(times.size() / 2);
    System.out.printf(
        Locale.ROOT,
        "%s: %d renders after %d warm-ups; median %.0f ms (fastest %.0f, slowest %.0f)"
            + " = %.1f pages/s%n",
        what,
        runs,
        warmup,
        median,
        times.get(0),
        times.get(times.size() - 1),
        pages / median * 1000);
  }

  /**
   * Samples the used heap every 2 ms, and reads the pools' own peaks, which catch what sampling
   * misses.
   */
  private static final class HeapWatch extends Thread {
    private final AtomicLong peak = new AtomicLong();

    HeapWatch() {
      setDaemon(true);
      setName("heap-watch");
    }

    @Override
    public void run() {
      while (true) {
        peak.accumulateAndGet(
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak.set(0);
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    String report() {
      long pools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .mapToLong(p -> p.getPeakUsage().getUsed())
              .sum();
      return String.format(
          Locale.ROOT,
          "%d MB sampled (sum of heap pool peaks %d MB)",
          peak.get() / 1048576,
          pools / 1048576);
    }
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  private static void write(String[] args, String name, byte[] bytes) throws IOException {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        Files.write(Path.of(args[i + 1]), bytes);
      }
    }
  }
}
