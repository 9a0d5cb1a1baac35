package org.tabled.diag;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tabled.source.SourcePos;

/**
 * Collects the problems of one build so that they are all reported together.
 *
 * <p>Stages add to it and carry on; the pipeline looks at {@link #hasErrors()} between stages.
 * Errors and warnings are counted apart, each capped (default 200 of each) so that a folder of
 * broken files does not flood the terminal; those over the cap are counted and summarised in a line
 * of their own. Warnings never count as errors: any number of them leaves a build good, and they
 * never take the place of an error in the list. Identical problems at the same position are
 * reported once. The methods are synchronised, so renderers that run in parallel can share one.
 */
public final class Diagnostics {

  /** Default number of problems printed before the rest are only counted. */
  public static final int DEFAULT_MAX = 200;

  private final int max;

  /** Every problem recorded, sorted: which are listed must not depend on the order they came in. */
  private final Set<Diagnostic> items = new TreeSet<>();

  private int errors;
  private int warnings;

  public Diagnostics() {
    this(DEFAULT_MAX);
  }

  public Diagnostics(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    this.max = max;
  }

  /** Records an error. */
  public synchronized void error(SourcePos pos, String message) {
    add(new Diagnostic(pos, Diagnostic.Severity.ERROR, message, ""));
  }

  /** Records an error with a hint printed below it. */
  public synchronized void error(SourcePos pos, String message, String hint) {
    add(new Diagnostic(pos, Diagnostic.Severity.ERROR, message, hint));
  }

  /** Records a warning: printed, but the build still succeeds. */
  public synchronized void warning(SourcePos pos, String message) {
    add(new Diagnostic(pos, Diagnostic.Severity.WARNING, message, ""));
  }

  /** Records a warning with a hint printed below it. */
  public synchronized void warning(SourcePos pos, String message, String hint) {
    add(new Diagnostic(pos, Diagnostic.Severity.WARNING, message, hint));
  }

  /**
   * Records every problem {@code other} recorded (all of them, not only those it would print): for
   * a part of a stage run on a thread of its own with diagnostics of its own.
   */
  public void addAll(Diagnostics other) {
    List<Diagnostic> theirs;
    synchronized (other) {
      theirs = new ArrayList<>(other.items);
    }
    synchronized (this) {
      theirs.forEach(this::add);
    }
  }

  /** Records a diagnostic made elsewhere. */
  public synchronized void add(Diagnostic d) {
    if (items.add(d)) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
  }

  public synchronized boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The number of errors, those not listed included; warnings are not counted. */
  public synchronized int errorCount() {
    return errors;
  }

  /** The number of warnings, those not listed included. */
  public synchronized int warningCount() {
    return warnings;
  }

  /**
   * The problems listed, sorted by file, line and column: the first {@code max} errors and the
   * first {@code max} warnings in that order, whatever order the stages (some in parallel) found
   * them in.
   */
  public synchronized List<Diagnostic> all() {
    List<Diagnostic> out = new ArrayList<>();
    int e = 0;
    int w = 0;
    for (Diagnostic d : items) {
      boolean error = d.severity() == Diagnostic.Severity.ERROR;
      if (error ? e++ < max : w++ < max) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** Prints every problem, sorted by position, and a summary line when some were dropped. */
  public synchronized void print(PrintWriter err) {
    for (Diagnostic d : all()) {
      err.println(d.format());
    }
    int droppedErrors = errorCount() - Math.min(max, errorCount());
    int droppedWarnings = warningCount() - Math.min(max, warningCount());
    if (droppedErrors > 0) {
      err.println(
          "... and "
              + droppedErrors
              + " more error(s) not shown (the first "
              + max
              + " are listed)");
    }
    if (droppedWarnings > 0) {
      err.println(
          "... and "
              + droppedWarnings
              + " more warning(s) not shown (the first "
              + max
              + " are listed)");
    }
    err.flush();
  }

  /** A copy of the problems so far, used by tests and by the preview server. */
  @Override
  public synchronized String toString() {
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : all()) {
      lines.add(d.format());
    }
    return String.join(System.lineSeparator(), lines);
  }
}
