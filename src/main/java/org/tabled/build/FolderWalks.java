package org.tabled.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks of a content or output folder in which each committee's folder (nearly all of a large
 * archive) is walked as a task of its own, on every core; what the walks find is put together in
 * name order, so the result is the one a single walk gives.
 */
final class FolderWalks {

  private FolderWalks() {}

  /** A walk of one folder, putting what it finds into {@code into}, by name. */
  interface Walk<V> {
    void walk(Path dir, Map<String, V> into) throws IOException;
  }

  /**
   * Runs {@code walk} on each of {@code dirs}, on every core, putting all they find into {@code
   * into}.
   */
  static <V> void apart(List<Path> dirs, Walk<V> walk, Map<String, V> into) throws IOException {
    try {
      dirs.parallelStream()
          .map(
              dir -> {
                Map<String, V> part = new TreeMap<>();
                try {
                  walk.walk(dir, part);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                return part;
              })
          .toList()
          .forEach(into::putAll);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
