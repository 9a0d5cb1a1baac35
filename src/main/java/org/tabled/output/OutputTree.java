package org.tabled.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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
 *
 * <p>Most of a rebuild's files are those of the build before, byte for byte (an edit changes a few
 * pages and PDFs of thousands). Given the output folder as the last build left it, such a tree
 * compares each file with the file at the same path there, and one that is the same, byte for byte,
 * is not written again: the new output links to it (a hard link, so the old folder can be removed
 * as before), and it keeps its modification time, so that a copy of the site to a web server sends
 * only what changed. Only a plain file of the old output, held by that one link and reached through
 * no other link, is linked; anything else is written as usual.
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

  /**
   * A file the previous output holds, byte for byte, as it was when compared: linked into place.
   */
  private record Unchanged(Path file, int length, Object key, FileTime modified) {}

  private final Map<String, Object> files = new TreeMap<>(); // byte[], Spilled or Unchanged
  private final Path spill;
  private final Path previous; // the real path of the last build's output folder, or null
  private final Map<Path, Boolean> plainFolders = new ConcurrentHashMap<>();
  private long bytes;
  private int spilled;

  /** A tree held in memory. */
  public OutputTree() {
    this.spill = null;
    this.previous = null;
  }

  private OutputTree(Path spill, Path previous) {
    this.spill = spill;
    this.previous = previous;
  }

  /**
   * A tree that writes large files to {@code dir} as they are added: {@code dir} is emptied (it is
   * the build's own, e.g. a leftover of a killed build) and made.
   */
  public static OutputTree spillingTo(Path dir) throws IOException {
    return spillingTo(dir, Optional.empty());
  }

  /**
   * {@link #spillingTo(Path)}, linking the files that {@code previous} (the output folder of the
   * last build, for the same audience) already holds, byte for byte, instead of writing them.
   */
  public static OutputTree spillingTo(Path dir, Optional<Path> previous) throws IOException {
    AtomicReplace.deleteTree(dir);
    Files.createDirectories(dir);
    Path before = null;
    if (previous.isPresent()
        && Files.isDirectory(previous.get(), LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(previous.get())) {
      before = previous.get().toRealPath();
    }
    return new OutputTree(dir.toAbsolutePath().normalize(), before);
  }

  /** Adds a file; {@code path} is relative, with forward slashes and no {@code ..}. */
  public void put(String path, byte[] bytes) {
    checkPath(path);
    Object value;
    Optional<Unchanged> same = spill != null ? unchanged(path, bytes) : Optional.empty();
    if (same.isPresent()) {
      value = same.get();
    } else if (spill != null && bytes.length >= SPILL_AT) {
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

  /**
   * The previous output's file at {@code path}, if it holds {@code bytes}: a plain file, with one
   * link, in folders that are not links, whose bytes are these. Anything unusual is simply written.
   */
  private Optional<Unchanged> unchanged(String path, byte[] bytes) {
    if (previous == null) {
      return Optional.empty();
    }
    Path old = previous.resolve(path);
    try {
      BasicFileAttributes a =
          Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()
          || a.size() != bytes.length
          || !plainFolder(old.getParent())
          || !Objects.equals(Files.getAttribute(old, "unix:nlink", LinkOption.NOFOLLOW_LINKS), 1)) {
        return Optional.empty();
      }
      if (!holds(old, bytes)) {
        return Optional.empty();
      }
      return Optional.of(new Unchanged(old, bytes.length, a.fileKey(), a.lastModifiedTime()));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty(); // absent, unreadable, or no link count here: written
    }
  }

  /**
   * A file of an output folder as a build left it: its path in the folder, size, file key (device
   * and inode) and modification time in nanoseconds. Two stamps are equal only if it is the same
   * file, unwritten since: a later build takes such a file as it is, unread ({@link #putSeen}).
   */
  public record Stamp(String path, long size, String key, long modified) {

    /** {@code stamps} as bytes, for a record in the build cache. */
    public static byte[] encode(List<Stamp> stamps) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(STAMPS);
        out.writeInt(stamps.size());
        for (Stamp s : stamps) {
          out.writeUTF(s.path());
          out.writeLong(s.size());
          out.writeUTF(s.key());
          out.writeLong(s.modified());
        }
      } catch (IOException x) {
        throw new IllegalStateException(x); // in memory: never
      }
      return bytes.toByteArray();
    }

    /** What {@link #encode} wrote; an exception for anything else. */
    public static List<Stamp> decode(byte[] bytes) throws IOException {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        if (in.readInt() != STAMPS) {
          throw new IOException("not a list of stamps");
        }
        List<Stamp> stamps = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
          String path = in.readUTF();
          long size = in.readLong();
          String key = in.readUTF();
          stamps.add(new Stamp(path, size, key, in.readLong()));
        }
        if (in.read() >= 0) {
          throw new IOException("longer than a list of stamps");
        }
        return stamps;
      }
    }
  }

  private static final int STAMPS = 0x54535401; // "TST", version 1

  /**
   * The stamp of the file at {@code path} in {@code folder} (an output folder just written), if it
   * is a plain file; empty for anything else, which is then never taken unread. (The previous
   * output's removal may still hold a second link to it: whether it has one link is asked when it
   * is taken, {@link #putSeen}.)
   */
  public static Optional<Stamp> stamp(Path folder, String path) {
    checkPath(path);
    try {
      Path file = folder.resolve(path);
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile() || a.fileKey() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Stamp(
              path,
              a.size(),
              a.fileKey().toString(),
              a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Adds every file of {@code seen} as the previous output holds it, unread and linked into place,
   * if each is there with the same stamp (the same file, not written since it was stamped) in
   * folders reached through no link; adds nothing and returns false if one is not. A file of the
   * previous output can change only by being written, which changes its modification time, or by
   * being replaced, which changes its key: so the stamp stands for the bytes, as the no-change
   * check takes the output folder's listing to. A path already added makes it add nothing too.
   */
  public boolean putSeen(List<Stamp> seen) {
    if (previous == null) {
      return false;
    }
    List<Map.Entry<String, Unchanged>> found = new ArrayList<>(seen.size());
    for (Stamp s : seen) {
      checkPath(s.path());
      Path old = previous.resolve(s.path());
      try {
        BasicFileAttributes a =
            Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()
            || a.size() != s.size()
            || a.fileKey() == null
            || !a.fileKey().toString().equals(s.key())
            || a.lastModifiedTime().to(TimeUnit.NANOSECONDS) != s.modified()
            || s.size() > Integer.MAX_VALUE
            || !plainFolder(old.getParent())
            || !Objects.equals(
                Files.getAttribute(old, "unix:nlink", LinkOption.NOFOLLOW_LINKS), 1)) {
          return false;
        }
        found.add(
            Map.entry(
                s.path(), new Unchanged(old, (int) s.size(), a.fileKey(), a.lastModifiedTime())));
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        return false;
      }
    }
    synchronized (this) {
      for (Map.Entry<String, Unchanged> f : found) {
        if (files.containsKey(f.getKey())) {
          return false; // added by another stage meanwhile: the caller makes its files as usual
        }
      }
      for (Map.Entry<String, Unchanged> f : found) {
        files.put(f.getKey(), f.getValue());
        bytes += f.getValue().length();
      }
    }
    return true;
  }

  /** Read in pieces of this size to be compared, so that no file's bytes are held in memory. */
  private static final int PIECE = 64 * 1024;

  private static final ThreadLocal<ByteBuffer> PIECES =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(PIECE));

  /**
   * Whether {@code file} holds exactly {@code bytes}: read a piece at a time into a buffer of the
   * thread's, so that comparing the previous output's 40,000 files with the new ones allocates
   * nothing (it allocated a copy of each, half a gigabyte of PDFs in an archive's edit).
   */
  static boolean holds(Path file, byte[] bytes) throws IOException {
    ByteBuffer piece = PIECES.get();
    try (FileChannel in =
        FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      int at = 0;
      while (true) {
        piece.clear();
        int n = in.read(piece);
        if (n < 0) {
          return at == bytes.length;
        }
        if (n > bytes.length - at || !Arrays.equals(piece.array(), 0, n, bytes, at, at + n)) {
          return false; // longer than the new file, or different
        }
        at += n;
      }
    }
  }

  /**
   * Whether {@code folder}, inside the previous output, is reached through no link: its parent is,
   * and it is a folder itself, not a link to one (one {@code lstat}, where its real path would look
   * at every folder above it again, for each of the site's ten thousand folders). The previous
   * output is its own real path ({@link #spillingTo}).
   */
  private boolean plainFolder(Path folder) {
    Boolean known = plainFolders.get(folder);
    if (known == null) {
      known = plain(folder);
      plainFolders.put(folder, known);
    }
    return known;
  }

  private boolean plain(Path f) {
    if (f.equals(previous)) {
      return true;
    }
    Path parent = f.getParent();
    if (parent == null || !f.startsWith(previous) || !parent.startsWith(previous)) {
      try {
        return f.toRealPath().equals(f);
      } catch (IOException e) {
        return false;
      }
    }
    try {
      return plainFolder(parent)
          && Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .isDirectory();
    } catch (IOException e) {
      return false;
    }
  }

  /** How many files were found unchanged in the previous output, to be linked, not written. */
  public synchronized int unchanged() {
    return (int) files.values().stream().filter(Unchanged.class::isInstance).count();
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
    inRuns(run -> write(staging, run));
  }

  /** What is done with a run of the files. */
  private interface RunWork {
    void accept(List<Map.Entry<String, Object>> run) throws IOException;
  }

  /**
   * Does {@code work} on every core: the files in path order, cut into as many runs, each making
   * its own folders; throws what a run threw.
   */
  private void inRuns(RunWork work) throws IOException {
    List<Map.Entry<String, Object>> all = new ArrayList<>(files.entrySet());
    int runs = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    try {
      IntStream.range(0, runs)
          .parallel()
          .forEach(
              r -> {
                try {
                  work.accept(all.subList(all.size() * r / runs, all.size() * (r + 1) / runs));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Throws unless the file of {@code u} is still as it was when found unchanged. */
  private static void stillUnchanged(Unchanged u, String then) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(u.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()
        || a.size() != u.length()
        || !Objects.equals(a.fileKey(), u.key())
        || !a.lastModifiedTime().equals(u.modified())) {
      throw new IOException(u.file() + " changed while the build ran; " + then);
    }
  }

  /**
   * Brings {@code out}, the real path of an output folder this tree's previous output may be, to
   * hold exactly this tree's files and the marker ({@link AtomicReplace#update}): first everything
   * else in it is removed, links and anything that is not a plain file or folder included, so that
   * nothing is then written through a link; then each file the folder does not already hold is
   * written beside its place and renamed over it. A file found unchanged there is left as it is, if
   * it still is (else nothing more is written and this throws). Spilled files are moved, so the
   * tree must not be written again.
   */
  synchronized void updateIn(Path out) throws IOException {
    removeAllBut(out, files.keySet());
    inRuns(run -> update(out, run));
  }

  /**
   * Removes from {@code out} every entry that is not a plain file at one of {@code keep}'s paths
   * (or the marker), or a plain folder on the way to one; links are removed, never followed.
   */
  private static void removeAllBut(Path out, Set<String> keep) throws IOException {
    Deque<int[]> kept = new ArrayDeque<>(); // for each open folder, how many entries it keeps
    Files.walkFileTree(
        out,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a)
              throws IOException {
            if (!dir.equals(out) && keep.contains(relative(out, dir))) {
              AtomicReplace.deleteTree(dir); // a folder where a file is to be
              return FileVisitResult.SKIP_SUBTREE;
            }
            kept.push(new int[1]);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            String rel = relative(out, f);
            // a link is no regular file here: its own attributes, not its target's
            boolean wanted =
                a.isRegularFile() && (keep.contains(rel) || rel.equals(AtomicReplace.MARKER));
            if (wanted) {
              kept.peek()[0]++;
            } else {
              Files.delete(f); // a link, a file no longer made, or anything else
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            int left = kept.pop()[0];
            if (dir.equals(out)) {
              return FileVisitResult.CONTINUE;
            }
            if (left == 0) {
              Files.delete(dir);
            } else {
              kept.peek()[0]++;
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static String relative(Path out, Path p) {
    return out.relativize(p).toString().replace('\\', '/');
  }

  /**
   * Brings {@code run}, some of the files, up to date in {@code out}, from which everything else
   * has been removed ({@link #removeAllBut}).
   */
  private static void update(Path out, List<Map.Entry<String, Object>> run) throws IOException {
    Set<Path> made = new HashSet<>();
    for (Map.Entry<String, Object> f : run) {
      Path target = out.resolve(f.getKey());
      if (f.getValue() instanceof Unchanged u && u.file().equals(target)) {
        stillUnchanged(u, "the preview is part written, build again");
        continue; // there already
      }
      if (made.add(target.getParent())) {
        Files.createDirectories(target.getParent()); // another run may make it too: no matter
      }
      if (f.getValue() instanceof Spilled s) {
        try {
          Files.move(
              s.file(),
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          continue;
        } catch (IOException e) {
          // another file system: copied beside its place and renamed, below
        }
      }
      // written beside its place (no other build writes here: OutputLock), then renamed over it
      Path next = target.resolveSibling("." + target.getFileName() + ".tabled-new");
      Files.deleteIfExists(next);
      try {
        if (f.getValue() instanceof byte[] b) {
          Files.write(next, b, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } else {
          Path from =
              f.getValue() instanceof Spilled s ? s.file() : ((Unchanged) f.getValue()).file();
          Files.copy(from, next, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(
            next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(next);
      }
    }
  }

  /** Writes {@code run}, some of the files, into {@code staging}. */
  private static void write(Path staging, List<Map.Entry<String, Object>> run) throws IOException {
    Set<Path> made = new HashSet<>(); // each folder made once, not asked for again for each file
    for (Map.Entry<String, Object> f : run) {
      Path target = staging.resolve(f.getKey());
      if (made.add(target.getParent())) {
        Files.createDirectories(target.getParent()); // another run may make it too: no matter
      }
      if (f.getValue() instanceof Spilled s) {
        try {
          Files.move(s.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.copy(s.file(), target); // another file system: copied
        }
      } else if (f.getValue() instanceof Unchanged u) {
        stillUnchanged(u, "nothing was written, build again");
        try {
          Files.createLink(target, u.file());
        } catch (IOException | UnsupportedOperationException e) {
          Files.copy(u.file(), target); // no hard links here: copied
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
    Path file = v instanceof Spilled s ? s.file() : v instanceof Unchanged u ? u.file() : null;
    if (file != null) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back " + file, e);
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
