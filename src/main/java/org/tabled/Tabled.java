package org.tabled;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tabled.build.Pipeline;
import org.tabled.cli.Root;

/** Entry point of {@code tabled.jar}: the only place that calls {@link System#exit}. */
public final class Tabled {

  private Tabled() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = Root.execute(args, out, err);
    Pipeline.settle(); // records kept and a replaced output folder removed before the end
    System.exit(status);
  }
}
