package org.tabled.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes from a {@link BuildCache} the entries no build has used for {@link #UNUSED_FOR}, so that
 * a cache kept for months holds what today's content and its recent versions need, not every PDF
 * every edit ever made. An entry's modification time says when a build last used it ({@link
 * BuildCache}); the sweep runs at most once every {@link #EVERY}, at the end of a build that wrote
 * its output, and remembers when in the file {@value #MARK} of the cache folder.
 *
 * <p>It removes only what it recognises: a regular file named as an entry (62 hexadecimal digits)
 * in a folder named as an entry's first two digits, and the temporary files of writes cut short
 * (named {@code .*.tmp}) a day old, in those folders. It follows no link, and leaves everything
 * else in the cache folder (the no-change stamp, the digests of files) as it is. A removed entry is
 * only made again if a build asks for it; every failure here only leaves an entry in place.
 */
public final class CacheSweep {

  /** How long an entry may go unused before it is removed. */
  public static final Duration UNUSED_FOR = Duration.ofDays(7);

  /** How long after a sweep the next one is due. */
  static final Duration EVERY = Duration.ofDays(1);

  /** How old a temporary file is before it is taken for a write cut short. */
  private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

  static final String MARK = "swept";

  private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{2}");
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{62}");
  private static final Pattern TEMPORARY = Pattern.compile("\\..*\\.tmp");

  /** What a sweep removed. */
  public record Swept(int entries, long bytes) {
    static final Swept NOTHING = new Swept(0, 0);
  }

  private CacheSweep() {}

  /**
   * Sweeps the cache in {@code dir} if no sweep has run there in the last {@link #EVERY} before
   * {@code now}; what it removed (nothing if it was not due).
   */
  public static Swept ifDue(Path dir, Instant now) {
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
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return Swept.NOTHING; // no cache yet, or not a folder of its own
    }
    Swept swept = sweep(dir, now);
    try {
      AtomicFile.write(mark, new byte[0]);
      Files.setLastModifiedTime(mark, FileTime.from(now));
    } catch (IOException | RuntimeException e) {
      // swept again next time
    }
    return swept;
  }

  /** Removes the entries of {@code dir} unused since {@link #UNUSED_FOR} before {@code now}. */
  static Swept sweep(Path dir, Instant now) {
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
            String name = f.getFileName().toString();
            boolean entry = ENTRY.matcher(name).matches();
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
    return new Swept(entries, bytes);
  }
}
