package org.tabled.build;

import org.tabled.diag.Diagnostics;

/**
 * How a build went.
 *
 * @param ok true if nothing was wrong with the content and everything was written
 * @param diagnostics every problem and warning, for printing
 * @param files the number of files written (0 when checking only or failed)
 * @param bytes their total size
 */
public record BuildResult(boolean ok, Diagnostics diagnostics, int files, long bytes) {

  static BuildResult failed(Diagnostics d) {
    return new BuildResult(false, d, 0, 0);
  }
}
