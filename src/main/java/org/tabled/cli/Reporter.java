package org.tabled.cli;

import java.io.PrintWriter;
import org.tabled.build.BuildResult;

/** Prints a build's problems and its summary the same way for every command. */
final class Reporter {

  private Reporter() {}

  /** Prints diagnostics to {@code err}; returns the exit code for the result. */
  static int report(BuildResult r, PrintWriter err) {
    r.diagnostics().print(err);
    int errors = r.diagnostics().errorCount();
    if (errors > 0) {
      err.println(errors + (errors == 1 ? " error" : " errors") + " found; nothing was written.");
      err.flush();
      return ExitCodes.CONTENT;
    }
    return ExitCodes.OK;
  }
}
