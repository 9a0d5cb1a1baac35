package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's folder brought up to date in place ({@link AtomicReplace#update}). */
class AtomicUpdateTest {

  @TempDir Path dir;

  /** A page large enough to be spilled, different for each {@code tag}. */
  private static byte[] page(String tag) {
    return (tag + " ".repeat(OutputTree.SPILL_AT) + tag).getBytes(StandardCharsets.UTF_8);
  }

  /** A tree spilling beside {@code out} and linking what {@code out} holds, as a build makes. */
  private static OutputTree tree(Path out, Map<String, byte[]> files) throws IOException {
    OutputTree t =
        OutputTree.spillingTo(
            AtomicReplace.spillFolder(out), AtomicReplace.previousOutput(out, "public"));
    files.forEach(t::put);
    return t;
  }

  private static Object key(Path f) throws IOException {
    return Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  /** Every entry under {@code out}, folders with a trailing slash, sorted. */
  private static List<String> entries(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> !p.equals(out))
          .map(p -> out.relativize(p) + (Files.isDirectory(p) ? "/" : ""))
          .sorted()
          .toList();
    }
  }

  @Test
  void writesOnlyWhatChangedAndRemovesWhatIsNoLongerMade() throws Exception {
    Path out = dir.resolve("preview");
    Map<String, byte[]> first = new TreeMap<>();
    first.put("index.html", page("home"));
    first.put("a/kept.html", page("kept"));
    first.put("a/changed.html", page("before"));
    first.put("gone/deep/page.html", page("gone"));
    first.put("becomes-folder", "a file".getBytes(StandardCharsets.UTF_8));
    first.put("becomes-file/inside.html", page("inside"));
    first.put("small.txt", "small".getBytes(StandardCharsets.UTF_8));
    AtomicReplace.update(tree(out, first), out, "public");
    assertEquals("home", Files.readString(out.resolve("index.html")).substring(0, 4));
    Object keptKey = key(out.resolve("a/kept.html"));
    Object changedKey = key(out.resolve("a/changed.html"));
    FileTime keptTime = Files.getLastModifiedTime(out.resolve("a/kept.html"));

    Map<String, byte[]> second = new TreeMap<>();
    second.put("index.html", page("home"));
    second.put("a/kept.html", page("kept"));
    second.put("a/changed.html", page("after"));
    second.put("becomes-folder/page.html", page("now a folder"));
    second.put("becomes-file", page("now a file"));
    second.put("small.txt", "smaller".getBytes(StandardCharsets.UTF_8));
    second.put("new/page.html", page("new"));
    OutputTree next = tree(out, second);
    assertEquals(2, next.unchanged(), "the home page and the kept page are found unchanged");
    AtomicReplace.update(next, out, "public");

    assertEquals(
        List.of(
            AtomicReplace.MARKER,
            "a/",
            "a/changed.html",
            "a/kept.html",
            "becomes-file",
            "becomes-folder/",
            "becomes-folder/page.html",
            "index.html",
            "new/",
            "new/page.html",
            "small.txt"),
        entries(out),
        "exactly the new build's files: nothing left over, no empty folder, nothing half written");
    second.forEach(
        (path, bytes) -> {
          try {
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(out.resolve(path))), path);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
    assertEquals(keptKey, key(out.resolve("a/kept.html")), "an unchanged file is not written");
    assertEquals(keptTime, Files.getLastModifiedTime(out.resolve("a/kept.html")));
    assertNotEquals(
        changedKey, key(out.resolve("a/changed.html")), "a changed file is a new file renamed in");
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(
          List.of("preview"),
          s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".spill")).toList(),
          "no staging or old folder is made");
    }
  }

  @Test
  void linksPutInThePreviewAreRemovedNeverWrittenThrough() throws Exception {
    Path out = dir.resolve("preview");
    AtomicReplace.update(tree(out, Map.of("index.html", page("home"))), out, "public");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "precious");
    Files.createSymbolicLink(out.resolve("folder"), elsewhere);
    Files.createSymbolicLink(out.resolve("page.html"), precious);
    Files.createSymbolicLink(out.resolve("stray"), precious);

    Map<String, byte[]> files = new TreeMap<>();
    files.put("index.html", page("home"));
    files.put("folder/precious.txt", page("written through a link?"));
    files.put("page.html", page("a page"));
    AtomicReplace.update(tree(out, files), out, "public");

    assertEquals("precious", Files.readString(precious), "nothing is written through a link");
    assertEquals(List.of("precious.txt"), entries(elsewhere));
    assertFalse(Files.isSymbolicLink(out.resolve("folder")));
    assertFalse(Files.isSymbolicLink(out.resolve("page.html")));
    assertFalse(Files.exists(out.resolve("stray"), LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.readString(out.resolve("page.html")).startsWith("a page"));
  }

  @Test
  void refusesAFolderTabledDidNotWriteOrWroteForTheOtherAudience() throws Exception {
    Path documents = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(documents.resolve("thesis.docx"), "precious");
    OutputTree tree = new OutputTree();
    tree.put("index.html", "x");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class,
        () -> AtomicReplace.update(tree, documents, "public"));
    assertEquals(List.of("thesis.docx"), entries(documents));

    Path members = dir.resolve("members");
    OutputTree packs = new OutputTree();
    packs.put("pack.pdf", "exempt papers");
    AtomicReplace.write(packs, members, "confidential");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class,
        () -> AtomicReplace.update(tree, members, "public"));
    assertEquals(List.of(AtomicReplace.MARKER, "pack.pdf"), entries(members));
  }

  @Test
  void aPreviewFolderThatIsALinkIsRefusedAndWhatItLeadsToLeftAlone() throws Exception {
    Path elsewhere = dir.resolve("elsewhere");
    AtomicReplace.update(
        tree(elsewhere, Map.of("index.html", page("theirs"))), elsewhere, "public");
    Path out = Files.createSymbolicLink(dir.resolve("preview"), elsewhere);
    OutputTree tree = new OutputTree();
    tree.put("index.html", "mine");
    assertThrows(
        AtomicReplace.UnsafeOutputException.class, () -> AtomicReplace.update(tree, out, "public"));
    assertTrue(Files.readString(elsewhere.resolve("index.html")).startsWith("theirs"));
    assertTrue(Files.isSymbolicLink(out));
  }

  @Test
  void aFileChangedWhileTheBuildRanIsNotTakenForUnchanged() throws Exception {
    Path out = dir.resolve("preview");
    AtomicReplace.update(tree(out, Map.of("index.html", page("home"))), out, "public");
    OutputTree next = tree(out, Map.of("index.html", page("home")));
    assertEquals(1, next.unchanged());
    Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(0)); // touched
    IOException e =
        assertThrows(IOException.class, () -> AtomicReplace.update(next, out, "public"));
    assertTrue(e.getMessage().contains("changed while the build ran"), e.getMessage());
    assertEquals(
        Optional.of("public"),
        Optional.ofNullable(AtomicReplace.audienceOf(out)),
        "a folder left part written is still known as Tabled's");
  }
}
