package org.tabled.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One build at a time writes an output folder. Two builds into the same folder at once (a build run
 * by hand while the scheduled one runs, or {@code serve --out site} beside a build) would write
 * into each other's spill and staging folders and remove each other's old output; so a build holds
 * a lock on a file beside its output folder ({@code .site.lock} for {@code site}) from before it
 * reads the last build's output until everything it left under way is done, and a second build
 * waits for it, saying why.
 *
 * <p>The lock is the operating system's (an advisory record lock on the file): it ends with the
 * process that holds it, however that process ends, so a killed build never leaves a stale lock.
 * Inside one process a lock can be held by only one owner, so builds of one process (the preview
 * server, tests) also queue on a semaphore per lock file. The file itself is left in place:
 * removing it while another process waits on it would let a third take a lock on a new file beside
 * the waiting one. It is opened without following a link, so a link put in its place makes the
 * build fail rather than write through it.
 */
public final class OutputLock implements AutoCloseable {

  /** How often, and how far apart, the lock is tried again before a build says it waits. */
  private static final int GRACE_TRIES = 10;

  private static final long GRACE_STEP_NANOS = 20_000_000L;

  /** Builds of this process, one per lock file at a time. */
  private static final Map<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

  private final Semaphore turn;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean closed;

  private OutputLock(Semaphore turn, FileChannel channel, FileLock lock) {
    this.turn = turn;
    this.channel = channel;
    this.lock = lock;
  }

  /** The name of the lock file of {@code outDir}: {@code .site.lock} for {@code site}. */
  public static String name(Path outDir) {
    return "." + outDir.toAbsolutePath().normalize().getFileName() + ".lock";
  }

  /** The lock file of {@code outDir}: beside it, named after it ({@link #name}). */
  public static Path fileFor(Path outDir) throws IOException {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException(out + " is the root of the file system: there is no folder beside it");
    }
    Files.createDirectories(parent);
    return parent.toRealPath().resolve(name(out));
  }

  /**
   * Takes the lock of {@code outDir}, waiting while another build holds it; {@code waiting} is told
   * once, in words for the person running the build, if it has to wait.
   *
   * @throws IOException if the lock file cannot be made or locked (for instance a link in its
   *     place)
   */
  public static OutputLock take(Path outDir, Consumer<String> waiting) throws IOException {
    Path file = fileFor(outDir);
    Semaphore turn = IN_THIS_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
    boolean told = false;
    if (!turn.tryAcquire()) {
      waiting.accept(
          "waiting for another build in this process to finish writing " + outDir + " …");
      told = true;
      turn.acquireUninterruptibly();
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      // a moment's grace before saying anything: a build about to finish need not be reported,
      // and one that has just taken the lock has time to write who it is
      for (int i = 0; lock == null && i < GRACE_TRIES; i++) {
        LockSupport.parkNanos(GRACE_STEP_NANOS);
        lock = channel.tryLock();
      }
      if (lock == null) {
        if (!told) {
          waiting.accept(
              "waiting for another Tabled build"
                  + holder(channel)
                  + " to finish writing "
                  + outDir
                  + " …");
        }
        lock = channel.lock();
      }
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      return new OutputLock(turn, channel, lock);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close(); // releases any lock taken on it
      }
      turn.release();
      throw e;
    }
  }

  /**
   * " (process N)" from what the holder wrote into the lock file, or "" if it says nothing (it
   * writes it just after taking the lock).
   */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer b = ByteBuffer.allocate(24);
      channel.read(b, 0);
      String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
      return pid.matches("[0-9]{1,19}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Releases the lock; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the channel's lock ends with it, or with the process
    } finally {
      turn.release();
    }
  }
}
