package org.tabled.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a build will write, held in memory as relative path to bytes until the whole build has
 * succeeded. Paths are kept sorted, so files are always written in the same order.
 *
 * <p>Renderers add files here and never touch the disk; {@link AtomicReplace} writes the tree.
 * Adding the same path twice is a programmer error: two renderers must not compete for a file.
 * Thread-safe, so renderers may run in parallel.
 */
public final class OutputTree {

  private final Map<String, byte[]> files = new TreeMap<>();

  /** Adds a file; {@code path} is relative, with forward slashes and no {@code ..}. */
  public synchronized void put(String path, byte[] bytes) {
    checkPath(path);
    if (files.putIfAbsent(path, bytes.clone()) != null) {
      throw new IllegalStateException("two outputs for the same file: " + path);
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
  public synchronized byte[] get(String path) {
    byte[] b = files.get(path);
    return b == null ? null : b.clone();
  }

  /** A sorted, read-only view of every file. */
  public synchronized Map<String, byte[]> files() {
    return Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public synchronized int size() {
    return files.size();
  }

  /** Total size in bytes. */
  public synchronized long bytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
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
