package org.tabled.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The preview in Chromium (issue 16): an author scrolled down a page breaks the content and saves;
 * the page reloads by itself, the build's problems are within the window (a reload restores the
 * scroll position, which once left them above it, unseen) and the title says the build failed;
 * after the fix and a save they are gone. The browser side is {@code src/test/a11y/preview.mjs}.
 */
class PreviewIT {

  @TempDir Path tmp;

  @Test
  void anAuthorSeesTheProblemsAfterASaveThatBreaksTheBuildAndNotAfterTheFix() throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    Path tools = Fixtures.projectDir().resolve("src/test/a11y");
    if (!Files.isExecutable(chromium)
        || !Files.isDirectory(tools.resolve("node_modules/playwright-core"))) {
      fail(
          "Chromium and the node modules are needed: run .ci/run, or apt-get install -y chromium and npm ci in "
              + tools);
    }
    Path content = tmp.resolve("content");
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
            false);
    StringWriter log = new StringWriter();
    try (PreviewServer server = PreviewServer.start(o, 0, new PrintWriter(log))) {
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
      long deadline = System.currentTimeMillis() + 10_000;
      while (!server.watching() && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      Path file = content.resolve("people/ada-quill.yaml");
      String before = Files.readString(file);
      Path out = tmp.resolve("preview.log");
      Process p =
          new ProcessBuilder(
                  List.of(
                      "node",
                      tools.resolve("preview.mjs").toString(),
                      server.address() + "committees/audit/2025-03-04/",
                      file.toString()))
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("the browser test did not finish: " + Files.readString(out));
      }
      String output = Files.readString(out, StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), output + "\nserver log:\n" + log);
      assertTrue(output.contains("preview: 0 failures"), output);
      assertTrue(output.contains("after the broken save: title \"Build failed: "), output);
      assertEquals(before, Files.readString(file), "the content is as it was");
    }
  }
}
