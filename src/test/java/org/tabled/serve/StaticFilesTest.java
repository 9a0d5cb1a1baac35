package org.tabled.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.output.AtomicReplace;

/**
 * The preview serves only a folder Tabled built for the public (issue 10): not the content folder,
 * not {@code /}, not a members' build, and never a file that a link inside the site leads out to.
 */
class StaticFilesTest {

  @TempDir Path dir;
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private String base(Path root) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", new StaticFiles(root, UnaryOperator.identity()));
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private static String[] get(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    int status = c.getResponseCode();
    try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
      return new String[] {
        String.valueOf(status),
        in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8)
      };
    }
  }

  private Path site(String audience) throws IOException {
    Path site = dir.resolve("site-" + audience);
    Files.createDirectories(site);
    Files.writeString(site.resolve(AtomicReplace.MARKER), "audience=" + audience + "\n");
    Files.writeString(site.resolve("index.html"), "<html><body>HOME</body></html>");
    return site;
  }

  @Test
  void aFolderTabledDidNotBuildServesNothing() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("papers"));
    Files.writeString(content.resolve("papers/paper.md"), "SECRET-CANARY-1");
    Files.writeString(content.resolve("index.html"), "<html>RAW</html>");
    String url = base(content);
    for (String path : new String[] {"", "index.html", "papers/paper.md"}) {
      String[] r = get(url + path);
      assertEquals("404", r[0], path);
      assertTrue(r[1].contains("Nothing here yet"), path + ": " + r[1]);
      assertFalse(r[1].contains("SECRET") || r[1].contains("RAW"), path + ": " + r[1]);
    }
  }

  @Test
  void aMembersBuildIsNotServed() throws IOException {
    String[] r = get(base(site("confidential")));
    assertEquals("404", r[0]);
    assertFalse(r[1].contains("HOME"), r[1]);
  }

  @Test
  void aPublicBuildIsServedButNoLinkOutOfIt() throws IOException {
    Path site = site("public");
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-CANARY-2");
    Files.createSymbolicLink(site.resolve("leak.txt"), secret);
    String url = base(site);
    assertEquals("200", get(url)[0]);
    assertTrue(get(url)[1].contains("HOME"));
    String[] leak = get(url + "leak.txt");
    assertEquals("404", leak[0]);
    assertFalse(leak[1].contains("SECRET"), leak[1]);
  }
}
