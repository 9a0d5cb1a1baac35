package org.tabled.load;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The {@linkplain FolderDigest digests of paper folders} of an earlier build, each beside the size,
 * modification time and file key of every file it was taken from, as {@link
 * org.tabled.build.InputDigest} remembers single files: a folder whose files all stat as they did
 * is not digested again. Digesting is the dearest part of reading a large archive (SHA-256 of every
 * byte of every paper), and the texts are read all the same; only their digest is remembered.
 *
 * <p>A remembered digest is used only if every file of the folder, the same files by the same
 * names, stats now as it did, both before its text was read and after the folder was read (so
 * nothing changed while it was read), and if every file's time lies well before the moment the
 * digest was remembered (a file changed in the same instant, "racily clean" in git's words, or with
 * a time in the future, is digested again). As with the build's other memory of file stats, the
 * only way to hide a change is to give a file back its old size and time on purpose. The memory
 * holds names, sizes, times and digests, never a word of the content.
 */
public final class FolderDigests {

  /** Files whose time is this close to when they were remembered are read again. */
  private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  /**
   * True if what was remembered of a file at {@code remembered} may stand for it, its time being
   * {@code modified} (both nanoseconds of the wall clock): it changed well before, not in the
   * instant it was remembered nor later ("racily clean" in git's words). The one rule of every
   * memory of file stats: the inputs' digests, the paper folders' and the preview's texts.
   */
  public static boolean settledBefore(long modified, long remembered) {
    return modified < remembered - RACY_NANOS;
  }

  private static final int MAGIC = 0x54464401; // "TFD", version 1

  /** Nothing remembered, nothing kept: every folder is digested. */
  public static final FolderDigests NONE = new FolderDigests(Map.of(), false);

  /** One file of a folder, as it stat'ed. */
  record Stat(long size, long modified, String key) {

    /** {@code file}'s stat, following links as reading does; null if it cannot be had. */
    static Stat of(Path file) {
      try {
        return of(Files.readAttributes(file, BasicFileAttributes.class));
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /**
     * The stat in {@code a}, a file's attributes with links followed (or its own, if it is no
     * link); null if it is not a regular file.
     */
    static Stat of(BasicFileAttributes a) {
      return a.isRegularFile()
          ? new Stat(
              a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()))
          : null;
    }
  }

  /** A folder's digest, the files it was taken from, and when it was remembered. */
  private record Entry(long rememberedAt, SortedMap<String, Stat> files, String digest) {}

  private final Map<String, Entry> known;
  private final boolean keep;
  private final Map<String, Entry> seen = new TreeMap<>();
  private final long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());

  private FolderDigests(Map<String, Entry> known, boolean keep) {
    this.known = known;
    this.keep = keep;
  }

  /**
   * The digests remembered in {@code bytes} (as {@link #bytes} wrote them; anything else, or
   * nothing, is no memory at all); what this build digests is remembered for the next.
   */
  public static FolderDigests from(byte[] bytes) {
    return new FolderDigests(read(bytes), true);
  }

  /**
   * The digest of folder {@code dir}, whose files are {@code files} (by name inside the folder, in
   * name order) and stat'ed {@code before} their texts were read (by path; null where a stat could
   * not be had): remembered if every file stats as then and as remembered; else {@code digest}
   * makes it, and it is remembered if nothing changed while the folder was read.
   */
  String digest(
      Path dir, SortedMap<String, Path> files, Map<Path, Stat> before, Supplier<String> digest) {
    if (this == NONE) {
      return digest.get();
    }
    SortedMap<String, Stat> stats = new TreeMap<>();
    boolean still = true;
    for (Map.Entry<String, Path> f : files.entrySet()) {
      Stat was = before.get(f.getValue());
      Stat is = Stat.of(f.getValue());
      if (was == null || !was.equals(is)) {
        still = false; // changed while read, or not to be stat'ed: digested, not remembered
        break;
      }
      stats.put(f.getKey(), is);
    }
    String folder = dir.toAbsolutePath().normalize().toString();
    Entry e = known.get(folder);
    if (still && e != null && e.files.equals(stats) && clean(e)) {
      remember(folder, e);
      return e.digest;
    }
    String made = digest.get();
    if (still) {
      remember(folder, new Entry(now, stats, made));
    }
    return made;
  }

  /** True if no file of {@code e} changed in the instant it was remembered, or later. */
  private static boolean clean(Entry e) {
    for (Stat s : e.files.values()) {
      if (!settledBefore(s.modified, e.rememberedAt)) {
        return false;
      }
    }
    return true;
  }

  private void remember(String folder, Entry e) {
    if (keep) {
      synchronized (seen) { // papers are read in parallel
        seen.put(folder, e);
      }
    }
  }

  /** What this build remembered, for the next: the folders it read, and no other. */
  public byte[] bytes() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      out.writeInt(MAGIC);
      List<Map.Entry<String, Entry>> all;
      synchronized (seen) {
        all = new ArrayList<>(seen.entrySet());
      }
      out.writeInt(all.size());
      for (Map.Entry<String, Entry> e : all) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().rememberedAt);
        out.writeUTF(e.getValue().digest);
        out.writeInt(e.getValue().files.size());
        for (Map.Entry<String, Stat> f : e.getValue().files.entrySet()) {
          out.writeUTF(f.getKey());
          out.writeLong(f.getValue().size);
          out.writeLong(f.getValue().modified);
          out.writeUTF(f.getValue().key);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e); // a byte array cannot fail to be written
    }
    return b.toByteArray();
  }

  private static Map<String, Entry> read(byte[] bytes) {
    Map<String, Entry> out = new HashMap<>();
    if (bytes == null) {
      return out;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        return Map.of();
      }
      for (int n = in.readInt(); n > 0; n--) {
        String folder = in.readUTF();
        long at = in.readLong();
        String digest = in.readUTF();
        SortedMap<String, Stat> files = new TreeMap<>();
        for (int k = in.readInt(); k > 0; k--) {
          files.put(in.readUTF(), new Stat(in.readLong(), in.readLong(), in.readUTF()));
        }
        out.put(folder, new Entry(at, files, Objects.requireNonNull(digest)));
      }
      if (in.read() != -1) {
        return Map.of(); // more than was written: not ours
      }
    } catch (IOException | RuntimeException e) {
      return Map.of(); // unreadable: every folder is digested
    }
    return out;
  }
}
