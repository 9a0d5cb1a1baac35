package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced whole, its folder made, and no temporary file left, even when writing fails. */
class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void replacesTheFileAndLeavesNothingElse() throws IOException {
    Path file = dir.resolve("a/b/stamp");
    AtomicFile.write(file, "one".getBytes());
    AtomicFile.write(file, "two".getBytes());
    assertEquals("two", Files.readString(file));
    try (Stream<Path> s = Files.list(file.getParent())) {
      assertEquals(List.of(file), s.toList(), "no temporary file left");
    }
  }

  @Test
  void aFolderInTheWayFailsAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("stamp");
    Files.createDirectories(file.resolve("inside")); // a non-empty folder where the file goes
    assertThrows(IOException.class, () -> AtomicFile.write(file, "x".getBytes()));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(file), s.toList(), "only the folder that was there");
    }
  }
}
