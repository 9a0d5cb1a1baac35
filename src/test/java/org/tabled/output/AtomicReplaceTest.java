package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicReplaceTest {

  @TempDir Path dir;

  @Test
  void replacesAPreviousBuildCompletely() throws Exception {
    Path out = dir.resolve("site");
    OutputTree first = new OutputTree();
    first.put("a/index.html", "one");
    first.put("old.html", "gone next time");
    AtomicReplace.write(first, out, "public");
    OutputTree second = new OutputTree();
    second.put("a/index.html", "two");
    AtomicReplace.write(second, out, "public");
    assertEquals("two", Files.readString(out.resolve("a/index.html")));
    assertFalse(Files.exists(out.resolve("old.html")));
    assertTrue(Files.exists(out.resolve(AtomicReplace.MARKER)));
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "no staging or old folders are left behind");
    }
  }

  @Test
  void aPreviousBuildRemovedLaterIsGoneOnceSettledAndBeforeTheNextWrite() throws Exception {
    Path out = dir.resolve("site");
    for (int i = 0; i < 3; i++) {
      OutputTree tree = new OutputTree();
      for (int f = 0; f < 200; f++) {
        tree.put("p" + f + "/index.html", "build " + i);
      }
      tree.put("only-" + i + ".html", "only in build " + i);
      // each write waits for the removal the one before left under way
      AtomicReplace.write(tree, out, "public", true);
      assertEquals("build " + i, Files.readString(out.resolve("p199/index.html")));
      assertTrue(Files.exists(out.resolve("only-" + i + ".html")));
      assertFalse(i > 0 && Files.exists(out.resolve("only-" + (i - 1) + ".html")));
    }
    Underway.settle();
    Underway.settle(); // nothing left to wait for: returns at once
    try (var s = Files.list(dir)) {
      assertEquals(List.of(out), s.toList(), "the old folder is removed once settled");
    }
  }

  @Test
  void aSwapInterruptedByACrashIsUndoneBeforeTheNextWrite() throws Exception {
    Path out = dir.resolve("site");
    OutputTree first = new OutputTree();
    first.put("index.html", "previous");
    AtomicReplace.write(first, out, "public");
    // The crash: the previous output was moved aside, the new one never took its place.
    Files.move(out, dir.resolve(".site.old"));
    Files.createDirectories(dir.resolve(".site.staging/half"));
    OutputTree failing = new OutputTree();
    failing.put("a", "a file");
    failing.put("a/b", "and a folder of the same name: this write fails");
    assertThrows(IOException.class, () -> AtomicReplace.write(failing, out, "public"));
    assertEquals(
        "previous",
        Files.readString(out.resolve("index.html")),
        "the previous build is back in place");
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "no staging or old folders are left behind");
    }
    OutputTree next = new OutputTree();
    next.put("index.html", "next");
    AtomicReplace.write(next, out, "public");
    assertEquals("next", Files.readString(out.resolve("index.html")));
  }

  @Test
  void aFolderAsideThatTabledDidNotWriteIsNotTakenForAPreviousBuild() throws Exception {
    Path out = dir.resolve("site");
    Files.createDirectories(dir.resolve(".site.old"));
    Files.writeString(dir.resolve(".site.old/notes.txt"), "someone's folder");
    OutputTree tree = new OutputTree();
    tree.put("index.html", "new");
    AtomicReplace.write(tree, out, "public");
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("notes.txt")));
  }

  @Test
  void refusesToReplaceAFolderTabledDidNotWrite() throws Exception {
    Path out = dir.resolve("documents");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.docx"), "precious");
    OutputTree tree = new OutputTree();
    tree.put("index.html", "x");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class, () -> AtomicReplace.write(tree, out, "public"));
    assertEquals("precious", Files.readString(out.resolve("thesis.docx")));
  }

  @Test
  void neverWritesAConfidentialBuildWhereAPublicOneIs() throws Exception {
    Path site = dir.resolve("site");
    OutputTree pub = new OutputTree();
    pub.put("index.html", "public");
    AtomicReplace.write(pub, site, "public");
    OutputTree members = new OutputTree();
    members.put("pack.pdf", "exempt papers");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class,
        () -> AtomicReplace.write(members, site, "confidential"));
    assertThrows(
        AtomicReplace.UnsafeOutputException.class,
        () -> AtomicReplace.write(members, site.resolve("members"), "confidential"));
    assertEquals("public", Files.readString(site.resolve("index.html")));
    Path elsewhere = dir.resolve("members-packs");
    AtomicReplace.write(members, elsewhere, "confidential");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class,
        () -> AtomicReplace.write(pub, elsewhere, "public"));
    assertTrue(Files.exists(elsewhere.resolve("pack.pdf")));
  }

  @Test
  void rejectsPathsThatLeaveTheOutputFolder() {
    OutputTree tree = new OutputTree();
    assertThrows(IllegalArgumentException.class, () -> tree.put("../escape.html", "x"));
    assertThrows(IllegalArgumentException.class, () -> tree.put("/abs.html", "x"));
    tree.put("a.html", "x");
    assertThrows(IllegalStateException.class, () -> tree.put("a.html", "y"));
  }

  @Test
  void relativeLinksBetweenPages() {
    assertEquals(
        "../2025-01-14/",
        SitePaths.relative("committees/audit/2025-03-11/", "committees/audit/2025-01-14/"));
    assertEquals("committees/audit/", SitePaths.relative("", "committees/audit/"));
    assertEquals("../../../", SitePaths.relative("committees/audit/2025-03-11/", ""));
    assertEquals("./", SitePaths.relative("people/x/", "people/x/"));
    assertEquals("../../assets/site.css", SitePaths.relative("people/x/", "assets/site.css"));
  }
}
