package org.tabled.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tabled.schema.ContentSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tabled schema --out DIR}: writes the JSON Schemas of the content files, for editors. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Write a JSON Schema for every kind of content file (site, person, committee, meeting, paper,"
            + " minutes, tracker response, work programme), for editors' completion and checking.")
final class SchemaCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "schemas",
      description = "Folder to write the schemas into (default: ${DEFAULT-VALUE}).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Map<String, byte[]> schemas = ContentSchemas.all();
    write(schemas, out);
    spec.commandLine().getOut().println("Wrote " + schemas.size() + " schemas to " + out + ".");
    return ExitCodes.OK;
  }

  /** Writes every schema into {@code dir}, replacing files of the same names. */
  static void write(Map<String, byte[]> schemas, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> e : schemas.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
  }
}
