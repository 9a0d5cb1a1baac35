package org.tabled.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.tabled.cli.Root;

/** Runs the command line in-process and captures what it prints. */
public final class Cli {

  /** What a run returned and printed. */
  public record Result(int exit, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Root.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
