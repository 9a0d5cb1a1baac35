package org.tabled.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.JsonSchemas;
import org.tabled.testing.Standards;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example council's open data in Popolo and Open Civic Data form (issue 17): valid against the
 * standards' published schemas, consistent in its ids, and holding what the site shows.
 */
class OpenDataTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static Path site;
  static JsonNode popolo;
  static JsonNode events;
  static JsonNode votes;

  @BeforeAll
  static void build() throws Exception {
    Path project = Fixtures.projectDir();
    site = dir.resolve("site");
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                project.resolve("content"),
                project.resolve("templates"),
                site,
                project,
                false,
                Audience.PUBLIC,
                AS_OF,
                false));
    assertTrue(r.ok(), r.diagnostics().toString());
    popolo = JSON.readTree(site.resolve("data/popolo.json").toFile());
    events = JSON.readTree(site.resolve("data/ocd-events.json").toFile());
    votes = JSON.readTree(site.resolve("data/ocd-vote-events.json").toFile());
  }

  @Test
  void everyRecordSatisfiesTheStandardsSchemas() throws Exception {
    assertEquals(List.of(), Standards.problems(site));
    assertTrue(
        popolo.get("persons").size() > 20 && popolo.get("memberships").size() > 30,
        "the data is there");
    assertEquals(10, events.size(), "every meeting of the example");
    assertTrue(votes.size() >= 15, "the decisions of the published minutes: " + votes.size());
  }

  @Test
  void theSchemasRefuseWhatIsWrong() throws Exception {
    // the check must be able to fail: a person with a list for a name, an event with an unknown
    // status
    var person = Standards.popolo("person");
    assertFalse(JsonSchemas.errors(person, "{\"id\":\"x\",\"name\":[\"A\"]}").isEmpty());
    var contact = Standards.popolo("contact_detail");
    assertFalse(JsonSchemas.errors(contact, "{\"type\":\"email\"}").isEmpty(), "value is required");
    var event = Standards.ocd("event");
    assertFalse(
        JsonSchemas.errors(
                event,
                "{\"name\":\"M\",\"status\":\"happening\","
                    + "\"sources\":[{\"url\":\"https://x.example/\"}]}")
            .isEmpty());
    assertFalse(
        JsonSchemas.errors(
                event,
                "{\"name\":\"M\",\"start_date\":\"4 March\","
                    + "\"sources\":[{\"url\":\"https://x.example/\"}]}")
            .isEmpty());
    var vote = Standards.ocd("vote_event");
    assertFalse(JsonSchemas.errors(vote, "{\"result\":\"carried\"}").isEmpty());
  }

  @Test
  void popoloIdsReferToRecordsInTheFile() {
    Set<String> ids = new HashSet<>();
    for (String kind : List.of("persons", "organizations", "posts", "areas")) {
      popolo
          .get(kind)
          .forEach(n -> assertTrue(ids.add(n.get("id").asString()), "unique: " + n.get("id")));
    }
    for (JsonNode m : popolo.get("memberships")) {
      for (String ref : List.of("person_id", "organization_id", "post_id", "area_id")) {
        if (m.has(ref)) {
          assertTrue(ids.contains(m.get(ref).asString()), m.get("id") + " names " + m.get(ref));
        }
      }
    }
    for (JsonNode o : popolo.get("organizations")) {
      if (o.has("parent_id")) {
        assertTrue(ids.contains(o.get("parent_id").asString()));
      }
    }
    JsonNode chair =
        find(popolo.get("memberships"), "id", "membership/committee/communities-scrutiny/1");
    assertEquals("person/catherine-rowe", chair.get("person_id").asString());
    assertEquals("Chair", chair.get("role").asString());
    assertEquals("post/committee/communities-scrutiny/chair", chair.get("post_id").asString());
    assertEquals("Open Government Licence v3.0", popolo.get("meta").get("licence").asString());
  }

  @Test
  void eventsHoldTheAgendaOnlyOnceItIsPublished() {
    JsonNode held = event("2026-10-06");
    assertEquals("passed", held.get("status").asString());
    assertTrue(
        held.get("start_date").asString().startsWith("2026-10-06T19:00:00+01:00"),
        held.get("start_date").asString());
    assertTrue(held.get("agenda").size() > 4);
    JsonNode exempt = find(held.get("agenda"), "classification", null);
    assertTrue(exempt.get("notes").get(0).asString().contains("paragraph 3"), exempt.toString());
    assertFalse(exempt.has("related_entities"));
    assertTrue(
        held.get("participants").toString().contains("\"note\":\"present\""),
        "attendance from the minutes");
    assertTrue(held.get("documents").toString().contains("minutes/"), "the minutes are a document");

    JsonNode embargoed = event("2027-01-12");
    assertEquals("confirmed", embargoed.get("status").asString());
    assertFalse(embargoed.has("agenda"), "the agenda is published on 2026-12-31: " + embargoed);
    assertFalse(embargoed.has("documents"));
    assertEquals(false, embargoed.get("extras").get("agenda_published").asBoolean());

    JsonNode cancelled = event("2026-08-04");
    assertEquals("cancelled", cancelled.get("status").asString());
  }

  @Test
  void decisionsAreTheOutcomesOfPublishedMinutes() {
    JsonNode v = find(votes, "identifier", "ta-out-of-borough-notices");
    assertEquals("pass", v.get("result").asString());
    assertEquals("2026-10-06", v.get("start_date").asString());
    assertEquals("2026-27", v.get("legislative_session").asString());
    assertEquals(
        event("2026-10-06").get("id").asString(), v.get("extras").get("event_id").asString());
    assertTrue(v.get("sources").toString().contains("tracker/#ta-out-of-borough-notices"));
  }

  @Test
  void theDataPageListsTheFilesWithTheLicence() throws Exception {
    String page = Files.readString(site.resolve("data/index.html"));
    for (String href :
        List.of(
            "popolo.json",
            "ocd-events.json",
            "ocd-vote-events.json",
            "../meetings.ics",
            "../papers.atom",
            "../next-change.json",
            "../committees/children-scrutiny/tracker.json")) {
      assertTrue(page.contains("href=\"" + href + "\""), href);
    }
    assertTrue(
        page.contains("Open Government Licence v3.0")
            && page.contains(
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"));
    assertTrue(
        Files.readString(site.resolve("index.html")).contains("href=\"data/\""),
        "linked from every page");
  }

  private static JsonNode event(String date) {
    for (JsonNode e : events) {
      if (e.get("start_date").asString().startsWith(date)) {
        return e;
      }
    }
    throw new AssertionError("no event on " + date);
  }

  /**
   * The first entry whose {@code key} is {@code value}; with a null value, the Part 2 agenda item.
   */
  private static JsonNode find(JsonNode list, String key, String value) {
    for (JsonNode n : list) {
      if (value == null
          ? n.path(key).toString().contains("part-2")
          : n.path(key).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + key + " " + value + " in " + list);
  }
}
