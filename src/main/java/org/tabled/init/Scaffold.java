package org.tabled.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tabled.schema.ContentSchemas;
import org.tabled.validate.Documents;

/**
 * Writes a new council's folder: {@code content/} (a minimal council that builds at once, or the
 * full example council), a README for the team, a {@code .gitignore} for the output, the JSON
 * Schemas in {@code schemas/} and the editor settings that map them to the content files.
 */
public final class Scaffold {

  /** Where the scaffold's own files are, in the jar. */
  private static final String FILES = "/org/tabled/init/";

  /** Where the example council is, in the jar. */
  private static final String EXAMPLE = "/org/tabled/example/content/";

  private Scaffold() {}

  /** Thrown when the folder cannot be used; the message is for the user. */
  public static final class NotEmptyException extends Exception {
    private static final long serialVersionUID = 1L;

    NotEmptyException(String message) {
      super(message);
    }
  }

  /**
   * Writes the new council into {@code dir}, which must be missing or empty.
   *
   * @param today the day the minimal council's meeting is planned from: its agenda is published on
   *     this day and the meeting is two weeks later
   * @param example copy the full example council instead of the minimal one
   * @return the files written, relative to {@code dir}, in order
   * @throws NotEmptyException if {@code dir} is a file or a folder that is not empty
   */
  public static List<String> write(Path dir, LocalDate today, boolean example)
      throws IOException, NotEmptyException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new NotEmptyException(dir + " is a file; give the name of a new or empty folder");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new NotEmptyException(
              dir
                  + " is not empty; init writes a new council only into a new or empty folder,"
                  + " so that it never overwrites anything");
        }
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("README.md", resource("README.md"));
    files.put(".gitignore", resource("gitignore"));
    files.put(".vscode/settings.json", vscodeSettings());
    files.put(".vscode/extensions.json", resource("vscode-extensions.json"));
    ContentSchemas.all().forEach((name, bytes) -> files.put("schemas/" + name, bytes));
    if (example) {
      files.putAll(example());
    } else {
      files.putAll(minimal(today));
    }
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
      written.add(f.getKey());
    }
    return written;
  }

  /** A council with one committee, its chair, an officer and one scheduled meeting. */
  static Map<String, byte[]> minimal(LocalDate today) {
    LocalDate meeting = today.plusWeeks(2);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("content/site.yaml", resource("site.yaml"));
    files.put("content/people/chief-executive.yaml", resource("chief-executive.yaml"));
    files.put("content/people/chair.yaml", resource("chair.yaml"));
    files.put("content/committees/scrutiny/committee.yaml", resource("committee.yaml"));
    String agenda =
        new String(resource("meeting.yaml"), StandardCharsets.UTF_8)
            .replace("{{PUBLISHED}}", today.toString());
    files.put(
        "content/committees/scrutiny/meetings/" + meeting + "/meeting.yaml",
        agenda.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /**
   * The settings of Visual Studio Code's YAML extension (the YAML language server): which schema
   * checks which files. Markdown front matter is not YAML to the editor, so only YAML files are
   * mapped.
   */
  static byte[] vscodeSettings() {
    StringBuilder s = new StringBuilder("{\n  \"yaml.schemas\": {\n");
    List<Documents.Document> yaml = Documents.ALL.stream().filter(d -> !d.frontMatter()).toList();
    for (int i = 0; i < yaml.size(); i++) {
      Documents.Document d = yaml.get(i);
      s.append("    \"./schemas/")
          .append(ContentSchemas.fileName(d))
          .append("\": \"")
          .append(d.glob())
          .append('"')
          .append(i + 1 < yaml.size() ? ",\n" : "\n");
    }
    s.append("  }\n}\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The example council built into the jar, every file under {@code content/}. */
  static Map<String, byte[]> example() throws IOException {
    var url = Scaffold.class.getResource(EXAMPLE + "site.yaml");
    if (url == null) {
      throw new IOException("the example council is missing from this build of Tabled");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return copy(jar.getPath(EXAMPLE));
        }
      }
      return copy(Path.of(uri).getParent());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static Map<String, byte[]> copy(Path root) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.put(
            "content/" + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Scaffold.class.getResourceAsStream(FILES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + FILES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
