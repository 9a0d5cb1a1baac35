package org.tabled.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.output.AtomicFile;
import org.tabled.publish.Audience;
import org.tabled.source.SourcePos;

/**
 * The no-change fast path of {@code tabled build}: a build whose inputs and options are those of
 * the last successful build, into an output folder nobody has touched since, has nothing to do.
 *
 * <p>After a successful public build with a cache, a stamp is written in the cache folder: the
 * digest of everything the build read ({@link InputDigest}: the content, the templates, Tabled's
 * code) and of its options (the day it published for, the folders, the audience), the warnings it
 * printed, and the name, size and modification time of every file of the output folder. The next
 * build computes the same digest first; if it and the output folder's listing are unchanged, it
 * prints the same warnings and stops, without loading the content. Anything else (a changed byte,
 * another day, a file added to or removed from the output, a damaged stamp) runs the whole build.
 *
 * <p>The day is part of the key because pages print it ("as of 30 November"): the first build of
 * each day always runs.
 */
final class UpToDate {

  private static final String MAGIC = "tabled-up-to-date-1";

  /** The stamp's file, and the stat memory of {@link InputDigest}, in the cache folder. */
  private static Path stampFile(Path cache) {
    return cache.resolve("up-to-date");
  }

  static Path statFile(Path cache) {
    return cache.resolve("inputs.stat");
  }

  private UpToDate() {}

  /**
   * What a build reads, digested.
   *
   * @param digest the digest of everything it reads and of its options: the no-change check's key
   * @param content the digest of each file of the content folder, by its path relative to the
   *     folder ({@link InputDigest.Digests#files})
   */
  record Inputs(String digest, Map<String, String> content) {}

  /**
   * The digest of what a build with options {@code o} reads, or empty when the fast path does not
   * apply (no cache, a confidential or check-only build, an unreadable file).
   */
  static Optional<Inputs> inputs(BuildOptions o) {
    if (o.checkOnly() || o.cache().isEmpty() || o.audience() != Audience.PUBLIC) {
      return Optional.empty();
    }
    Map<String, Path> roots = new LinkedHashMap<>();
    roots.put("content", o.contentDir());
    roots.put("templates", o.templatesDir());
    Optional<Path> code = CacheEnvironment.codeLocation();
    if (code.isEmpty()) {
      return Optional.empty();
    }
    roots.put(CacheEnvironment.CODE, code.get());
    String options =
        String.join(
            "\n",
            MAGIC,
            "java " + System.getProperty("java.version", ""),
            "content " + absolute(o.contentDir()),
            "templates " + absolute(o.templatesDir()),
            "out " + absolute(o.outDir()),
            "display " + absolute(o.displayBase()),
            "audience " + o.audience(),
            "as-of " + o.asOf(),
            "pdf " + o.pdf(),
            "record " + o.record());
    return InputDigest.digests(roots, statFile(o.cache().get()))
        .map(
            files -> {
              CacheEnvironment.remember(files); // the cache keys need the code's digest too
              MessageDigest sha = InputDigest.sha256();
              InputDigest.update(sha, options);
              InputDigest.update(sha, files.all());
              return new Inputs(
                  HexFormat.of().formatHex(sha.digest()), files.files().get("content"));
            });
  }

  /**
   * The result of the last build, replayed, if {@code inputs} are the ones it was made from and the
   * output folder is as it left it.
   */
  static Optional<BuildResult> replay(BuildOptions o, String inputs) {
    Path stamp = stampFile(o.cache().orElseThrow());
    try {
      List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
      if (lines.size() < 6
          || !lines.get(0).equals(MAGIC)
          || !lines.get(1).equals("inputs " + inputs)) {
        return Optional.empty();
      }
      int files = Integer.parseInt(field(lines.get(2), "files"));
      long bytes = Long.parseLong(field(lines.get(3), "bytes"));
      String next = field(lines.get(4), "next");
      Optional<LocalDate> nextChange =
          next.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(next));
      Diagnostics d = new Diagnostics();
      List<String> listing = new ArrayList<>();
      for (String line : lines.subList(5, lines.size())) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "warning" -> {
            if (f.length != 6) {
              return Optional.empty();
            }
            d.add(
                new Diagnostic(
                    new SourcePos(unescape(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])),
                    Diagnostic.Severity.WARNING,
                    unescape(f[4]),
                    unescape(f[5])));
          }
          case "out" -> listing.add(line);
          default -> {
            return Optional.empty();
          }
        }
      }
      if (!listing.equals(listing(o.outDir()))) {
        return Optional.empty(); // the output was changed or removed since
      }
      return Optional.of(
          new BuildResult(
              true,
              d,
              files,
              bytes,
              nextChange,
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of(),
              List.of(),
              false,
              true));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no stamp, or a damaged one: the build runs
    }
  }

  /**
   * Records that the successful build {@code r}, which read {@code inputs}, wrote the output folder
   * as it is now.
   */
  static void record(BuildOptions o, String inputs, BuildResult r) {
    Path cache = o.cache().orElseThrow();
    try {
      StringBuilder w = new StringBuilder();
      w.append(MAGIC + "\n");
      w.append("inputs " + inputs + "\n");
      w.append("files " + r.files() + "\n");
      w.append("bytes " + r.bytes() + "\n");
      w.append("next " + r.nextChange().map(LocalDate::toString).orElse("-") + "\n");
      for (Diagnostic x : r.diagnostics().all()) {
        if (x.severity() == Diagnostic.Severity.WARNING) {
          w.append(
              String.join(
                      "\t",
                      "warning",
                      escape(x.pos().path()),
                      String.valueOf(x.pos().line()),
                      String.valueOf(x.pos().column()),
                      escape(x.message()),
                      escape(x.hint()))
                  + "\n");
        }
      }
      for (String line : listing(o.outDir())) {
        w.append(line + "\n");
      }
      AtomicFile.write(stampFile(cache), w.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      forget(o); // the next build simply runs
    }
  }

  /** Removes the stamp, so that the next build runs whole. */
  static void forget(BuildOptions o) {
    o.cache()
        .ifPresent(
            c -> {
              try {
                Files.deleteIfExists(stampFile(c));
              } catch (IOException e) {
                // a stamp that cannot be removed still names other inputs than the next build's
              }
            });
  }

  /**
   * Every file and folder of the output folder with its size and time, in order of its path's name.
   * One walk, each entry's attributes as the walk read them (never following a link); each
   * committee's folder, which holds nearly all of a large site, walked as a task of its own, on
   * every core.
   */
  private static List<String> listing(Path out) throws IOException {
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("no output folder");
    }
    TreeMap<String, String> lines = new TreeMap<>();
    List<Path> apart = new ArrayList<>();
    walk(out, out, lines, out.resolve("committees"), apart);
    FolderWalks.apart(apart, (dir, part) -> walk(out, dir, part, null, null), lines);
    return new ArrayList<>(lines.values());
  }

  /**
   * Puts the line of every file and folder under {@code start} into {@code lines}, by its name
   * relative to {@code out}; the folders directly inside {@code parent} (if not null) are listed
   * but not entered, and are added to {@code apart} to be walked on their own.
   */
  private static void walk(
      Path out, Path start, Map<String, String> lines, Path parent, List<Path> apart)
      throws IOException {
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            lines.put(name(dir), line("d", 0, 0, dir));
            if (parent != null && parent.equals(dir.getParent())) {
              apart.add(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            lines.put(
                name(file),
                a.isRegularFile()
                    ? line("f", a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), file)
                    : line(a.isDirectory() ? "d" : "x", 0, 0, file));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            throw e;
          }

          private String name(Path p) {
            return out.relativize(p).toString();
          }

          private String line(String kind, long size, long time, Path p) {
            return "out\t" + kind + "\t" + size + "\t" + time + "\t" + escape(name(p));
          }
        });
  }

  private static String field(String line, String name) {
    if (!line.startsWith(name + " ")) {
      throw new IllegalArgumentException("expected " + name);
    }
    return line.substring(name.length() + 1);
  }

  private static String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
