package org.tabled.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces one file so that a reader sees the old bytes or the new, never half of them: the bytes
 * are written to a temporary file beside it and moved into place. Used for every file Tabled keeps
 * outside the output folder (the build cache, the fast path's stamp, the issued-pack records).
 */
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code bytes} to {@code file}, making its folder if needed; no temporary file is left.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().normalize().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
