package org.tabled.testing;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas of the open data standards, kept in {@code src/test/resources/standards/}
 * (see its README for their sources and licences), and the check of Tabled's open data files
 * against them.
 */
public final class Standards {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String POPOLO = "http://www.popoloproject.com/schemas/";

  private Standards() {}

  private static Path dir() {
    return Fixtures.projectDir().resolve("src/test/resources/standards");
  }

  /** A Popolo schema by name ("person"), its references to the others resolved locally. */
  public static Schema popolo(String name) {
    Map<String, String> schemas = new HashMap<>();
    try (Stream<Path> s = Files.list(dir().resolve("popolo"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        String draft4 = Draft3.toDraft4(Files.readString(f));
        schemas.put(POPOLO + f.getFileName(), draft4);
        schemas.put(POPOLO + f.getFileName() + "#", draft4);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JsonSchemas.draft4(schemas, POPOLO + name + ".json");
  }

  /**
   * An Open Civic Data schema by name ("event", "vote_event"), as published by its scraper, pupa.
   */
  public static Schema ocd(String name) {
    try {
      String id = "https://tabled.invalid/standards/ocd/" + name + ".json";
      return JsonSchemas.draft4(
          Map.of(id, Draft3.toDraft4(Files.readString(dir().resolve("ocd/" + name + ".json")))),
          id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every problem found in a built site's open data: each person, organization, membership, post
   * and area of {@code data/popolo.json} against Popolo's schema of its kind, and each event and
   * vote event against Open Civic Data's. Empty when all is valid.
   */
  public static List<String> problems(Path site) throws IOException {
    List<String> out = new ArrayList<>();
    JsonNode popolo = JSON.readTree(site.resolve("data/popolo.json").toFile());
    for (var kind :
        Map.of(
                "persons",
                "person",
                "organizations",
                "organization",
                "memberships",
                "membership",
                "posts",
                "post",
                "areas",
                "area")
            .entrySet()) {
      Schema schema = popolo(kind.getValue());
      for (JsonNode n : popolo.path(kind.getKey())) {
        for (String e : JsonSchemas.errors(schema, n)) {
          // The validator checks an email's domain against the real top-level domains; the example
          // council's fictional addresses use the reserved one, .example (RFC 2606), on purpose.
          boolean reserved =
              e.startsWith("/email: does not match the email pattern")
                  && n.path("email").asString().endsWith(".example");
          if (!reserved) {
            out.add("popolo " + n.path("id").asString() + ": " + e);
          }
        }
      }
    }
    for (var kind :
        Map.of("data/ocd-events.json", "event", "data/ocd-vote-events.json", "vote_event")
            .entrySet()) {
      Schema schema = ocd(kind.getValue());
      for (JsonNode n : JSON.readTree(site.resolve(kind.getKey()).toFile())) {
        JsonSchemas.errors(schema, n)
            .forEach(e -> out.add(kind.getValue() + " " + n.path("id").asString() + ": " + e));
      }
    }
    return out;
  }
}
