package org.tabled.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.tabled.load.FolderDigests;
import org.tabled.output.AtomicFile;

/**
 * One digest of every file a build reads: the content folder, the templates folder and Tabled's own
 * code, each file by its path and its bytes. Two builds whose inputs have the same digest (and the
 * same options) make the same output, so the second need not run.
 *
 * <p>Reading every byte of a ten-year archive on every build would cost more than the check saves,
 * so the digest of each file is remembered beside its size, modification time and file key (as
 * git's index does), and a file whose three are unchanged is not read again. A file changed in the
 * same instant as the remembered state was written ("racily clean", in git's words) is always read
 * again, and a file with a time in the future too; so the only way to hide a change is to give a
 * file back its old size and modification time on purpose, which nothing an author does will do.
 *
 * <p>Folders are walked through links, in name order; folders named {@code .git} are left out
 * (never content). A FIFO, device or socket is named in the digest but never opened. Any failure to
 * read makes the digest unknown, and the build simply runs.
 */
final class InputDigest {

  /** A remembered file: its stat and digest. */
  private record Known(long size, long modified, String key, String sha) {}

  private final Path statFile;
  private final boolean save;
  private final Map<String, Known> known = new HashMap<>();
  private final Map<String, Known> seen = new TreeMap<>();
  private long rememberedAt = Long.MIN_VALUE;
  private int read;

  /** The thread reading the memory of stats, until it has been waited for. */
  private Thread loaded;

  private InputDigest(Path statFile, boolean save) {
    this.statFile = statFile;
    this.save = save;
  }

  /**
   * The digest of {@code roots} (name, folder or file), remembering stats in {@code statFile};
   * empty when a file cannot be read.
   */
  static Optional<String> of(Map<String, Path> roots, Path statFile) {
    return digests(roots, statFile).map(Digests::all);
  }

  /**
   * The digest of all the roots, and of each root on its own.
   *
   * @param all the digest of every root, by name
   * @param roots each root's digest, by name
   * @param files for each root, what its digest was made from: each file's digest (or "directory",
   *     "special") by its path relative to the root, with forward slashes
   */
  record Digests(String all, Map<String, String> roots, Map<String, Map<String, String>> files) {}

  /**
   * The digests of {@code roots}, remembering stats in {@code statFile} (none if null); empty when
   * a file cannot be read.
   */
  static Optional<Digests> digests(Map<String, Path> roots, Path statFile) {
    return digests(roots, statFile, true);
  }

  /**
   * {@link #digests(Map, Path)}, reading the stat memory {@code statFile} but writing it back only
   * if {@code save} ({@code check} writes nothing).
   */
  static Optional<Digests> digests(Map<String, Path> roots, Path statFile, boolean save) {
    InputDigest d = new InputDigest(statFile, save);
    // the memory of stats is read while the folders are walked; it is needed only after
    Thread loading = new Thread(d::loadKnown, "tabled-stat-memory");
    loading.setDaemon(true);
    loading.start();
    d.loaded = loading;
    MessageDigest sha = sha256();
    Map<String, String> each = new TreeMap<>();
    Map<String, Map<String, String>> files = new TreeMap<>();
    try {
      for (Map.Entry<String, Path> root : new TreeMap<>(roots).entrySet()) {
        MessageDigest one = sha256();
        Map<String, String> listed = new TreeMap<>();
        d.walk(root.getValue(), one, listed);
        String digest = HexFormat.of().formatHex(one.digest());
        each.put(root.getKey(), digest);
        files.put(root.getKey(), Collections.unmodifiableMap(listed));
        update(sha, "root " + root.getKey());
        update(sha, digest);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    d.awaitKnown();
    d.saveKnown();
    return Optional.of(
        new Digests(
            HexFormat.of().formatHex(sha.digest()),
            Map.copyOf(each),
            Collections.unmodifiableMap(files)));
  }

  /**
   * Digests the files under {@code root} into {@code sha}, listing each file's in {@code listed}.
   */
  private void walk(Path root, MessageDigest sha, Map<String, String> listed) throws IOException {
    if (!Files.exists(root)) {
      update(sha, "absent");
      return;
    }
    Path base = root.toAbsolutePath().normalize();
    TreeMap<String, Object[]> entries = new TreeMap<>();
    // each committee's folder, nearly all of a large archive, is walked as a task of its own
    List<Path> apart = new ArrayList<>();
    collect(base, base, entries, base.resolve("committees"), apart);
    FolderWalks.apart(apart, (dir, part) -> collect(base, dir, part, null, null), entries);
    awaitKnown();
    for (Map.Entry<String, Object[]> e : entries.entrySet()) {
      Path file = (Path) e.getValue()[0];
      BasicFileAttributes a = (BasicFileAttributes) e.getValue()[1];
      update(sha, e.getKey());
      String digest =
          a.isRegularFile()
              ? digestOf(file, a)
              : a.isDirectory() ? "directory" : "special"; // never opened
      update(sha, digest);
      listed.put(e.getKey(), digest);
    }
  }

  /**
   * Puts every file under {@code start} (through links, {@code .git} folders left out) into {@code
   * entries} with its attributes, by its path relative to {@code base}; the folders directly inside
   * {@code parent} (if not null) are not entered but added to {@code apart}, to be walked on their
   * own. A link loop fails the walk, as an unreadable file does.
   */
  private static void collect(
      Path base, Path start, Map<String, Object[]> entries, Path parent, List<Path> apart)
      throws IOException {
    Files.walkFileTree(
        start,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            Path name = dir.getFileName();
            if (name != null && name.toString().equals(".git") && !dir.equals(base)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (parent != null && parent.equals(dir.getParent())) {
              apart.add(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            entries.put(rel(base, file), new Object[] {file, a});
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            throw e; // unreadable, or a link loop: the loader reports it; no digest, the build runs
          }
        });
  }

  /** Waits until the memory of stats is read (see {@link #digests}). */
  private void awaitKnown() {
    Thread t = loaded;
    if (t == null) {
      return;
    }
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    loaded = null;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private String digestOf(Path file, BasicFileAttributes a) throws IOException {
    String path = file.toString();
    long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    String key = String.valueOf(a.fileKey());
    Known k = known.get(path);
    if (k != null
        && k.size == a.size()
        && k.modified == modified
        && k.key.equals(key)
        && FolderDigests.settledBefore(modified, rememberedAt)) {
      seen.put(path, k);
      return k.sha;
    }
    MessageDigest sha = sha256();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        sha.update(buf, 0, n);
      }
    }
    read++;
    Known now = new Known(a.size(), modified, key, HexFormat.of().formatHex(sha.digest()));
    seen.put(path, now);
    return now.sha;
  }

  /** How many files were read whole (the others' digests were remembered). */
  int filesRead() {
    return read;
  }

  private void loadKnown() {
    if (statFile == null) {
      return;
    }
    try {
      List<String> lines = Files.readAllLines(statFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).startsWith("tabled-stat-1 ")) {
        return;
      }
      rememberedAt = Long.parseLong(lines.get(0).substring("tabled-stat-1 ".length()));
      for (String line : lines.subList(1, lines.size())) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        int c = line.indexOf('\t', b + 1);
        int e = line.indexOf('\t', c + 1);
        if (a > 0 && b > a && c > b && e > c) {
          known.put(
              line.substring(e + 1),
              new Known(
                  Long.parseLong(line, 0, a, 10),
                  Long.parseLong(line, a + 1, b, 10),
                  line.substring(b + 1, c),
                  line.substring(c + 1, e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      known.clear(); // unreadable: every file is read
      rememberedAt = Long.MIN_VALUE;
    }
  }

  private void saveKnown() {
    if (statFile == null || !save) {
      return;
    }
    if (read == 0 && seen.size() == known.size() && seen.keySet().equals(known.keySet())) {
      return; // every file as remembered, and no other: the memory stands as it is
    }
    try {
      StringBuilder w = new StringBuilder();
      w.append("tabled-stat-1 ")
          .append(TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()))
          .append('\n');
      for (Map.Entry<String, Known> e : seen.entrySet()) {
        if (e.getKey().indexOf('\n') >= 0 || e.getKey().indexOf('\r') >= 0) {
          continue; // a name with a line break is simply read again next time
        }
        Known k = e.getValue();
        w.append(k.size + "\t" + k.modified + "\t" + k.key + "\t" + k.sha + "\t" + e.getKey())
            .append('\n');
      }
      AtomicFile.write(statFile, w.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // only slower next time
    }
  }

  private static String rel(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  static void update(MessageDigest sha, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
    sha.update(b);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
