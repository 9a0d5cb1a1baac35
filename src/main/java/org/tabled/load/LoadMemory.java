package org.tabled.load;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the loads of one {@code tabled serve} session remember of each text file between its builds:
 * the text and what it was parsed into, beside the file's size, modification time and file key
 * (device and inode, links followed) as they were before it was read. A later load of the same file
 * that stats the same takes both and neither reads nor parses it again, so that a save to one paper
 * of a ten-year archive does not read 13,000 files.
 *
 * <p>Only a file that was read and parsed without a single problem is remembered (one with an error
 * or a warning is read again each time, and reports it each time), and only under the path it is
 * shown by. A file is still checked for what it really is on every load (a link, its real place, a
 * pipe) before anything remembered of it is used. As with the build's other memories of file stats,
 * a file whose time lies within two seconds of the load that read it, or after it ("racily clean"),
 * is read again; the only way to hide a change is to give a file back its old size and time on
 * purpose. Nothing is written anywhere: the memory ends with the process.
 */
public final class LoadMemory {

  /** Remembers nothing: every file is read. */
  public static final LoadMemory NONE = new LoadMemory(false);

  /** A file's text and parse, and the file as it stat'ed before it was read, at {@code loaded}. */
  record Kept(FolderDigests.Stat stat, long loaded, String text, Object parsed) {}

  private final boolean on;
  private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

  private LoadMemory(boolean on) {
    this.on = on;
  }

  /** A new, empty memory, for the builds of one preview. */
  public static LoadMemory create() {
    return new LoadMemory(true);
  }

  /** How many files are remembered. */
  public int size() {
    return kept.size();
  }

  /**
   * What was remembered of the file shown as {@code display}, if it stats now ({@code now}, its
   * attributes with links followed) as it did before it was read, and not racily.
   */
  Optional<Kept> find(String display, BasicFileAttributes now) {
    if (!on || now == null) {
      return Optional.empty();
    }
    Kept k = kept.get(display);
    FolderDigests.Stat is = FolderDigests.Stat.of(now);
    if (k == null
        || is == null
        || !k.stat().equals(is)
        || !FolderDigests.settledBefore(is.modified(), k.loaded())) {
      return Optional.empty();
    }
    return Optional.of(k);
  }

  /**
   * Remembers {@code text} and {@code parsed} for the file shown as {@code display}, which stat'ed
   * as {@code before} before it was read by the load begun at {@code loaded} (nanoseconds of the
   * wall clock); nothing if it could not be stat'ed.
   */
  void remember(
      String display, FolderDigests.Stat before, long loaded, String text, Object parsed) {
    if (on && before != null) {
      kept.put(display, new Kept(before, loaded, text, parsed));
    }
  }

  /** Forgets every file not shown as one of {@code read}: those the last load did not read. */
  void retain(Set<String> read) {
    if (on) {
      kept.keySet().retainAll(read);
    }
  }
}
