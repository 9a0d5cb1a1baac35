package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The recommendation and action tracker on the website (issue 5): one entry per outcome in the
 * published minutes, each with the outcome's id; a page per status listing exactly the entries with
 * that status; the same counts in the open data; every outcome in the minutes linking to its entry;
 * outcomes of unpublished minutes left out.
 */
class TrackerSiteIT {

  static final List<String> STATUSES =
      List.of("open", "in-progress", "completed", "not-progressing");

  @TempDir Path tmp;

  /**
   * The example tracker is big enough to show everything: 12+ entries, 3+ meetings, every status.
   */
  @Test
  void theExampleTrackerHasEveryStatusAcrossMeetings() throws IOException {
    Document t = page(Sites.example(), "committees/children-scrutiny/tracker/");
    List<Element> entries = t.select("[data-status]");
    assertTrue(entries.size() >= 12, "entries: " + entries.size());
    assertTrue(t.select(".tracker-meeting").size() >= 3, "meetings");
    for (String s : STATUSES) {
      assertFalse(t.select("[data-status=" + s + "]").isEmpty(), "no entry is " + s);
    }
  }

  @Test
  void eachStatusPageListsExactlyTheEntriesWithThatStatus() throws IOException {
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      for (String tracker : trackers(site)) {
        Document all = page(site, tracker);
        Map<String, String> statusById = new TreeMap<>();
        all.select("[data-status]").forEach(e -> statusById.put(e.id(), e.attr("data-status")));
        assertFalse(statusById.isEmpty(), tracker);
        int listed = 0;
        for (String s : STATUSES) {
          Document filtered = page(site, tracker + s + "/");
          Set<String> expected = new TreeSet<>();
          statusById.forEach(
              (id, status) -> {
                if (status.equals(s)) {
                  expected.add(id);
                }
              });
          Set<String> shown = new TreeSet<>();
          filtered.select(".tracker-entry").forEach(e -> shown.add(e.id()));
          assertEquals(expected, shown, tracker + s + "/");
          assertTrue(
              filtered.select(".tracker-entry").stream()
                  .allMatch(e -> e.attr("data-status").equals(s)));
          // The summary table links every status page, and marks this one as the current page.
          assertEquals(4, filtered.select(".tracker-counts tbody a").size());
          assertEquals(
              "./", filtered.selectFirst(".tracker-counts a[aria-current=page]").attr("href"));
          assertEquals(
              String.valueOf(expected.size()),
              countCell(all, s),
              "count of " + s + " on " + tracker);
          listed += expected.size();
        }
        assertEquals(statusById.size(), listed, "every entry has one of the four statuses");
      }
    }
  }

  @Test
  void openDataHasTheSameEntriesAndCounts() throws IOException {
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      for (String tracker : trackers(site)) {
        TrackerData json =
            TrackerData.read(site.resolve(tracker.replaceFirst("tracker/$", "tracker.json")));
        Document all = page(site, tracker);
        assertEquals(all.select("[data-status]").size(), json.total(), tracker);
        assertEquals(
            all.select("[data-status]").eachAttr("id"),
            json.ids(),
            "same entries in the same order");
        assertEquals(all.select("[data-status]").eachAttr("data-status"), json.statuses(), tracker);
        for (String s : STATUSES) {
          assertEquals(countCell(all, s), String.valueOf(json.counts().get(s)), s);
        }
      }
    }
  }

  /** What a tracker.json says, read with Jackson's streaming parser. */
  record TrackerData(
      int total, Map<String, Integer> counts, List<String> ids, List<String> statuses) {
    static TrackerData read(Path file) throws IOException {
      Map<String, Integer> counts = new TreeMap<>();
      List<String> ids = new ArrayList<>();
      List<String> statuses = new ArrayList<>();
      int total = -1;
      try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
        String section = "";
        int depth = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth++;
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
          } else if (t == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (depth == 1) {
              section = name;
              if (name.equals("total")) {
                total = p.getIntValue();
              } else if (p.currentToken() == JsonToken.START_OBJECT
                  || p.currentToken() == JsonToken.START_ARRAY) {
                depth++;
              }
            } else if (section.equals("counts")) {
              counts.put(name, p.getIntValue());
            } else if (section.equals("entries") && depth == 3 && name.equals("id")) {
              ids.add(p.getText());
            } else if (section.equals("entries") && depth == 3 && name.equals("status")) {
              statuses.add(p.getText());
            } else if (p.currentToken() == JsonToken.START_OBJECT
                || p.currentToken() == JsonToken.START_ARRAY) {
              depth++;
            }
          }
        }
      }
      return new TrackerData(total, counts, ids, statuses);
    }
  }

  /** Each outcome in the minutes links to its entry, which links back to the outcome. */
  @Test
  void minutesAndTrackerLinkToEachOther() throws IOException {
    Path site = Sites.example();
    Document tracker = page(site, "committees/children-scrutiny/tracker/");
    int outcomes = 0;
    for (String date : List.of("2026-03-10", "2026-07-14", "2026-09-22", "2026-11-17")) {
      Document minutes = page(site, "committees/children-scrutiny/" + date + "/minutes/");
      for (Element li : minutes.select(".outcome-list > li")) {
        String id = li.id().replaceFirst("^outcome-", "");
        Element link = li.selectFirst(".tracked a");
        assertNotNull(link, li.id());
        assertEquals("../../tracker/#" + id, link.attr("href"));
        Element entry = tracker.getElementById(id);
        assertNotNull(entry, "no tracker entry " + id);
        assertEquals(
            "../" + date + "/minutes/#outcome-" + id, entry.selectFirst("a.minuted").attr("href"));
        // The status in the minutes is the tracker's.
        assertEquals(
            entry.selectFirst("h4 .tag").text(), li.selectFirst(".tracked .tag").text(), id);
        outcomes++;
      }
    }
    assertEquals(tracker.select("[data-status]").size(), outcomes);
  }

  /**
   * The committee page links the tracker and gives its counts, and links every work programme,
   * newest first.
   */
  @Test
  void committeePageLinksTrackerAndWorkProgrammes() throws IOException {
    Document c = page(Sites.example(), "committees/children-scrutiny/");
    assertFalse(c.select("a[href=tracker/]").isEmpty());
    assertEquals(
        List.of("work-programme/2026-27/", "work-programme/2025-26/"),
        c.select("a[href^=work-programme/]").eachAttr("href"));
    assertEquals(
        List.of("Open: 4", "In progress: 5", "Completed: 8", "Not progressing: 1"),
        c.select(".tracker-summary li").eachText());
  }

  /** Outcomes in minutes the public cannot see yet are not on the tracker, nor in its open data. */
  @Test
  void outcomesOfUnpublishedMinutesAreLeftOut() throws IOException {
    Path content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden"), content);
    Path minutes = content.resolve("committees/audit/meetings/2025-03-04/minutes.md");
    Files.writeString(
        minutes, Files.readString(minutes).replace("status: approved", "status: draft"));
    // Before 2 June, when the agenda that asks the committee to approve the draft is published.
    Path site = Sites.build(content, LocalDate.of(2025, 6, 1), false);
    Document t = page(site, "committees/audit/tracker/");
    assertTrue(t.select("[data-status]").isEmpty(), t.select("[data-status]").toString());
    assertTrue(t.text().contains("has not made any recommendations"), t.text());
    assertFalse(Files.exists(site.resolve("committees/audit/2025-03-04/minutes/index.html")));
    String json = Files.readString(site.resolve("committees/audit/tracker.json"));
    assertTrue(json.contains("\"total\" : 0"), json);
    assertFalse(json.contains("audit-refinancing-options"), json);
  }

  private static String countCell(Document tracker, String status) {
    Element row =
        tracker.select(".tracker-counts tbody tr").stream()
            .filter(tr -> tr.selectFirst("a").attr("href").equals(status + "/"))
            .findFirst()
            .orElseThrow();
    return row.selectFirst("td").text();
  }

  /** The main tracker page of each committee in the site. */
  private static List<String> trackers(Path site) throws IOException {
    List<String> out = new ArrayList<>();
    try (var s = Files.list(site.resolve("committees"))) {
      s.sorted().forEach(c -> out.add("committees/" + c.getFileName() + "/tracker/"));
    }
    return out;
  }

  static Document page(Path site, String path) throws IOException {
    return Jsoup.parse(site.resolve(path + "index.html").toFile(), "UTF-8");
  }
}
