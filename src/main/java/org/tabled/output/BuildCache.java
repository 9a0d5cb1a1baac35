package org.tabled.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A folder of results kept between builds, outside the output folder (by default {@code
 * .tabled-cache/} beside it), each stored under a key that is a digest of everything that
 * determined it: a hit is correct by construction, and the folder can be deleted at any time.
 *
 * <p>An entry is a header (a format mark, the value's length and its CRC-32C) followed by the
 * value, written to a temporary file and moved into place, so a reader never sees half an entry. An
 * entry whose header does not match its value (a damaged disk, a cut-short write, a hand edit, an
 * entry of an older format) is ignored and removed, and the value is made again: the cache is never
 * trusted, only checked. The check is a CRC, not a digest: the key is what is collision-resistant
 * (SHA-256 of everything that determined the value), and the check only has to notice damage.
 * Nothing is gained by a digest there (whoever can write an entry can write its digest too), and a
 * CRC-32C is computed by the processor, some fifty times faster than SHA-256 without the optimising
 * compiler, which the launcher turns off: a warm rebuild reads every PDF of the archive back. A
 * cache that cannot be read or written is only a slower build: every failure here is a miss.
 * Thread-safe.
 *
 * <p>An entry's modification time says when a build last used it: written then, or found then and
 * its time moved on if it was more than {@link #TOUCHED_AFTER} old (so that a build that finds
 * every entry moves none of them more than once a day). {@link CacheSweep} removes the entries no
 * build has used for a week. A cache opened only for {@link #reading} (by {@code check}, which
 * writes nothing) moves no times.
 */
public final class BuildCache {

  /** A build that keeps nothing. */
  public static final BuildCache NONE = new BuildCache(null, false, Clock.systemUTC());

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  /** "TBC" and the format's number. */
  private static final int MAGIC = 0x54424302;

  /** The format mark, the value's length and its CRC-32C. */
  private static final int HEADER = 4 + 8 + 8;

  /** How old an entry found may be before its modification time is moved on to now. */
  static final Duration TOUCHED_AFTER = Duration.ofDays(1);

  private final Path dir;
  private final boolean touch;
  private final Clock clock;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();

  private BuildCache(Path dir, boolean touch, Clock clock) {
    this.dir = dir;
    this.touch = touch;
    this.clock = clock;
  }

  /** The cache in {@code dir}, made when the first entry is written. */
  public static BuildCache in(Path dir) {
    return in(dir, Clock.systemUTC());
  }

  /**
   * The cache in {@code dir}, whose entries found are marked used at the time {@code clock} says.
   */
  static BuildCache in(Path dir, Clock clock) {
    return new BuildCache(dir.toAbsolutePath().normalize(), true, clock);
  }

  /**
   * The cache in {@code dir} for a run that only reads it ({@code check}, which writes nothing):
   * nothing found is marked used.
   */
  public static BuildCache reading(Path dir) {
    return new BuildCache(dir.toAbsolutePath().normalize(), false, Clock.systemUTC());
  }

  /** Whether this cache keeps anything. */
  public boolean enabled() {
    return dir != null;
  }

  /** The value stored under {@code key} (a hex SHA-256), if there is one and its check is right. */
  public Optional<byte[]> get(String key) {
    if (dir == null) {
      return Optional.empty();
    }
    Path file = file(key);
    try {
      BasicFileAttributes found = Files.readAttributes(file, BasicFileAttributes.class);
      Optional<byte[]> value = read(file, found.size());
      if (value.isPresent()) {
        hits.incrementAndGet();
        if (touch) {
          markUsed(file, found.lastModifiedTime());
        }
        return value;
      }
      rejected.incrementAndGet();
      Files.deleteIfExists(file); // damaged: made again, never trusted
    } catch (NoSuchFileException e) {
      // not stored yet
    } catch (IOException | RuntimeException e) {
      rejected.incrementAndGet();
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  /**
   * Marks the entry under {@code key} used, if there is one, without reading it: for an entry this
   * build needs kept though it took what the entry holds elsewhere (a PDF linked from the last
   * build's output).
   */
  public void markUsed(String key) {
    if (dir == null || !touch) {
      return;
    }
    Path file = file(key);
    try {
      markUsed(file, Files.getLastModifiedTime(file));
    } catch (IOException | RuntimeException e) {
      // not kept, or not readable: nothing to mark
    }
  }

  /**
   * Moves the modification time of the entry in {@code file}, last marked at {@code last}, on to
   * now if it is more than {@link #TOUCHED_AFTER} old; a failure only lets the entry be swept
   * sooner.
   */
  private void markUsed(Path file, FileTime last) {
    Instant now = clock.instant();
    if (last.toInstant().isBefore(now.minus(TOUCHED_AFTER))) {
      try {
        Files.setLastModifiedTime(file, FileTime.from(now));
      } catch (IOException | RuntimeException e) {
        // swept sooner, made again if a build asks for it after that
      }
    }
  }

  /**
   * The value of the entry in {@code file}, {@code size} bytes long as it was listed, read into an
   * array of its own size (not the whole entry and then a copy: a warm rebuild of an archive reads
   * half a gigabyte of PDFs); empty if its header does not match it, or if it is shorter or longer
   * than listed.
   */
  private static Optional<byte[]> read(Path file, long size) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      if (size < HEADER || size - HEADER > Integer.MAX_VALUE - 16) {
        return Optional.empty();
      }
      ByteBuffer head = ByteBuffer.allocate(HEADER);
      ByteBuffer value = ByteBuffer.allocate((int) (size - HEADER));
      while (head.hasRemaining() || value.hasRemaining()) {
        if (in.read(new ByteBuffer[] {head, value}) < 0) {
          return Optional.empty(); // shorter than it was a moment ago
        }
      }
      head.flip();
      if (head.getInt() != MAGIC
          || head.getLong() != size - HEADER
          || head.getLong() != crc(value.array(), 0)
          || in.read(ByteBuffer.allocate(1)) >= 0) { // nor longer
        return Optional.empty();
      }
      return Optional.of(value.array());
    }
  }

  /** Stores {@code value} under {@code key}; a failure to write leaves the cache as it was. */
  public void put(String key, byte[] value) {
    if (dir == null) {
      return;
    }
    Path file = file(key);
    try {
      byte[] entry = new byte[HEADER + value.length];
      System.arraycopy(value, 0, entry, HEADER, value.length);
      ByteBuffer.wrap(entry, 0, HEADER)
          .putInt(MAGIC)
          .putLong(value.length)
          .putLong(crc(entry, HEADER));
      AtomicFile.write(file, entry);
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written only makes the next build slower
    }
  }

  /** Entries found and used. */
  public int hits() {
    return hits.get();
  }

  /** Entries looked for and not found (or found damaged). */
  public int misses() {
    return misses.get();
  }

  /** Entries found damaged and ignored. */
  public int rejected() {
    return rejected.get();
  }

  /**
   * Whether a file named {@code name} in a folder named {@code folder} of the cache is where {@link
   * #file} keeps an entry ({@link CacheSweep} removes nothing else).
   */
  static boolean entry(String folder, String name) {
    return folder.length() == 2 && KEY.matcher(folder + name).matches();
  }

  /** Where the entry for {@code key} is kept: in a folder named after its first two characters. */
  Path file(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
  }

  /** The hex SHA-256 of {@code parts}, each preceded by its length so that no two lists collide. */
  public static String key(byte[]... parts) {
    MessageDigest sha = SHA256.get();
    sha.reset(); // as new, even if a key before it failed part way
    byte[] length = new byte[8];
    for (byte[] p : parts) {
      long n = p.length;
      for (int i = 7; i >= 0; i--) { // big-endian, as ByteBuffer.putLong writes it
        length[i] = (byte) n;
        n >>>= 8;
      }
      sha.update(length);
      sha.update(p);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A SHA-256 per thread, reset after each key: the provider is looked up once a thread. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  /**
   * The CRC-32C of {@code bytes}: to tell that two entries were written together, as an entry's
   * header tells it is whole.
   */
  public static long crc(byte[] bytes) {
    return crc(bytes, 0);
  }

  /** The CRC-32C of {@code bytes} from {@code from} on. */
  private static long crc(byte[] bytes, int from) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, bytes.length - from);
    return crc.getValue();
  }
}
