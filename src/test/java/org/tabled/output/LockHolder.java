package org.tabled.output;

import java.nio.file.Path;

/**
 * Run in a process of its own by {@link OutputLockTest}: takes the lock of the output folder named
 * by its argument, says so on its standard output, and holds it until its standard input ends (or
 * it is killed).
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (OutputLock lock = OutputLock.take(Path.of(args[0]), why -> {})) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // held until the test closes our input
      }
    }
  }
}
