package org.tabled.diag;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How long each stage of a build took, printed to standard error when the Java system property
 * {@code tabled.timings} is {@code true} ({@code java -Dtabled.timings=true -jar tabled.jar build},
 * or the benchmark's {@code --java-opts}); silent otherwise. For measuring, not for authors: a line
 * per stage, "timing: STAGE 1.234 s (5.678 s in all)", the seconds since the previous stage ended.
 */
public final class Timings {

  private static final boolean ON = Boolean.getBoolean("tabled.timings");
  private static final long START = System.nanoTime();
  private static long last = START;

  private Timings() {}

  /** Marks the end of {@code stage}. */
  public static synchronized void done(String stage) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    print(System.err, stage, now - last, now - START);
    last = now;
  }

  private static void print(PrintStream to, String stage, long nanos, long total) {
    to.printf(Locale.ROOT, "timing: %s %.3f s (%.3f s in all)%n", stage, nanos / 1e9, total / 1e9);
  }
}
