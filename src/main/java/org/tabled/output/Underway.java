package org.tabled.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Work a build leaves under way once its output is written, so that whoever waits for the build
 * need not wait for it: the replaced output folder's removal ({@link AtomicReplace#write}), and the
 * build's records and no-change stamp when {@code serve} asks for its pages first. Each runs on a
 * thread of its own, not a daemon, so the process ends only once it is done; {@link #settle} waits
 * for all of it, and every build and every write does so before it reads or writes anything.
 */
public final class Underway {

  private static final List<Thread> threads = new ArrayList<>();

  private Underway() {}

  /** Runs {@code work} on a thread named {@code name}, which {@link #settle} waits for. */
  public static void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    synchronized (Underway.class) {
      threads.add(t);
    }
    t.start();
  }

  /**
   * Runs {@code work} on a thread named {@code name} once everything {@link #start}ed before it is
   * done (a build's lock on its output folder, released after the old output is removed and the
   * records kept); {@link #settle} waits for it too.
   */
  public static void afterAll(String name, Runnable work) {
    List<Thread> before;
    synchronized (Underway.class) {
      before = List.copyOf(threads);
    }
    start(
        name,
        () -> {
          joinAll(before);
          work.run();
        });
  }

  /**
   * Waits until everything {@link #start}ed is done; interrupted, it waits all the same (what is
   * under way must end before anyone reads the output or the cache again), and keeps the interrupt.
   */
  public static void settle() {
    List<Thread> all;
    synchronized (Underway.class) {
      all = List.copyOf(threads);
      threads.clear();
    }
    joinAll(all);
  }

  /**
   * Joins every thread of {@code all}; interrupted, it waits all the same and keeps the interrupt.
   */
  private static void joinAll(List<Thread> all) {
    boolean interrupted = false;
    for (Thread t : all) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
