package org.tabled.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 */
public final class BuildCache {

  /** A build that keeps nothing. */
  public static final BuildCache NONE = new BuildCache(null);

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  /** "TBC" and the format's number. */
  private static final int MAGIC = 0x54424302;

  /** The format mark, the value's length and its CRC-32C. */
  private static final int HEADER = 4 + 8 + 8;

  private final Path dir;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();

  private BuildCache(Path dir) {
    this.dir = dir;
  }

  /** The cache in {@code dir}, made when the first entry is written. */
  public static BuildCache in(Path dir) {
    return new BuildCache(dir.toAbsolutePath().normalize());
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
      Optional<byte[]> value = read(file);
      if (value.isPresent()) {
        hits.incrementAndGet();
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
   * The value of the entry in {@code file}, read into an array of its own size (not the whole entry
   * and then a copy: a warm rebuild of an archive reads half a gigabyte of PDFs); empty if its
   * header does not match it.
   */
  private static Optional<byte[]> read(Path file) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
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

  /** Where the entry for {@code key} is kept: in a folder named after its first two characters. */
  Path file(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    return dir.resolve(key.substring(0, 2)).resolve(key.substring(2));
  }

  /** The hex SHA-256 of {@code parts}, each preceded by its length so that no two lists collide. */
  public static String key(byte[]... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        sha.update(ByteBuffer.allocate(8).putLong(p.length).array());
        sha.update(p);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

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
