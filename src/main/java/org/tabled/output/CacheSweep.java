package org.tabled.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Removes from a {@link BuildCache} the entries no build has used for {@link #UNUSED_FOR}, so that
 * a cache kept for months holds what today's content and its recent versions need, not every PDF
 * every edit ever made. An entry's modification time says when a build last used it ({@link
 * BuildCache}); the sweep runs at most once every {@link #EVERY}, at the end of a build that wrote
 * its output, and remembers when in the file {@value #MARK} of the cache folder.
 *
 * <p>It sweeps only a folder that is Tabled's cache by its tag: a {@value #TAG} file (the <a
 * href="https://bford.info/cachedir/">cache directory tag</a>, which also tells backup tools to
 * leave the folder out), written by {@link #tag} in a folder Tabled made or found empty, or named
 * {@code .tabled-cache} as Tabled names its caches; never in a folder given with {@code --cache}
 * that held something else (a mistyped {@code --cache} must not cost anyone their files). In that
 * folder it removes only what it recognises: a regular file named and placed as {@link
 * BuildCache#file} keeps an entry (62 hexadecimal digits in a folder named by the first two), and
 * the temporary file of an entry's write cut short, a day old. It follows no link inside the cache
 * folder (the folder itself may be reached through one, as the build reaches it), and leaves
 * everything else in the cache folder (the no-change stamp, the digests of files) as it is. A
 * removed entry is only made again if a build asks for it; every failure here only leaves an entry
 * in place.
 */
public final class CacheSweep {

  /** How long an entry may go unused before it is removed. */
  public static final Duration UNUSED_FOR = Duration.ofDays(7);

  /** How long after a sweep the next one is due. */
  static final Duration EVERY = Duration.ofDays(1);

  /** How old a temporary file is before it is taken for a write cut short. */
  private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

  static final String MARK = "swept";

  /** The cache directory tag's file name. */
  static final String TAG = "CACHEDIR.TAG";

  private static final String SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55";

  /** The folder name Tabled gives its caches ({@code BuildCommand#cacheDir}). */
  private static final String NAME = ".tabled-cache";

  private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{2}");

  /** The temporary file {@link AtomicFile#write} makes for an entry: ".NAME.RANDOM.tmp". */
  private static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]{62}\\.[0-9]+\\.tmp");

  /**
   * How long one sweep may go on: what it has not reached by then, the next build's sweep does (a
   * cache whose every entry has gone unused, after an upgrade of Tabled for example, holds tens of
   * thousands of entries, and a file system removes a few thousand a second).
   */
  static final Duration BUDGET = Duration.ofSeconds(1);

  /**
   * What a sweep removed.
   *
   * @param entries the entries removed
   * @param bytes their size and that of the temporary files removed
   * @param finished whether it went through the whole cache within its {@link #BUDGET}
   */
  public record Swept(int entries, long bytes, boolean finished) {
    static final Swept NOTHING = new Swept(0, 0, true);
  }

  private CacheSweep() {}

  /**
   * Whether the folder {@code dir} is Tabled's to sweep, asked before a build writes anything
   * there: it does not exist yet, is an empty folder, is named {@value #NAME}, or is already
   * tagged.
   */
  public static boolean ours(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try {
      Path real = dir.toRealPath();
      if (!Files.isDirectory(real)) {
        return false;
      }
      if (tagged(real)
          || NAME.equals(real.getFileName() == null ? "" : real.getFileName().toString())
          || NAME.equals(String.valueOf(dir.toAbsolutePath().normalize().getFileName()))) {
        return true;
      }
      try (DirectoryStream<Path> in = Files.newDirectoryStream(real)) {
        return !in.iterator().hasNext();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Writes the cache directory tag in the folder {@code dir} if it has none: only for a folder that
   * {@link #ours} said was Tabled's before the build.
   */
  public static void tag(Path dir) {
    try {
      Path real = dir.toRealPath();
      if (!tagged(real) && Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
        AtomicFile.write(
            real.resolve(TAG),
            (SIGNATURE
                    + "\n# This file is a cache directory tag created by Tabled, whose build"
                    + " cache this folder is.\n# For information about cache directory tags, see"
                    + " https://bford.info/cachedir/\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException | RuntimeException e) {
      // not tagged: not swept
    }
  }

  /** Whether the folder {@code real} holds a cache directory tag: a regular file, signed. */
  private static boolean tagged(Path real) {
    Path tag = real.resolve(TAG);
    try {
      if (!Files.isRegularFile(tag, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      try (InputStream in = Files.newInputStream(tag, LinkOption.NOFOLLOW_LINKS)) {
        return SIGNATURE.equals(
            new String(in.readNBytes(SIGNATURE.length()), StandardCharsets.US_ASCII));
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Sweeps the cache in {@code dir} if no sweep has run there in the last {@link #EVERY} before
   * {@code now}; what it removed (nothing if it was not due).
   */
  public static Swept ifDue(Path dir, Instant now) {
    return ifDue(dir, now, BUDGET, System::nanoTime);
  }

  /**
   * As {@link #ifDue(Path, Instant)}, stopping once {@code budget} has passed by {@code nanoTime};
   * the mark is written only by a sweep that finished.
   */
  static Swept ifDue(Path given, Instant now, Duration budget, LongSupplier nanoTime) {
    Path dir;
    try {
      dir = given.toRealPath(); // the folder the operator chose, if through a link (another disk)
    } catch (IOException | RuntimeException e) {
      return Swept.NOTHING; // no cache yet
    }
    Path mark = dir.resolve(MARK);
    try {
      BasicFileAttributes last =
          Files.readAttributes(mark, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (last.isRegularFile() && last.lastModifiedTime().toInstant().isAfter(now.minus(EVERY))) {
        return Swept.NOTHING;
      }
    } catch (NoSuchFileException e) {
      // never swept
    } catch (IOException | RuntimeException e) {
      return Swept.NOTHING;
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !tagged(dir)) {
      return Swept.NOTHING; // not a folder, or not one Tabled may sweep
    }
    Swept swept = sweep(dir, now, nanoTime.getAsLong() + budget.toNanos(), nanoTime);
    if (!swept.finished()) {
      return swept; // due again at the next build
    }
    try {
      AtomicFile.write(mark, new byte[0]);
      Files.setLastModifiedTime(mark, FileTime.from(now));
    } catch (IOException | RuntimeException e) {
      // swept again next time
    }
    return swept;
  }

  /**
   * Removes the entries of {@code dir} unused since {@link #UNUSED_FOR} before {@code now}, until
   * {@code nanoTime} passes {@code until}.
   */
  private static Swept sweep(Path dir, Instant now, long until, LongSupplier nanoTime) {
    Instant unusedSince = now.minus(UNUSED_FOR);
    Instant abandonedSince = now.minus(ABANDONED_AFTER);
    int entries = 0;
    long bytes = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir)) {
      for (Path folder : folders) {
        if (!FOLDER.matcher(folder.getFileName().toString()).matches()
            || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path f : files) {
            if (nanoTime.getAsLong() - until > 0) {
              return new Swept(entries, bytes, false);
            }
            String name = f.getFileName().toString();
            boolean entry = BuildCache.entry(folder.getFileName().toString(), name);
            if (!entry && !TEMPORARY.matcher(name).matches()) {
              continue;
            }
            try {
              BasicFileAttributes a =
                  Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
              Instant used = a.lastModifiedTime().toInstant();
              if (a.isRegularFile()
                  && used.isBefore(entry ? unusedSince : abandonedSince)
                  && Files.deleteIfExists(f)) {
                entries += entry ? 1 : 0;
                bytes += a.size();
              }
            } catch (IOException | RuntimeException e) {
              // left in place
            }
          }
        } catch (IOException | RuntimeException e) {
          // this folder left as it is
        }
      }
    } catch (IOException | RuntimeException e) {
      // what was removed stays removed
    }
    return new Swept(entries, bytes, true);
  }
}
