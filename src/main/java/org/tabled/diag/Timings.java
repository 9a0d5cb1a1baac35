package org.tabled.diag;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How long each stage of a build took, printed to standard error when the Java system property
 * {@code tabled.timings} is {@code true} ({@code java -Dtabled.timings=true -jar tabled.jar build},
 * or the benchmark's {@code --java-opts}); silent otherwise. For measuring, not for authors: a line
 * per stage, "timing: STAGE 1.23 s (5.68 s in all)", the seconds since the previous stage ended
 * (the first: since the process started, to 10 ms: the start is known to that).
 */
public final class Timings {

  private static final boolean ON = Boolean.getBoolean("tabled.timings");

  /**
   * When the JVM started, in milliseconds since the epoch (asked of the management bean only when
   * timings are printed; a process's own start time is known only to the second).
   */
  private static final long START =
      ON
          ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()
          : System.currentTimeMillis();

  private static long last = START;

  private Timings() {}

  /** Marks the end of {@code stage}. */
  public static synchronized void done(String stage) {
    if (!ON) {
      return;
    }
    long now = System.currentTimeMillis();
    print(System.err, stage, now - last, now - START);
    last = now;
  }

  private static void print(PrintStream to, String stage, long millis, long total) {
    to.printf(Locale.ROOT, "timing: %s %.3f s (%.3f s in all)%n", stage, millis / 1e3, total / 1e3);
  }
}
