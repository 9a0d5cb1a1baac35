package org.tabled.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Memory;
import org.tabled.build.Pipeline;

/**
 * The preview server: builds the site into its output folder, serves that folder on 127.0.0.1,
 * rebuilds when the content or templates change, and makes open pages reload.
 *
 * <p>A failed build leaves the last good site in place (the pipeline writes nothing unless the
 * whole build succeeds), and every page served then starts with the list of problems, so an author
 * sees what to fix in the browser rather than a blank page. A rebuild that throws (a bug in Tabled,
 * or a file that vanished half-way) is reported the same way, and the server keeps serving and
 * watching. Only loopback is ever bound: the preview may hold papers that are not yet public.
 */
public final class PreviewServer implements AutoCloseable {

  private final BuildOptions options;
  private final Function<BuildOptions, BuildResult> builder;
  private final PrintWriter log;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon("tabled-http"));
  private final ScheduledExecutorService pings =
      Executors.newSingleThreadScheduledExecutor(daemon("tabled-ping"));
  private final LiveReload reload = new LiveReload();
  private volatile String problems = "";
  private volatile Watcher watcher;

  private PreviewServer(
      BuildOptions options, Function<BuildOptions, BuildResult> builder, int port, PrintWriter log)
      throws IOException {
    this.options = options;
    this.builder = builder;
    this.log = log;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", new StaticFiles(options.outDir(), this::decorate));
    server.createContext(LiveReload.PATH, reload);
    server.setExecutor(threads); // each open page holds a thread for its reload events
  }

  /** Builds once and starts serving on {@code port} (0: any free port). */
  public static PreviewServer start(BuildOptions options, int port, PrintWriter log)
      throws IOException {
    // pages reload while the records are kept and the replaced preview removed; the next build
    // waits for that
    // and each content file read and parsed once while it stays as it was, the website's records
    // decoded once (Memory)
    Memory memory = Memory.create();
    return start(options, o -> Pipeline.run(o, false, memory), port, log);
  }

  /**
   * As {@link #start(BuildOptions, int, PrintWriter)}, building with {@code builder} (tests inject
   * failures).
   */
  static PreviewServer start(
      BuildOptions options, Function<BuildOptions, BuildResult> builder, int port, PrintWriter log)
      throws IOException {
    PreviewServer s = new PreviewServer(options, builder, port, log);
    s.rebuild();
    s.server.start();
    s.pings.scheduleAtFixedRate(s.reload::ping, 15, 15, TimeUnit.SECONDS);
    return s;
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8000/}. */
  public URI address() {
    InetSocketAddress a = server.getAddress();
    return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
  }

  /**
   * Builds the site again and tells open pages to reload, whether or not the build succeeded. A
   * build that throws is reported like a failed one (the pages show it) and never stops the server:
   * returns null then, and once the server is closed, when it builds nothing.
   */
  public synchronized BuildResult rebuild() {
    if (closed) {
      return null; // a change seen as the server closed: nothing is written after close()
    }
    long start = System.nanoTime();
    BuildResult r;
    try {
      r = builder.apply(options);
    } catch (RuntimeException
        | Error e) { // whatever it is, the author must see it and the server live on
      problems = internalError(e);
      log.printf("Build failed: internal error, this is a bug in Tabled (the pages show it):%n");
      e.printStackTrace(log);
      log.flush();
      reload.reload();
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (!r.ok()) {
      r.diagnostics().all().forEach(d -> text.append(d.format()).append('\n'));
      int n = r.diagnostics().errorCount();
      log.printf("Build failed: %d error%s (the pages show them):%n%s", n, n == 1 ? "" : "s", text);
    } else {
      log.printf("Built %d files in %d ms.%n", r.files(), (System.nanoTime() - start) / 1_000_000);
    }
    log.flush();
    problems = text.toString();
    reload.reload();
    return r;
  }

  /** What the pages say of a build that threw: what, where, and that it is a bug to report. */
  static String internalError(Throwable e) {
    StringBuilder s = new StringBuilder("internal error: ").append(e.getClass().getName());
    if (e.getMessage() != null) {
      s.append(": ").append(e.getMessage());
    }
    s.append('\n');
    StackTraceElement[] trace = e.getStackTrace();
    for (int i = 0; i < Math.min(5, trace.length); i++) {
      s.append("    at ").append(trace[i]).append('\n');
    }
    return s.append(
            "This is a bug in Tabled, not a problem in your content: please report it with the lines above."
                + " The preview keeps running; save a file to build again.\n")
        .toString();
  }

  /**
   * Watches the content and templates folders and rebuilds on every change; returns when closed.
   */
  public void watch() throws IOException {
    try (Watcher w =
        new Watcher(List.of(options.contentDir(), options.templatesDir()), this::rebuild)) {
      watcher = w;
      w.run();
    }
  }

  /**
   * Adds the reload script and, after a failed build, the problems to every page served, and says
   * in its title that the build failed.
   */
  String decorate(String html) {
    String page = html;
    String shown = problems;
    if (!shown.isEmpty()) {
      page = ErrorBanner.title(ErrorBanner.insert(page, shown));
    }
    int end = page.lastIndexOf("</body>");
    return end < 0
        ? page + LiveReload.SCRIPT
        : page.substring(0, end) + LiveReload.SCRIPT + page.substring(end);
  }

  /** True once {@link #watch()} has registered its folders. */
  boolean watching() {
    return watcher != null;
  }

  /** How many open pages are listening for reloads. */
  int listeners() {
    return reload.clients();
  }

  /** Set once closed, under the lock a build holds. */
  private boolean closed;

  @Override
  public void close() {
    synchronized (this) {
      closed = true; // waits for a build under way to finish writing; no other starts
    }
    Watcher w = watcher;
    if (w != null) {
      try {
        w.close(); // ends watch()
      } catch (IOException e) {
        // closing anyway
      }
    }
    server.stop(0);
    pings.shutdownNow();
    threads.shutdownNow();
    Pipeline.settle(); // the last build's records kept and its replaced preview removed
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
