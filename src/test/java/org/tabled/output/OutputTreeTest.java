package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
}
