package org.tabled.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code tabled} command and its sub-commands. */
@Command(
    name = "tabled",
    mixinStandardHelpOptions = true,
    versionProvider = Root.Version.class,
    description =
        "Builds a council's committee papers into an accessible website and PDF agenda packs.",
    subcommands = {
      InitCommand.class,
      BuildCommand.class,
      CheckCommand.class,
      NewCommand.class,
      ServeCommand.class,
      SchemaCommand.class,
      DiffCommand.class
    })
public final class Root implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /**
   * Runs the command line with the given writers and returns the exit code: 0 success, 1 content
   * problems, 2 usage errors, 70 an internal error (a bug in Tabled).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Root());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("tabled: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println(
              "Run '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          err.flush();
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          err.println(
              "tabled: internal error, this is a bug in Tabled; please report it with the lines below.");
          ex.printStackTrace(err);
          err.flush();
          return ExitCodes.INTERNAL;
        });
    int code = cl.execute(args);
    if (args.length == 0) {
      code = ExitCodes.USAGE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Reads the version and git commit Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Root.class.getResourceAsStream("/org/tabled/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      String commit = p.getProperty("commit", "unknown");
      String changed =
          commit.equals("unknown") || !"true".equals(p.getProperty("dirty"))
              ? ""
              : ", with uncommitted changes";
      return new String[] {
        "Tabled " + p.getProperty("version", "unknown") + " (git commit " + commit + changed + ")"
      };
    }
  }
}
