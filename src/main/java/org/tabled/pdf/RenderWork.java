package org.tabled.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.tabled.diag.Diagnostics;

/**
 * The PDF work of one build on a bounded pool of threads, or on the caller's thread alone when
 * there is one. {@link #close} waits for all of it and throws what a task threw that was not a
 * content problem. What tasks produce goes into thread-safe, sorted collections, so the output
 * never depends on which task finished first.
 */
final class RenderWork implements AutoCloseable {

  /** A piece of work that may fail reading or writing a PDF. */
  interface Task {
    void run() throws IOException;
  }

  private final ExecutorService pool;

  /** Paintings handed over and not finished: each holds a layout open, so they are bounded. */
  private final Semaphore painting;

  private final List<Future<?>> started = new ArrayList<>();
  private final Diagnostics d;

  RenderWork(int threads, Diagnostics d) {
    this.d = d;
    this.painting = new Semaphore(threads);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "tabled-render-" + n.incrementAndGet());
                  t.setDaemon(true); // a render never keeps the process alive
                  return t;
                });
  }

  /**
   * Paints a pack whose layout is final while the caller lays out the next; waits first if as many
   * paintings as threads are already under way.
   */
  void paint(MeetingBook book, Task task) {
    if (pool == null) {
      run(book, task);
      return;
    }
    painting.acquireUninterruptibly();
    started.add(
        pool.submit(
            () -> {
              try {
                run(book, task);
              } finally {
                painting.release();
              }
            }));
  }

  /** True if tasks run on a pool beside the caller's thread. */
  boolean parallel() {
    return pool != null;
  }

  /**
   * Runs {@code task} on the pool; its result is had from {@link #await}. It counts as a painting
   * while it waits and runs (it lays PDFs out one after another): the caller waits first if as many
   * are under way as there are threads, so that no more PDFs are open at once than without it (a
   * ten-year archive's model leaves little room under a one-gigabyte heap).
   */
  Future<Boolean> early(MeetingBook book, Callable<Boolean> task) {
    painting.acquireUninterruptibly(); // by the caller, never by a task: no task waits on another
    Future<Boolean> f =
        pool.submit(
            () -> {
              try {
                return task.call();
              } catch (IOException e) {
                d.error(book.pos(), "cannot render the PDFs for this meeting: " + e.getMessage());
                return true; // reported: not done again
              } finally {
                painting.release();
              }
            });
    started.add(f);
    return f;
  }

  /**
   * What {@code f} returned once it is done; false if it failed (its failure is thrown by {@link
   * #close}).
   */
  static boolean await(Future<Boolean> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code task} on the pool (or now, with one thread). */
  void submit(MeetingBook book, Task task) {
    if (pool == null) {
      run(book, task);
    } else {
      started.add(pool.submit(() -> run(book, task)));
    }
  }

  private void run(MeetingBook book, Task task) {
    try {
      task.run();
    } catch (IOException e) {
      d.error(book.pos(), "cannot render the PDFs for this meeting: " + e.getMessage());
    }
  }

  /**
   * Waits for every task; rethrows the first failure that was not reported as a content problem.
   */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    RuntimeException failed = null;
    try {
      for (Future<?> f : started) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failed == null) {
            failed =
                e.getCause() instanceof RuntimeException re
                    ? re
                    : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed =
              failed == null ? new IllegalStateException("interrupted while rendering", e) : failed;
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failed != null) {
      throw failed;
    }
  }
}
