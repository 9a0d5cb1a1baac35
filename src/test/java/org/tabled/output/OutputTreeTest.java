package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tree that spills large files to disk gives exactly what a tree held in memory gives. */
class OutputTreeTest {

  @TempDir Path dir;

  @Test
  void largeFilesWaitOnDiskAndAreMovedIntoPlace() throws Exception {
    Path spill = AtomicReplace.spillFolder(dir.resolve("site"));
    Files.createDirectories(spill);
    Files.writeString(spill.resolve("0.out"), "a leftover of a killed build");
    OutputTree tree = OutputTree.spillingTo(spill);
    try (Stream<Path> s = Files.list(spill)) {
      assertEquals(0, s.count(), "the spill folder starts empty");
    }
    byte[] big = new byte[OutputTree.SPILL_AT + 5];
    Arrays.fill(big, (byte) 'x');
    tree.put("packs/pack.pdf", big);
    tree.put("index.html", "small");
    big[0] = 'y'; // the caller's array is not kept
    try (Stream<Path> s = Files.list(spill)) {
      assertEquals(1, s.count(), "only the large file is on disk");
    }
    assertEquals(OutputTree.SPILL_AT + 5 + 5, tree.bytes());
    assertEquals('x', tree.get("packs/pack.pdf")[0]);
    assertThrows(IllegalStateException.class, () -> tree.put("packs/pack.pdf", big));
    assertThrows(IllegalStateException.class, () -> tree.put("index.html", big));

    Path out = dir.resolve("site");
    AtomicReplace.write(tree, out, "public");
    tree.discard();
    byte[] expected = new byte[OutputTree.SPILL_AT + 5];
    Arrays.fill(expected, (byte) 'x');
    assertArrayEquals(expected, Files.readAllBytes(out.resolve("packs/pack.pdf")));
    assertEquals("small", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(spill), "the spill folder is removed");
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "nothing but the output folder is left beside it");
    }
  }

  @Test
  void aFailedBuildLeavesNoSpilledFile() throws Exception {
    Path spill = AtomicReplace.spillFolder(dir.resolve("site"));
    OutputTree tree = OutputTree.spillingTo(spill);
    tree.put("a.pdf", new byte[OutputTree.SPILL_AT]);
    assertTrue(Files.isDirectory(spill));
    tree.discard();
    assertFalse(Files.exists(spill));
    assertFalse(Files.exists(dir.resolve("site")));
  }

  private static byte[] filled(char c) {
    byte[] b = new byte[OutputTree.SPILL_AT + 100];
    Arrays.fill(b, (byte) c);
    return b;
  }

  private static Object inode(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  /** The tree of the next build into {@code out}, compared with what the last one left there. */
  private static OutputTree nextBuild(Path out) throws IOException {
    return OutputTree.spillingTo(
        AtomicReplace.spillFolder(out), AtomicReplace.previousOutput(out, "public"));
  }

  /** The site as a first build wrote it: a.pdf, b.pdf and sub/c.pdf, each of one letter. */
  private Path firstBuild() throws Exception {
    Path out = dir.resolve("site");
    OutputTree first = OutputTree.spillingTo(AtomicReplace.spillFolder(out));
    first.put("a.pdf", filled('a'));
    first.put("b.pdf", filled('b'));
    first.put("sub/c.pdf", filled('c'));
    first.put("small.html", "<p>small</p>");
    AtomicReplace.write(first, out, "public");
    first.discard();
    FileTime old = FileTime.fromMillis(1_500_000_000_000L);
    for (String f : new String[] {"a.pdf", "b.pdf", "sub/c.pdf", "small.html"}) {
      Files.setLastModifiedTime(out.resolve(f), old);
    }
    return out;
  }

  @Test
  void aFileTheLastBuildWroteByteForByteIsLinkedNotWrittenAndKeepsItsTime() throws Exception {
    Path out = firstBuild();
    Object a = inode(out.resolve("a.pdf"));
    Object c = inode(out.resolve("sub/c.pdf"));
    Object b = inode(out.resolve("b.pdf"));
    FileTime was = Files.getLastModifiedTime(out.resolve("a.pdf"));

    OutputTree next = nextBuild(out);
    next.put("a.pdf", filled('a'));
    next.put("sub/c.pdf", filled('c'));
    byte[] changed = filled('b');
    changed[changed.length - 1] = 'z'; // the same length, one byte other
    next.put("b.pdf", changed);
    next.put("d.pdf", filled('d'));
    Object small = inode(out.resolve("small.html"));
    next.put("small.html", "<p>small</p>");
    assertEquals(3, next.unchanged(), "a.pdf, sub/c.pdf and small.html");
    AtomicReplace.write(next, out, "public");
    next.discard();

    assertEquals(a, inode(out.resolve("a.pdf")), "the same file, linked");
    assertEquals(c, inode(out.resolve("sub/c.pdf")));
    assertEquals(small, inode(out.resolve("small.html")), "a small file too");
    assertEquals("<p>small</p>", Files.readString(out.resolve("small.html")));
    assertEquals(was, Files.getLastModifiedTime(out.resolve("a.pdf")), "its time kept");
    assertArrayEquals(filled('a'), Files.readAllBytes(out.resolve("a.pdf")));
    assertArrayEquals(filled('c'), Files.readAllBytes(out.resolve("sub/c.pdf")));
    assertArrayEquals(changed, Files.readAllBytes(out.resolve("b.pdf")));
    assertFalse(b.equals(inode(out.resolve("b.pdf"))), "a changed file is written anew");
    assertArrayEquals(filled('d'), Files.readAllBytes(out.resolve("d.pdf")));
    assertEquals(
        1,
        Files.getAttribute(out.resolve("a.pdf"), "unix:nlink"),
        "the old folder is gone: the file has one link again");
    // another audience's output is never the previous one
    assertTrue(AtomicReplace.previousOutput(out, "confidential").isEmpty());
    assertTrue(AtomicReplace.previousOutput(dir.resolve("nowhere"), "public").isEmpty());
    // a folder Tabled did not write (a mistyped --out) is never compared with, let alone linked
    Path someones = Files.createDirectories(dir.resolve("documents"));
    Files.write(someones.resolve("a.pdf"), filled('a'));
    assertTrue(AtomicReplace.previousOutput(someones, "public").isEmpty());
    Path file = Files.write(dir.resolve("a-file"), filled('a'));
    assertTrue(AtomicReplace.previousOutput(file, "public").isEmpty());
  }

  @Test
  void aFileIsComparedPieceByPieceToTheLastByte() throws Exception {
    byte[] bytes = new byte[200_000]; // several of the pieces it is read in
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("old.pdf"), bytes);
    assertTrue(OutputTree.holds(file, bytes));
    for (int at : new int[] {0, 65_535, 65_536, 100_000, bytes.length - 1}) {
      byte[] other = bytes.clone();
      other[at] ^= 1;
      assertFalse(OutputTree.holds(file, other), "one byte other at " + at);
    }
    assertFalse(OutputTree.holds(file, Arrays.copyOf(bytes, bytes.length - 1)), "old is longer");
    assertFalse(OutputTree.holds(file, Arrays.copyOf(bytes, bytes.length + 1)), "old is shorter");
    assertFalse(OutputTree.holds(file, new byte[0]));
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    assertTrue(OutputTree.holds(empty, new byte[0]));
    assertFalse(OutputTree.holds(empty, new byte[] {0}));
  }

  @Test
  void onlyAPlainFileOfTheOldOutputWithOneLinkIsLinked() throws Exception {
    Path out = firstBuild();
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    // a.pdf made a link to a file outside with the same bytes; b.pdf given a second name outside;
    // sub a link to a folder outside that holds the same c.pdf
    Files.write(outside.resolve("a.pdf"), filled('a'));
    Files.delete(out.resolve("a.pdf"));
    Files.createSymbolicLink(out.resolve("a.pdf"), outside.resolve("a.pdf"));
    Files.createLink(outside.resolve("b.pdf"), out.resolve("b.pdf"));
    Files.createDirectories(outside.resolve("sub"));
    Files.write(outside.resolve("sub/c.pdf"), filled('c'));
    Files.delete(out.resolve("sub/c.pdf"));
    Files.delete(out.resolve("sub"));
    Files.createSymbolicLink(out.resolve("sub"), outside.resolve("sub"));

    OutputTree next = nextBuild(out);
    next.put("a.pdf", filled('a'));
    next.put("b.pdf", filled('b'));
    next.put("sub/c.pdf", filled('c'));
    assertEquals(0, next.unchanged(), "none of them is linked");
    AtomicReplace.write(next, out, "public");
    next.discard();
    for (String f : new String[] {"a.pdf", "b.pdf", "sub/c.pdf"}) {
      Path p = out.resolve(f);
      assertTrue(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), f);
      assertFalse(Files.isSymbolicLink(p.getParent()), f);
      assertFalse(inode(p).equals(inode(outside.resolve(f))), f + " shares nothing outside");
      assertEquals(1, Files.getAttribute(p, "unix:nlink"), f);
    }
  }

  @Test
  void aFileChangedAfterItWasComparedFailsTheWriteAndLeavesTheOutput() throws Exception {
    Path out = firstBuild();
    OutputTree next = nextBuild(out);
    next.put("a.pdf", filled('a'));
    assertEquals(1, next.unchanged());
    byte[] meddled = filled('a');
    meddled[0] = 'm';
    Files.write(out.resolve("a.pdf"), meddled);
    assertThrows(IOException.class, () -> AtomicReplace.write(next, out, "public"));
    next.discard();
    assertArrayEquals(meddled, Files.readAllBytes(out.resolve("a.pdf")), "the output as it was");
    assertArrayEquals(filled('b'), Files.readAllBytes(out.resolve("b.pdf")));
  }

  @Test
  void aFileTakenByItsStampIsLinkedUnreadAndOnlyIfEveryStampStillHolds() throws Exception {
    Path out = firstBuild();
    OutputTree.Stamp a = OutputTree.stamp(out, "a.pdf").orElseThrow();
    OutputTree.Stamp c = OutputTree.stamp(out, "sub/c.pdf").orElseThrow();
    OutputTree.Stamp small = OutputTree.stamp(out, "small.html").orElseThrow();
    assertTrue(OutputTree.stamp(out, "missing.html").isEmpty(), "no file, no stamp");

    // every stamp holds: linked, the same files, in the next output
    OutputTree next = nextBuild(out);
    assertTrue(next.putSeen(List.of(a, c, small)));
    assertEquals(3, next.unchanged());
    assertThrows(IllegalStateException.class, () -> next.put("a.pdf", filled('a')));
    assertFalse(next.putSeen(List.of(a)), "a path already added: nothing added");
    assertEquals(3, next.size());
    Object inode = inode(out.resolve("sub/c.pdf"));
    AtomicReplace.write(next, out, "public");
    next.discard();
    assertEquals(inode, inode(out.resolve("sub/c.pdf")), "the very file, not written again");
    assertArrayEquals(filled('c'), Files.readAllBytes(out.resolve("sub/c.pdf")));

    // one file written again since (the same size, another byte): nothing of the list is added
    byte[] meddled = filled('a');
    meddled[5] = 'm';
    Files.write(out.resolve("a.pdf"), meddled);
    OutputTree after = nextBuild(out);
    assertFalse(after.putSeen(List.of(c, a)));
    assertEquals(0, after.size(), "nothing added when one stamp fails");
    after.discard();

    // the same bytes in a file put in its place: another file, not taken by the old stamp
    // (made before the old one goes, so that it cannot be given the old one's inode)
    Path copy = out.resolve("sub/c.copy");
    Files.write(copy, filled('c'));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(1_500_000_000_000L));
    Files.move(copy, out.resolve("sub/c.pdf"), StandardCopyOption.REPLACE_EXISTING);
    OutputTree replaced = nextBuild(out);
    assertFalse(replaced.putSeen(List.of(c)), "a replaced file has another key");
    replaced.discard();

    // a second link to a file (stamped all the same, as a replaced output's removal may still
    // hold one): never taken unread
    Files.createLink(dir.resolve("elsewhere"), out.resolve("small.html"));
    assertEquals(small, OutputTree.stamp(out, "small.html").orElseThrow(), "stamped, two links");
    OutputTree linked = nextBuild(out);
    assertFalse(linked.putSeen(List.of(small)));
    linked.discard();

    // no previous output: nothing is taken
    assertFalse(new OutputTree().putSeen(List.of(small)));
  }

  @Test
  void aStampedFileReachedThroughALinkIsNeverTakenUnread() throws Exception {
    Path out = firstBuild();
    OutputTree.Stamp a = OutputTree.stamp(out, "a.pdf").orElseThrow();
    OutputTree.Stamp c = OutputTree.stamp(out, "sub/c.pdf").orElseThrow();

    // the very file (the same inode, size and time) moved out, and a link to it left in its place
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.move(out.resolve("a.pdf"), elsewhere.resolve("a.pdf"));
    Files.createSymbolicLink(out.resolve("a.pdf"), elsewhere.resolve("a.pdf"));
    OutputTree linkedFile = nextBuild(out);
    assertFalse(linkedFile.putSeen(List.of(a)), "a file that is a link");
    assertEquals(0, linkedFile.size());
    linkedFile.discard();

    // its folder moved out whole, the same files in it, and a link to the folder left instead
    Files.move(out.resolve("sub"), elsewhere.resolve("sub"));
    Files.createSymbolicLink(out.resolve("sub"), elsewhere.resolve("sub"));
    assertEquals(
        c, OutputTree.stamp(elsewhere, "sub/c.pdf").orElseThrow(), "the same file, unchanged");
    OutputTree linkedFolder = nextBuild(out);
    assertFalse(linkedFolder.putSeen(List.of(c)), "a file reached through a linked folder");
    assertEquals(0, linkedFolder.size());
    linkedFolder.discard();
  }
}
