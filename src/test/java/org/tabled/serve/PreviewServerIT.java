package org.tabled.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;
import org.tabled.testing.TestFiles;

/** {@code tabled serve}: serving, live reload, errors in the page, rebuilding on change. */
class PreviewServerIT {

  @TempDir Path tmp;
  private PreviewServer server;
  private Path content;

  @BeforeEach
  void start() throws Exception {
    content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden"), content);
    BuildOptions o =
        new BuildOptions(
            content,
            tmp.resolve("templates"),
            tmp.resolve("preview"),
            tmp,
            false,
            Audience.PUBLIC,
            Sites.GOLDEN_AS_OF,
            false,
            0,
            Optional.of(tmp.resolve("cache"))); // as tabled serve builds: with a cache
    server = PreviewServer.start(o, 0, new PrintWriter(new StringWriter()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesTheSiteWithTheLiveReloadScriptOnLoopbackOnly() throws Exception {
    assertEquals("127.0.0.1", server.address().getHost());
    Response home = get("");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("<h1>Committee meetings and papers</h1>"), home.body());
    assertTrue(home.body().contains(LiveReload.SCRIPT + "</body>"), "reload script before </body>");
    assertEquals(301, get("committees/audit").status(), "a folder without its slash is redirected");
    Response missing = get("no/such/page/");
    assertEquals(404, missing.status());
    assertTrue(missing.body().contains("<h1>Page not found</h1>"), "the site's own 404 page");
    assertEquals("text/calendar; charset=utf-8", contentType("meetings.ics"));
  }

  @Test
  void refusesPathsOutsideTheSite() throws Exception {
    try (Socket s = new Socket(server.address().getHost(), server.address().getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      String status =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      assertTrue(status.contains(" 403 ") || status.contains(" 400 "), status);
    }
  }

  @Test
  void aFailedBuildKeepsTheLastGoodSiteAndShowsTheProblemsInEveryPage() throws Exception {
    BlockingQueue<String> events = listen();
    Files.writeString(
        content.resolve("people/ada-quill.yaml"), "name: Ada Quill\nkind: councilor\n");
    assertFalse(server.rebuild().ok());
    assertEquals(
        "data: reload", events.poll(10, TimeUnit.SECONDS), "open pages are told to reload");
    String page = get("committees/audit/").body();
    assertTrue(page.contains("Tabled could not build the site"), page);
    assertTrue(page.contains("people/ada-quill.yaml:2:7: error:"), page);
    assertTrue(
        page.contains("<h1>Audit and Governance Committee</h1>"),
        "the last good build is still served");
  }

  @Test
  void theProblemsStayInTheWindowAndTheTitleSaysTheBuildFailed() throws Exception {
    Files.writeString(
        content.resolve("people/ada-quill.yaml"), "name: Ada Quill\nkind: councilor\n");
    server.rebuild();
    String page = get("committees/audit/").body();
    assertTrue(page.contains("<title>Build failed: Audit and Governance Committee"), page);
    int banner = page.indexOf("id=\"" + ErrorBanner.ID + "\"");
    assertTrue(
        banner > 0 && page.indexOf("position:fixed;top:0", banner) > banner,
        "fixed to the window, so a reload that restores the scroll position still shows it");
    Files.writeString(
        content.resolve("people/ada-quill.yaml"), "name: Ada Quill\nkind: councillor\n");
    assertTrue(server.rebuild().ok());
    String fixed = get("committees/audit/").body();
    assertFalse(fixed.contains(ErrorBanner.ID) || fixed.contains("Build failed"), fixed);
  }

  /**
   * Issue 11: a rebuild that throws is reported in every page, and the server keeps serving and
   * watching.
   */
  @Test
  void aRebuildThatThrowsIsReportedAndTheServerLivesOn() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    AtomicBoolean broken = new AtomicBoolean();
    BuildOptions o =
        new BuildOptions(
            content,
            tmp.resolve("templates"),
            tmp.resolve("injected"),
            tmp,
            false,
            Audience.PUBLIC,
            Sites.GOLDEN_AS_OF,
            false);
    StringWriter log = new StringWriter();
    try (PreviewServer s =
        PreviewServer.start(
            o,
            opts -> {
              builds.incrementAndGet();
              if (broken.get()) {
                throw new IllegalStateException("injected: the page references do not settle");
              }
              return Pipeline.run(opts);
            },
            0,
            new PrintWriter(log))) {
      Thread watcher =
          new Thread(
              () -> {
                try {
                  s.watch();
                } catch (Exception e) {
                  // closed by the test
                }
              });
      watcher.setDaemon(true);
      watcher.start();
      long deadline = System.currentTimeMillis() + 10_000;
      while (!s.watching() && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      broken.set(true);
      Files.writeString(
          content.resolve("people/ada-quill.yaml"),
          Files.readString(content.resolve("people/ada-quill.yaml")));
      String page = "";
      for (int i = 0; i < 200 && !page.contains("internal error"); i++) {
        Thread.sleep(50);
        page = fetch(s, "committees/audit/");
      }
      assertTrue(page.contains("internal error: java.lang.IllegalStateException: injected"), page);
      assertTrue(page.contains("This is a bug in Tabled"), page);
      assertTrue(
          page.contains("<h1>Audit and Governance Committee</h1>"),
          "the last good build is still served");
      assertTrue(log.toString().contains("internal error"), log.toString());
      assertTrue(watcher.isAlive(), "still watching");
      broken.set(false);
      int before = builds.get();
      Files.writeString(
          content.resolve("people/ada-quill.yaml"),
          Files.readString(content.resolve("people/ada-quill.yaml")));
      for (int i = 0;
          i < 200
              && (builds.get() == before
                  || fetch(s, "committees/audit/").contains("internal error"));
          i++) {
        Thread.sleep(50);
      }
      assertFalse(
          fetch(s, "committees/audit/").contains("internal error"), "the next save builds again");
    }
  }

  private static String fetch(PreviewServer s, String path) throws Exception {
    HttpURLConnection c =
        (HttpURLConnection) URI.create(s.address() + path).toURL().openConnection();
    var stream = c.getResponseCode() >= 400 ? c.getErrorStream() : c.getInputStream();
    return stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void contentThatNeverBuiltShowsItsProblemsInsteadOfABlankPage() throws Exception {
    Path broken = tmp.resolve("broken");
    Fixtures.copy(Fixtures.fixture("golden"), broken);
    Files.writeString(broken.resolve("site.yaml"), "council: Fernbrook\n");
    BuildOptions o =
        new BuildOptions(
            broken,
            tmp.resolve("templates"),
            tmp.resolve("never"),
            tmp,
            false,
            Audience.PUBLIC,
            Sites.GOLDEN_AS_OF,
            false);
    try (PreviewServer s = PreviewServer.start(o, 0, new PrintWriter(new StringWriter()))) {
      HttpURLConnection c = (HttpURLConnection) s.address().toURL().openConnection();
      assertEquals(404, c.getResponseCode());
      String page = new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(page.contains("Tabled could not build the site"), page);
      assertTrue(page.contains("site.yaml:1:1: error: missing required key"), page);
      assertTrue(page.contains(LiveReload.SCRIPT), "it reloads once the problem is fixed");
    }
  }

  @Test
  void savingAFileRebuildsAndReloads() throws Exception {
    Thread watcher =
        new Thread(
            () -> {
              try {
                server.watch();
              } catch (Exception e) {
                // closed by the test
              }
            });
    watcher.setDaemon(true);
    watcher.start();
    BlockingQueue<String> events = listen();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!server.watching() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    renameTheCommittee();
    assertEquals("data: reload", events.poll(20, TimeUnit.SECONDS), "a reload follows the save");
    // An editor's save can make a second burst of events, so allow for one more rebuild.
    String page = "";
    for (int i = 0;
        i < 100 && !page.contains("<h1>Audit, Risk and Governance Committee</h1>");
        i++) {
      page = get("committees/audit/").body();
      Thread.sleep(i == 0 ? 0 : 100);
    }
    assertTrue(page.contains("<h1>Audit, Risk and Governance Committee</h1>"), page);
  }

  @Test
  void aRebuildWritesOnlyWhatChangedIntoThePreviewAndLeavesWhatAFreshBuildWould() throws Exception {
    Path preview = tmp.resolve("preview");
    Object folderKey = Files.readAttributes(preview, BasicFileAttributes.class).fileKey();
    Path css = preview.resolve("assets/site.css");
    Object cssKey = Files.readAttributes(css, BasicFileAttributes.class).fileKey();
    Path page = preview.resolve("committees/audit/index.html");
    Object pageKey = Files.readAttributes(page, BasicFileAttributes.class).fileKey();
    renameTheCommittee();
    Files.writeString(preview.resolve("left-by-hand.html"), "not made by any build");
    assertTrue(server.rebuild().ok());
    assertTrue(Files.readString(page).contains("<h1>Audit, Risk and Governance Committee</h1>"));
    assertEquals(
        folderKey,
        Files.readAttributes(preview, BasicFileAttributes.class).fileKey(),
        "the preview is brought up to date in place, not swapped for a new folder");
    assertEquals(
        cssKey,
        Files.readAttributes(css, BasicFileAttributes.class).fileKey(),
        "a file no save changed is left in place, not written again");
    assertFalse(
        pageKey.equals(Files.readAttributes(page, BasicFileAttributes.class).fileKey()),
        "a changed page is a new file renamed into place");
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(
          List.of(),
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".preview.") && !n.equals(".preview.lock"))
              .filter(n -> !n.equals(".preview.spill"))
              .toList(),
          "no staging or old folder is made");
    }
    // the same files, byte for byte, as a build from nothing into a new folder
    Path fresh = tmp.resolve("fresh");
    assertTrue(
        Pipeline.run(
                new BuildOptions(
                    content,
                    tmp.resolve("templates"),
                    fresh,
                    tmp,
                    false,
                    Audience.PUBLIC,
                    Sites.GOLDEN_AS_OF,
                    false))
            .ok());
    assertEquals(TestFiles.digests(fresh), TestFiles.digests(preview));
  }

  /** Saves the audit committee under a new title, "Audit, Risk and Governance Committee". */
  private void renameTheCommittee() throws Exception {
    Path committee = content.resolve("committees/audit/committee.yaml");
    Files.writeString(
        committee,
        Files.readString(committee)
            .replace(
                "title: Audit and Governance Committee",
                "title: Audit, Risk and Governance Committee"));
  }

  /** Opens the live-reload stream; its events arrive on the returned queue. */
  private BlockingQueue<String> listen() throws Exception {
    BlockingQueue<String> events = new ArrayBlockingQueue<>(10);
    HttpURLConnection c =
        (HttpURLConnection)
            server.address().resolve(LiveReload.PATH.substring(1)).toURL().openConnection();
    c.setReadTimeout(30_000);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
    Thread t =
        new Thread(
            () -> {
              try {
                for (String line; (line = in.readLine()) != null; ) {
                  if (line.startsWith("data:")) {
                    events.add(line);
                  }
                }
              } catch (Exception e) {
                // the server stopped
              }
            });
    t.setDaemon(true);
    t.start();
    long deadline = System.currentTimeMillis() + 5000;
    while (server.listeners() == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return events;
  }

  private record Response(int status, String body) {}

  private Response get(String path) throws Exception {
    HttpURLConnection c =
        (HttpURLConnection) URI.create(server.address() + path).toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    int status = c.getResponseCode();
    var stream = status >= 400 ? c.getErrorStream() : c.getInputStream();
    String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    return new Response(status, body);
  }

  private String contentType(String path) throws Exception {
    HttpURLConnection c =
        (HttpURLConnection) URI.create(server.address() + path).toURL().openConnection();
    c.getResponseCode();
    return c.getContentType();
  }
}
