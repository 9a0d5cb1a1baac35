package org.tabled.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.load.EditorYaml;
import org.tabled.schema.ContentSchemas;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;
import org.tabled.testing.JsonSchemas;
import org.tabled.validate.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code tabled init} and {@code tabled schema} (issue 17). */
class InitCommandTest {

  private static final Pattern MODELINE =
      Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)\n");

  @TempDir Path dir;

  @Test
  void initWritesACouncilThatChecksAndBuildsAtOnce() throws IOException {
    Path council = dir.resolve("council");
    Cli.Result init = Cli.run("init", council.toString(), "--as-of", "2026-05-01");
    assertEquals(0, init.exit(), init.err());
    assertTrue(init.out().contains("tabled check"), init.out());
    for (String f :
        List.of(
            "README.md",
            ".gitignore",
            ".vscode/settings.json",
            ".vscode/extensions.json",
            "content/site.yaml",
            "content/committees/scrutiny/meetings/2026-05-15/meeting.yaml")) {
      assertTrue(Files.isRegularFile(council.resolve(f)), f);
    }
    Cli.Result check =
        Cli.run(
            "check", "--content", council.resolve("content").toString(), "--as-of", "2026-05-01");
    assertEquals(0, check.exit(), check.err());
    assertEquals("", check.err(), "no warnings either");
    Path site = council.resolve("site");
    Cli.Result build =
        Cli.run(
            "build",
            "--content",
            council.resolve("content").toString(),
            "--out",
            site.toString(),
            "--templates",
            council.resolve("templates").toString(),
            "--as-of",
            "2026-05-01");
    assertEquals(0, build.exit(), build.err());
    String meeting = Files.readString(site.resolve("committees/scrutiny/2026-05-15/index.html"));
    assertTrue(
        meeting.contains("Declarations of interest"), "the agenda is published on the day of init");
    try (Stream<Path> files = Files.list(site.resolve("committees/scrutiny/2026-05-15"))) {
      assertTrue(files.anyMatch(p -> p.toString().endsWith(".pdf")), "and its pack is built");
    }
  }

  @Test
  void placeholdersAreMarkedAndTheGitignoreCoversTheOutput() throws IOException {
    Path council = dir.resolve("council");
    assertEquals(0, Cli.run("init", council.toString()).exit());
    String site = Files.readString(council.resolve("content/site.yaml"));
    for (String key : List.of("council:", "website:", "base_url:", "email:", "chief_executive:")) {
      assertTrue(
          site.lines().anyMatch(l -> l.strip().startsWith(key) && l.contains("# CHANGE ME")),
          key + " is marked");
    }
    List<String> ignored = Files.readAllLines(council.resolve(".gitignore"));
    assertTrue(
        ignored.contains("/site/")
            && ignored.contains("/.site.staging/")
            && ignored.contains("/.site.old/")
            && ignored.contains("/.site.spill/")
            && ignored.contains("/.site.lock"),
        "the output, the build's staging folders and its lock: " + ignored);
    assertTrue(Files.readString(council.resolve("README.md")).contains("tabled check"));
  }

  @Test
  void editorSettingsAndModelinesNameSchemasThatExistAndFit() throws IOException {
    Path council = dir.resolve("council");
    assertEquals(0, Cli.run("init", council.toString()).exit());
    JsonNode settings =
        JsonMapper.builder().build().readTree(council.resolve(".vscode/settings.json").toFile());
    JsonNode map = settings.get("yaml.schemas");
    assertEquals(5, map.size(), "every YAML kind of file: " + map);
    for (String schema : map.propertyNames()) {
      assertTrue(Files.isRegularFile(council.resolve(schema)), schema);
    }
    int modelines = 0;
    try (Stream<Path> s = Files.walk(council.resolve("content"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String text = Files.readString(f);
        Matcher m = MODELINE.matcher(text);
        assertTrue(m.lookingAt(), "the first line of " + f + " names its schema");
        Path schema = f.getParent().resolve(m.group(1)).normalize();
        assertTrue(Files.isRegularFile(schema), schema.toString());
        JsonNode json = EditorYaml.read(f.toString(), text).orElseThrow();
        assertEquals(
            List.of(),
            JsonSchemas.errors(JsonSchemas.draft7(Files.readAllBytes(schema)), json),
            f + " satisfies " + schema.getFileName());
        String glob =
            map.get("./" + council.relativize(schema).toString().replace('\\', '/')).asString();
        assertTrue(
            council.getFileSystem().getPathMatcher("glob:" + glob).matches(council.relativize(f)),
            f + " is mapped to the same schema by the settings");
        modelines++;
      }
    }
    assertEquals(5, modelines);
  }

  @Test
  void initRefusesAFolderThatIsNotEmptyAndTouchesNothing() throws IOException {
    Path council = dir.resolve("council");
    Files.createDirectories(council);
    Files.writeString(council.resolve("notes.txt"), "ours", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("init", council.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is not empty"), r.err());
    try (Stream<Path> s = Files.list(council)) {
      assertEquals(List.of(council.resolve("notes.txt")), s.toList());
    }
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    Cli.Result onFile = Cli.run("init", file.toString());
    assertEquals(2, onFile.exit());
    assertEquals("x", Files.readString(file));
    Path hidden = dir.resolve("hidden");
    Files.createDirectories(hidden.resolve(".git"));
    assertEquals(
        2,
        Cli.run("init", hidden.toString()).exit(),
        "a folder holding only a .git folder is not empty");
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    assertEquals(0, Cli.run("init", empty.toString()).exit(), "an empty folder is fine");
    assertEquals(2, Cli.run("init").exit(), "DIR is required");
  }

  @Test
  void initExampleCopiesTheExampleCouncil() throws IOException {
    Path council = dir.resolve("example");
    Cli.Result r = Cli.run("init", "--example", council.toString());
    assertEquals(0, r.exit(), r.err());
    Map<String, String> ours = Fixtures.fingerprint(Fixtures.projectDir().resolve("content"));
    assertEquals(
        ours, Fixtures.fingerprint(council.resolve("content")), "the same files, byte for byte");
    assertTrue(Files.isRegularFile(council.resolve(".vscode/settings.json")));
    Cli.Result check =
        Cli.run(
            "check", "--content", council.resolve("content").toString(), "--as-of", "2026-11-23");
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void schemaWritesEverySchema() throws IOException {
    Path out = dir.resolve("schemas");
    Cli.Result r = Cli.run("schema", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    for (var e : ContentSchemas.all().entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey());
    }
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(Documents.ALL.size(), s.count());
    }
    assertFalse(r.out().isBlank());
  }
}
