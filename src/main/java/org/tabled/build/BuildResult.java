package org.tabled.build;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;

/**
 * How a build went.
 *
 * @param ok true if nothing was wrong with the content and everything was written
 * @param diagnostics every problem and warning, for printing
 * @param files the number of files written (0 when checking only or failed)
 * @param bytes their total size
 * @param nextChange for a public build, the next day after its day on which the public output
 *     changes by itself (an agenda or paper is published), if any
 * @param reused the output paths of the PDFs taken whole from the build cache, neither laid out nor
 *     painted again (every other PDF was rendered)
 * @param upToDate true if nothing was done: the inputs and options were those of the last build,
 *     whose output folder was unchanged ({@link UpToDate}); the other fields are that build's
 */
public record BuildResult(
    boolean ok,
    Diagnostics diagnostics,
    int files,
    long bytes,
    Optional<LocalDate> nextChange,
    Set<String> reused,
    boolean upToDate) {

  public BuildResult {
    reused = Set.copyOf(reused);
  }

  public BuildResult(boolean ok, Diagnostics diagnostics, int files, long bytes) {
    this(ok, diagnostics, files, bytes, Optional.empty(), Set.of(), false);
  }

  public BuildResult(
      boolean ok,
      Diagnostics diagnostics,
      int files,
      long bytes,
      Optional<LocalDate> nextChange,
      Set<String> reused) {
    this(ok, diagnostics, files, bytes, nextChange, reused, false);
  }

  static BuildResult failed(Diagnostics d) {
    return new BuildResult(false, d, 0, 0);
  }
}
