package org.tabled.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostic;
import org.tabled.load.EditorYaml;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.JsonSchemas;
import org.tabled.testing.Scenario;
import org.tabled.validate.Documents;
import org.tabled.validate.Documents.Document;
import org.tabled.validate.Keys.Key;
import org.tabled.validate.Keys.Shape;
import org.tabled.validate.Keys.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas and the validator agree (issue 17): both come from the declarations in {@link
 * Documents}, and the tests check it both ways. Every key the schema lists is accepted by {@code
 * tabled check} with a value of its declared type, and a key it does not list is refused at every
 * level; every content file of the example and the fixtures satisfies its schema; the broken cases
 * a schema can express are refused by it.
 */
class ContentSchemasTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Where each kind of file is in the golden fixture, to be replaced by a file holding every key.
   */
  private static final Map<String, String> FILES =
      Map.of(
          "site", "content/site.yaml",
          "person", "content/people/ada-quill.yaml",
          "committee", "content/committees/audit/committee.yaml",
          "meeting", "content/committees/audit/meetings/2025-06-10/meeting.yaml",
          "paper",
              "content/committees/audit/meetings/2025-06-10/papers/internal-audit-plan/paper.md",
          "minutes", "content/committees/audit/meetings/2025-03-04/minutes.md",
          "tracker-response", "content/committees/audit/tracker/audit-fraud-report-date.md",
          "work-programme", "content/committees/audit/work-programme/2025-26.yaml");

  /**
   * Broken cases whose problem lies in one file and needs no other file to see: a schema refuses
   * them.
   */
  private static final Set<String> EXPRESSIBLE =
      Set.of(
          "coopted-without-voting",
          "invalid-choice",
          "invalid-date-format",
          "invalid-date",
          "invalid-time",
          "missing-required-key",
          "required-key-without-value",
          "unknown-key-did-you-mean",
          "unknown-key-no-suggestion",
          "wrong-type-boolean",
          "wrong-type-list",
          "wrong-type-number");

  @TempDir Path root;

  static JsonNode tree(Document doc) {
    return JSON.readTree(ContentSchemas.all().get(ContentSchemas.fileName(doc)));
  }

  @Test
  void thereIsASchemaForEveryKindOfContentFile() {
    assertEquals(
        List.of(
            "site.schema.json",
            "person.schema.json",
            "committee.schema.json",
            "meeting.schema.json",
            "paper.schema.json",
            "minutes.schema.json",
            "tracker-response.schema.json",
            "work-programme.schema.json"),
        List.copyOf(ContentSchemas.all().keySet()));
    for (Document doc : Documents.ALL) {
      assertEquals(ContentSchemas.DIALECT, tree(doc).get("$schema").asString());
      assertTrue(FILES.containsKey(doc.name()), "a fixture file for " + doc.name());
    }
  }

  @Test
  void schemaPropertiesAreExactlyTheDeclaredKeys() {
    for (Document doc : Documents.ALL) {
      compare(doc.name(), doc.shape(), tree(doc));
    }
  }

  private static void compare(String where, Shape shape, JsonNode schema) {
    JsonNode type = schema.get("type");
    assertTrue(
        type.isArray() ? type.get(0).asString().equals("object") : type.asString().equals("object"),
        where);
    assertFalse(
        schema.get("additionalProperties").asBoolean(), where + ": unknown keys are refused");
    List<String> props = new ArrayList<>(schema.get("properties").propertyNames());
    assertEquals(shape.keys().stream().map(Key::name).toList(), props, where + ": the keys");
    List<String> required = new ArrayList<>();
    if (schema.has("required")) {
      schema.get("required").forEach(n -> required.add(n.asString()));
    }
    assertEquals(shape.required(), required, where + ": the required keys");
    for (Key k : shape.keys()) {
      JsonNode p = schema.get("properties").get(k.name());
      assertFalse(
          p.get("description").asString().isBlank(), where + "." + k.name() + " has a description");
      k.shape().ifPresent(nested -> compare(where + "." + k.name(), nested, nestedObject(p)));
    }
  }

  /** The object schema inside a key's schema: itself, its items, or an alternative of its items. */
  private static JsonNode nestedObject(JsonNode p) {
    if (p.has("properties")) {
      return p;
    }
    JsonNode items = p.get("items");
    if (items.has("properties")) {
      return items;
    }
    for (JsonNode alt : items.get("anyOf")) {
      if (alt.has("properties")) {
        return alt;
      }
    }
    throw new AssertionError("no object schema in " + p);
  }

  // ---- validate accepts every declared key, and refuses others, at every level ------------------

  @Test
  void checkAcceptsEveryDeclaredKeyWithAValueOfItsTypeAndRefusesAnyOther() throws IOException {
    for (Document doc : Documents.ALL) {
      for (boolean extra : List.of(false, true)) {
        Path project = root.resolve(doc.name() + (extra ? "-extra" : ""));
        Fixtures.copy(Fixtures.fixture("golden"), project.resolve("content"));
        String file = FILES.get(doc.name());
        StringBuilder yaml = new StringBuilder();
        int mappings = yaml(doc.shape(), "", extra, yaml);
        Path target = project.resolve(file);
        String text =
            doc.frontMatter()
                ? "---\n" + yaml + "---\n" + body(Files.readString(target))
                : yaml.toString();
        Files.writeString(target, text, StandardCharsets.UTF_8);

        List<String> problems =
            check(project).stream().filter(l -> l.startsWith(file + ":")).toList();
        List<String> keyProblems =
            problems.stream().filter(ContentSchemasTest::isAboutKeysOrTypes).toList();
        if (!extra) {
          assertEquals(
              List.of(),
              keyProblems,
              doc.name() + ": every declared key is accepted; the file was\n" + text);
        } else {
          long unknown =
              problems.stream().filter(l -> l.contains("unknown key 'undeclared_key'")).count();
          assertEquals(
              mappings,
              unknown,
              doc.name()
                  + ": an undeclared key is refused in each of its "
                  + mappings
                  + " mappings:\n"
                  + String.join("\n", problems));
          assertEquals(
              mappings,
              keyProblems.size(),
              doc.name()
                  + ": and nothing else is wrong with the keys:\n"
                  + String.join("\n", keyProblems));
        }
      }
    }
  }

  private static boolean isAboutKeysOrTypes(String line) {
    return line.contains("unknown key")
        || line.contains("missing required key '") && !line.contains(" for ")
        || line.contains("has no value")
        || line.contains("should be")
        || line.contains("is not a valid")
        || line.contains("expected the keys of");
  }

  private static List<String> check(Path project) {
    BuildOptions o =
        new BuildOptions(
            project.resolve("content"),
            project.resolve("templates"),
            project.resolve("site"),
            project,
            true,
            Audience.PUBLIC,
            LocalDate.of(2025, 6, 1),
            false);
    BuildResult r = Pipeline.run(o);
    return r.diagnostics().all().stream()
        .map(Diagnostic::format)
        .map(l -> l.split("\\R")[0])
        .toList();
  }

  private static String body(String markdown) {
    int end = markdown.indexOf("\n---\n", 4);
    return markdown.substring(end + 5);
  }

  /**
   * Writes a mapping holding every key of {@code shape} with a value of its type, at {@code
   * indent}; with {@code extra}, also a key no shape declares. Returns the number of mappings
   * written.
   */
  static int yaml(Shape shape, String indent, boolean extra, StringBuilder out) {
    int mappings = 1;
    for (Key k : shape.keys()) {
      out.append(indent).append(k.name()).append(':');
      switch (k.type()) {
        case MAPPING -> {
          out.append('\n');
          mappings += yaml(k.shape().orElseThrow(), indent + "  ", extra, out);
        }
        case LIST, LIST_OF_IDS_OR_MAPPINGS -> {
          out.append('\n');
          if (k.type() == Type.LIST_OF_IDS_OR_MAPPINGS) {
            out.append(indent).append("  - sample-id\n");
          }
          StringBuilder item = new StringBuilder();
          mappings += yaml(k.shape().orElseThrow(), indent + "    ", extra, item);
          out.append(indent).append("  - ").append(item.substring(indent.length() + 4));
        }
        default -> out.append(' ').append(sample(k)).append('\n');
      }
    }
    if (extra) {
      out.append(indent).append("undeclared_key: surprise\n");
    }
    return mappings;
  }

  private static String sample(Key k) {
    return switch (k.type()) {
      case TEXT -> "Sample text";
      case MARKDOWN -> "Sample *text*.";
      case INTEGER -> "1";
      case BOOLEAN -> "true";
      case DATE -> "2025-01-14";
      case DATES -> "[2025-05-20, 2026-05-19]";
      case TIME -> "\"18:30\"";
      case ID -> "sample-id";
      case IDS -> "[sample-id, other-id]";
      case TEXTS -> "[First, Second]";
      case CHOICE -> k.values().get(0);
      case URL, HTTPS_URL -> "https://www.example.gov.uk/";
      case OFFSET -> "\"0:42:10\"";
      case EMAIL -> "someone@example.gov.uk";
      case LANGUAGE -> "en-GB";
      case MAPPING, LIST, LIST_OF_IDS_OR_MAPPINGS -> throw new IllegalArgumentException(k.name());
    };
  }

  // ---- the example and fixtures satisfy the schemas ---------------------------------------------

  @Test
  void everyContentFileOfTheExampleAndTheFixturesSatisfiesItsSchema() throws IOException {
    Path project = Fixtures.projectDir();
    List<Path> councils =
        List.of(
            project,
            project.resolve("src/test/resources/fixtures/golden"),
            project.resolve("src/test/resources/fixtures/golden-pdf"),
            project.resolve("src/test/resources/fixtures/minimal"));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Path council : councils) {
      try (Stream<Path> s = Files.walk(council.resolve("content"))) {
        for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
          String rel = council.relativize(f).toString().replace('\\', '/');
          Optional<Document> doc = kind(rel);
          if (doc.isEmpty()) {
            continue;
          }
          JsonNode json = EditorYaml.read(rel, Files.readString(f)).orElseThrow();
          assertEquals(
              List.of(),
              JsonSchemas.errors(schema(doc.get()), json),
              council.getFileName() + "/" + rel);
          counts.merge(doc.get().name(), 1, Integer::sum);
        }
      }
    }
    assertEquals(
        new TreeSet<>(FILES.keySet()),
        new TreeSet<>(counts.keySet()),
        "files of every kind were checked");
    assertTrue(
        counts.values().stream().mapToInt(Integer::intValue).sum() > 150, "checked: " + counts);
  }

  /**
   * The kind of file at {@code rel} (relative to its project), by the globs the editor settings
   * use.
   */
  static Optional<Document> kind(String rel) {
    for (Document doc : Documents.ALL) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + doc.glob());
      if (m.matches(Path.of(rel))) {
        return Optional.of(doc);
      }
    }
    return Optional.empty();
  }

  static Schema schema(Document doc) {
    return JsonSchemas.draft7(ContentSchemas.all().get(ContentSchemas.fileName(doc)));
  }

  // ---- broken content --------------------------------------------------------------------------

  @Test
  void theBrokenCasesASchemaCanExpressAreRefusedByIt() throws IOException {
    Path dir = Fixtures.projectDir().resolve("src/test/resources/cases/invalid");
    int refused = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path file : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Scenario c = Scenario.read(file);
        if (!EXPRESSIBLE.contains(c.name())) {
          continue;
        }
        Path project = root.resolve(c.name());
        Fixtures.copy(Fixtures.fixture("minimal"), project.resolve("content"));
        c.apply(project);
        String rel = c.expected().get(0).replaceAll(":\\d+:\\d+: error: .*", "");
        Document doc =
            kind(rel).orElseThrow(() -> new AssertionError(c.name() + ": no schema for " + rel));
        JsonNode json = EditorYaml.read(rel, Files.readString(project.resolve(rel))).orElseThrow();
        List<String> errors = JsonSchemas.errors(schema(doc), json);
        assertFalse(errors.isEmpty(), c.name() + ": the " + doc.name() + " schema refuses " + rel);
        refused++;
      }
    }
    assertEquals(EXPRESSIBLE.size(), refused, "every case named still exists");
  }

  @Test
  void rulesBetweenKeysAreInTheSchemas() {
    Schema person = schema(Documents.ALL.get(1));
    assertFalse(
        JsonSchemas.errors(person, "{\"name\":\"A\",\"kind\":\"officer\"}").isEmpty(),
        "an officer needs a job");
    assertEquals(
        List.of(),
        JsonSchemas.errors(
            person, "{\"name\":\"A\",\"kind\":\"officer\",\"job_title\":\"Clerk\"}"));
    assertFalse(
        JsonSchemas.errors(
                person,
                "{\"name\":\"A\",\"kind\":\"officer\",\"job_title\":\"Clerk\","
                    + "\"party\":\"Green\"}")
            .isEmpty(),
        "only councillors have a party");
    assertEquals(
        List.of(),
        JsonSchemas.errors(
            person,
            "{\"name\":\"A\",\"kind\":\"councillor\",\"party\":\"Green\"," + "\"ward\":null}"));
    assertFalse(
        JsonSchemas.errors(person, "{\"name\":\"A\",\"kind\":\"co-opted\"}").isEmpty(),
        "whom they represent");
    Schema paper = schema(Documents.ALL.get(4));
    assertFalse(
        JsonSchemas.errors(paper, "{\"title\":\"T\"}").isEmpty(),
        "a report (the default) needs report_of");
    assertEquals(List.of(), JsonSchemas.errors(paper, "{\"title\":\"T\",\"layout\":\"plain\"}"));
    assertFalse(
        JsonSchemas.errors(
                paper,
                "{\"title\":\"T\",\"layout\":\"plain\",\"appendices\":[{\"title\":\"A\","
                    + "\"file\":\"a.md\",\"generate\":\"tracker\"}]}")
            .isEmpty(),
        "an appendix has a file or is generated, not both");
    Schema meeting = schema(Documents.ALL.get(3));
    assertEquals(
        List.of(),
        JsonSchemas.errors(meeting, "{\"status\":\"cancelled\"}"),
        "a cancelled meeting needs no agenda");
    assertFalse(
        JsonSchemas.errors(meeting, "{\"status\":\"scheduled\"}").isEmpty(),
        "a scheduled one does");
    Schema committee = schema(Documents.ALL.get(2));
    String base = "{\"title\":\"T\",\"purpose\":\"P\",\"officer\":\"o\",\"members\":[";
    assertFalse(
        JsonSchemas.errors(
                committee, base + "{\"person\":\"c\",\"role\":\"chair\",\"voting\":true}]}")
            .isEmpty(),
        "councillors always vote: 'voting' is for co-opted members only");
    assertEquals(
        List.of(),
        JsonSchemas.errors(
            committee, base + "{\"person\":\"c\",\"role\":\"co-opted\",\"voting\":\"no\"}]}"));
  }
}
