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
 * 2.0, 2.1 and 2.2 A and AA rules plus best practice) on every page, and the Nu Html Checker on
 * every page. Both the example council and the golden council are checked.
 *
 * <p>The tools come from {@code .ci/run}: Debian's {@code chromium} package and {@code npm ci} in
 * {@code src/test/a11y}. If either is missing these tests fail, saying how to install it: a check
 * that silently skips would pass a site nobody checked.
 */
class SiteChecksIT {

  static final Path TOOLS = Fixtures.projectDir().resolve("src/test/a11y");

  /** One page of each type, checked again at phone width. */
  static final List<String> PHONE = List.of("./", "committees/children-scrutiny/", "committees/children-scrutiny/2026-09-22/",
      "committees/children-scrutiny/2026-09-22/school-place-planning/",
      "committees/children-scrutiny/2026-09-22/school-place-planning/appendix-1/",
      "committees/children-scrutiny/2026-03-10/minutes/", "people/priya-chandran/", "people/", "search/",
      "accessibility/", "404.html");

  @TempDir Path tmp;

  @Test
  void everyPageHasNoAxeViolationsInChromium() throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      fail("Chromium is not installed at " + chromium + ": run .ci/run, or apt-get install -y chromium");
    }
    requireNodeModules();
    int pages = 0;
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      // The home page's path is empty; "./" keeps it from looking like a blank line.
      List<String> paths = SiteFiles.pages(site).stream().map(SiteFiles::pagePath).map(p -> p.isEmpty() ? "./" : p)
          .toList();
      Path list = Files.write(tmp.resolve("pages.txt"), paths);
      Path phone = Files.write(tmp.resolve("phone.txt"), site == Sites.example() ? PHONE : List.of());
      HttpServer server = serve(site);
      try {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        Run r = run(List.of("node", TOOLS.resolve("check-pages.mjs").toString(), base, list.toString(), phone.toString()));
        assertEquals(0, r.exit(), "axe found problems (or could not run):\n" + r.output());
        Matcher m = Pattern.compile("axe: (\\d+) page views checked, 0 violations, 0 failures").matcher(r.output());
        assertTrue(m.find(), r.output());
        int expected = paths.size() + (site == Sites.example() ? PHONE.size() : 0) + 1; // + search with results
        assertEquals(expected, Integer.parseInt(m.group(1)), "every page was checked: " + r.output());
      } finally {
        server.stop(0);
      }
      pages += paths.size();
    }
    assertTrue(pages > 80, "pages checked: " + pages);
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    Path vnu = TOOLS.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    if (!Files.isRegularFile(vnu)) {
      fail("the Nu Html Checker is missing: run .ci/run, or npm ci in " + TOOLS);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      // A separate process: vnu's Saxon must not meet veraPDF's on the test classpath.
      Run r = run(List.of(java, "-jar", vnu.toString(), "--errors-only", "--format", "gnu", "--skip-non-html",
          "--also-check-css", site.toString()));
      assertEquals("", r.output().strip(), "the Nu Html Checker reported errors");
      assertEquals(0, r.exit(), r.output());
      assertTrue(SiteFiles.pages(site).size() > 20);
    }
  }

  private static void requireNodeModules() {
    for (String module : List.of("playwright-core", "axe-core")) {
      if (!Files.isDirectory(TOOLS.resolve("node_modules").resolve(module))) {
        fail("node module " + module + " is missing: run .ci/run, or npm ci in " + TOOLS);
      }
    }
  }

  private static HttpServer serve(Path site) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", new StaticFiles(site, UnaryOperator.identity()));
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    return server;
  }

  private record Run(int exit, String output) {}

  private Run run(List<String> command) throws Exception {
    Path log = Files.createTempFile(tmp, "run", ".log");
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("timed out: " + command);
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
