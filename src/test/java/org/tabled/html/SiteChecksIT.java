package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.serve.StaticFiles;
import org.tabled.testing.Fixtures;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;

/**
 * Whole-site checks with real tools, run by failsafe: axe-core in headless Debian Chromium (WCAG
 * 2.0, 2.1 and 2.2 A and AA rules plus best practice) on every page at 1280 CSS pixels and on one
 * page of each type again at 375 and 320, every page checked for sideways scrolling at 320, and the
 * Nu Html Checker on every page. Both the example council and the golden council are checked, and
 * the client-side search and tracker filter are tried with and without JavaScript.
 *
 * <p>The tools come from {@code .ci/run}: Debian's {@code chromium} package and {@code npm ci} in
 * {@code src/test/a11y}. If either is missing these tests fail, saying how to install it: a check
 * that silently skips would pass a site nobody checked.
 */
class SiteChecksIT {

  static final Path TOOLS = Fixtures.projectDir().resolve("src/test/a11y");

  /**
   * One page of each type (and of each state of a meeting page), checked again at phone widths, 375
   * and 320 CSS pixels: held with decisions and a recording, to come with a webcast and a paper to
   * follow, cancelled; a paper, an appendix four levels down (whose breadcrumb failed axe's
   * target-size at 375 px), minutes, the tracker and a status page, a work programme, a person, the
   * people index, search, open data, the accessibility statement and the 404 page.
   */
  static final List<String> PHONE =
      List.of(
          "./",
          "committees/children-scrutiny/",
          "committees/children-scrutiny/2026-09-22/",
          "committees/communities-scrutiny/2026-10-06/",
          "committees/children-scrutiny/2026-12-01/",
          "committees/communities-scrutiny/2026-08-04/",
          "committees/children-scrutiny/2026-09-22/school-place-planning/",
          "committees/children-scrutiny/2026-09-22/school-place-planning/appendix-1/",
          "committees/children-scrutiny/2026-12-01/social-care-workforce/appendix-1/",
          "committees/children-scrutiny/2026-03-10/minutes/",
          "committees/communities-scrutiny/2026-10-06/minutes/",
          "committees/children-scrutiny/tracker/",
          "committees/children-scrutiny/tracker/completed/",
          "committees/children-scrutiny/work-programme/2026-27/",
          "people/priya-chandran/",
          "people/",
          "search/",
          "data/",
          "accessibility/",
          "404.html");

  @TempDir Path tmp;

  @Test
  void everyPageHasNoAxeViolationsInChromium() throws Exception {
    int pages = 0;
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      pages += axe(site, site == Sites.example() ? PHONE : List.of(), 2, tmp);
    }
    assertTrue(pages > 80, "pages checked: " + pages);
  }

  /**
   * Runs axe on every page of {@code site}, and on {@code phone} again at phone widths (375 and 320
   * CSS pixels), checks that no page scrolls sideways at 320, and fails on any violation. Returns
   * the number of pages. Also used on the site a release builds (ReleaseIT).
   *
   * @param extra the page views besides: 2 with the search page's results and a tracker filtered by
   *     status; 1 for a new council (tabled init), whose search finds nothing yet and whose empty
   *     tracker is not filtered
   */
  static int axe(Path site, List<String> phone, int extra, Path tmp) throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      fail(
          "Chromium is not installed at "
              + chromium
              + ": run .ci/run, or apt-get install -y chromium");
    }
    requireNodeModules();
    // The home page's path is empty; "./" keeps it from looking like a blank line.
    List<String> paths =
        SiteFiles.pages(site).stream()
            .map(SiteFiles::pagePath)
            .map(p -> p.isEmpty() ? "./" : p)
            .toList();
    Path list = Files.write(tmp.resolve("pages.txt"), paths);
    Path phoneList = Files.write(tmp.resolve("phone.txt"), phone);
    HttpServer server = serve(site);
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Run r =
          run(
              List.of(
                  "node",
                  TOOLS.resolve("check-pages.mjs").toString(),
                  base,
                  list.toString(),
                  phoneList.toString()),
              Map.of("NEW_COUNCIL", extra < 2 ? "1" : "0"),
              tmp);
      assertEquals(0, r.exit(), "axe found problems (or could not run):\n" + r.output());
      Matcher m =
          Pattern.compile("axe: (\\d+) page views checked, 0 violations, 0 failures")
              .matcher(r.output());
      assertTrue(m.find(), r.output());
      assertEquals(
          paths.size() + 2 * phone.size() + extra,
          Integer.parseInt(m.group(1)),
          "every page was checked: " + r.output());
      assertTrue(
          r.output().contains("width: " + paths.size() + " pages checked at 320 px"), r.output());
    } finally {
      server.stop(0);
    }
    return paths.size();
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      validHtml(site, tmp);
      assertTrue(SiteFiles.pages(site).size() > 20);
    }
  }

  /** Runs the Nu Html Checker on every page of {@code site} and fails on any error. */
  static void validHtml(Path site, Path tmp) throws Exception {
    Path vnu = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    if (!Files.isRegularFile(vnu)) {
      fail("the Nu Html Checker is missing: run .ci/run, or npm ci in " + TOOLS);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    // A separate process: vnu's Saxon must not meet veraPDF's on the test classpath.
    Run r =
        run(
            List.of(
                java,
                "-jar",
                vnu.toString(),
                "--errors-only",
                "--format",
                "gnu",
                "--skip-non-html",
                "--also-check-css",
                site.toString()),
            tmp);
    assertEquals("", r.output().strip(), "the Nu Html Checker reported errors");
    assertEquals(0, r.exit(), r.output());
  }

  private static void requireNodeModules() {
    for (String module : List.of("playwright-core", "axe-core")) {
      if (!Files.isDirectory(TOOLS.resolve("node_modules").resolve(module))) {
        fail("node module " + module + " is missing: run .ci/run, or npm ci in " + TOOLS);
      }
    }
  }

  private static HttpServer serve(Path site) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", new StaticFiles(site, UnaryOperator.identity()));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  private record Run(int exit, String output) {}

  private static Run run(List<String> command, Path tmp) throws Exception {
    return run(command, Map.of(), tmp);
  }

  private static Run run(List<String> command, Map<String, String> env, Path tmp) throws Exception {
    Path log = Files.createTempFile(tmp, "run", ".log");
    ProcessBuilder b =
        new ProcessBuilder(new ArrayList<>(command))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    b.environment().putAll(env);
    Process p = b.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out: " + command);
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
