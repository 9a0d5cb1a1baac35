package org.tabled.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link checker itself must find what it is there to find. */
class LinkCheckerTest {

  @TempDir Path site;

  @Test
  void findsMissingFilesAndAnchors() throws Exception {
    Files.createDirectories(site.resolve("a"));
    Files.writeString(
        site.resolve("index.html"),
        "<p id=\"top\"><a href=\"a/\">ok</a> <a href=\"a/#x\">ok</a>"
            + " <a href=\"a/#nope\">bad anchor</a> <a href=\"b/\">missing</a> <a href=\"#top\">self</a>"
            + " <a href=\"https://elsewhere.example/\">not followed</a> <img src=\"missing.png\" alt=\"\"></p>");
    Files.writeString(
        site.resolve("a/index.html"),
        "<h2 id=\"x\">X</h2><a href=\"/\">home</a> <a href=\"../index.html#top\">up</a>");
    LinkChecker.Result r = new LinkChecker(site, "/").check();
    assertEquals(
        List.of(
            "index.html: a/#nope: no id 'nope' on a/index.html",
            "index.html: b/: no such file b/index.html",
            "index.html: missing.png: no such file missing.png"),
        r.broken());
    assertEquals(8, r.checked());
    assertEquals(4, r.anchors());
  }
}
