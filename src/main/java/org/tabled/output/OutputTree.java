package org.tabled.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a build will write, held until the whole build has succeeded. Paths are kept sorted,
 * so files are always written in the same order.
 *
 * <p>Renderers add files here and never touch the output folder; {@link AtomicReplace} writes the
 * tree. Adding the same path twice is a programmer error: two renderers must not compete for a
 * file. Thread-safe, so renderers may run in parallel.
 *
 * <p>A ten-year archive's output is larger than a build's memory should be (670 MB for 1,000
 * meetings, most of it PDFs), so a tree made with {@link #spillingTo} keeps only very small files
 * in memory and writes each large one at once to a spill folder beside the output folder, from
 * which {@link AtomicReplace} moves it into place. The spill folder is the build's own: made empty,
 * and removed by {@link #discard} whether the build succeeds or fails.
 */
public final class OutputTree {

  /**
   * Files from this size are spilled to disk when the tree has a spill folder: nearly every page
   * and search file, since a ten-year archive has tens of thousands of them (a file is written once
   * either way: spilled files are moved into place, not copied).
   */
  static final int SPILL_AT = 1024;

  /** A file kept on disk: where, and how long. */
  private record Spilled(Path file, int length) {}

  private final Map<String, Object> files = new TreeMap<>(); // byte[] or Spilled
  private final Path spill;
  private long bytes;
  private int spilled;

  /** A tree held in memory. */
  public OutputTree() {
    this.spill = null;
  }

  private OutputTree(Path spill) {
    this.spill = spill;
  }

  /**
   * A tree that writes large files to {@code dir} as they are added: {@code dir} is emptied (it is
   * the build's own, e.g. a leftover of a killed build) and made.
   */
  public static OutputTree spillingTo(Path dir) throws IOException {
    AtomicReplace.deleteTree(dir);
    Files.createDirectories(dir);
    return new OutputTree(dir.toAbsolutePath().normalize());
  }

  /** Adds a file; {@code path} is relative, with forward slashes and no {@code ..}. */
  public void put(String path, byte[] bytes) {
    checkPath(path);
    Object value;
    if (spill != null && bytes.length >= SPILL_AT) {
      Path file;
      synchronized (this) {
        if (files.containsKey(path)) {
          throw new IllegalStateException("two outputs for the same file: " + path);
        }
        file = spill.resolve(spilled++ + ".out");
      }
      try {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " to " + spill, e);
      }
      value = new Spilled(file, bytes.length);
    } else {
      value = bytes.clone();
    }
    synchronized (this) {
      if (files.putIfAbsent(path, value) != null) {
        throw new IllegalStateException("two outputs for the same file: " + path);
      }
      this.bytes += bytes.length;
    }
  }

  /** Adds a UTF-8 text file. */
  public void put(String path, String text) {
    put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** True if {@code path} has been added. */
  public synchronized boolean contains(String path) {
    return files.containsKey(path);
  }

  /** The bytes of {@code path}, or null. */
  public byte[] get(String path) {
    Object v;
    synchronized (this) {
      v = files.get(path);
    }
    return v == null ? null : bytesOf(v);
  }

  /** A sorted, read-only copy of every file, read back into memory (for tests and small trees). */
  public synchronized Map<String, byte[]> files() {
    Map<String, byte[]> all = new TreeMap<>();
    files.forEach((k, v) -> all.put(k, bytesOf(v)));
    return Collections.unmodifiableMap(all);
  }

  /** The paths of every file, sorted. */
  public synchronized List<String> paths() {
    return List.copyOf(files.keySet());
  }

  /**
   * Writes every file into {@code staging} (an empty folder): a spilled file is moved there, not
   * copied, so the tree is empty of spilled files afterwards and must not be written again.
   */
  synchronized void writeTo(Path staging) throws IOException {
    for (Map.Entry<String, Object> f : files.entrySet()) {
      Path target = staging.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      if (f.getValue() instanceof Spilled s) {
        try {
          Files.move(s.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.copy(s.file(), target); // another file system: copied
        }
      } else {
        Files.write(target, (byte[]) f.getValue());
      }
    }
  }

  /** Removes the spill folder and what is left in it; the tree must not be used afterwards. */
  public void discard() {
    if (spill != null) {
      try {
        AtomicReplace.deleteTree(spill);
      } catch (IOException e) {
        // a leftover folder is emptied by the next build
      }
    }
  }

  public synchronized int size() {
    return files.size();
  }

  /** Total size in bytes. */
  public synchronized long bytes() {
    return bytes;
  }

  private static byte[] bytesOf(Object v) {
    if (v instanceof Spilled s) {
      try {
        return Files.readAllBytes(s.file());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back " + s.file(), e);
      }
    }
    return ((byte[]) v).clone();
  }

  static void checkPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")) {
      throw new IllegalArgumentException("bad output path: " + path);
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        throw new IllegalArgumentException("bad output path: " + path);
      }
    }
  }
}
