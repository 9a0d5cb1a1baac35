package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tabled.format.Dates;
import org.tabled.search.IndexFiles;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;

/**
 * The search index and pages of built sites: every public document is indexed with its full text
 * and links to a page (and anchor) that exists; without JavaScript, the search page lists every
 * document through one page per committee and municipal year.
 */
class SearchSiteIT {

  private static final Pattern MEETING_LINK =
      Pattern.compile(
          "href=\"\\.\\./\\.\\./\\.\\./\\.\\./(committees/[^/\"]+/(\\d{4}-\\d\\d-\\d\\d)/)\"");

  @Test
  void theIndexHoldsTheFullTextOfEveryKindOfDocument() {
    IndexFiles index = IndexFiles.in(Sites.golden().resolve("search"));
    Map<String, String> text = texts(index);
    assertTrue(text.containsKey("committees/audit/2025-03-04/treasury-review/"), "the paper");
    assertTrue(
        text.containsKey("committees/audit/2025-03-04/treasury-review/appendix-1/"),
        "its appendix");
    assertTrue(text.containsKey("committees/audit/2025-03-04/minutes/"), "the minutes");
    assertTrue(text.containsKey("committees/audit/work-programme/2025-26/"), "a work programme");
    assertTrue(
        text.get("committees/audit/2025-03-04/treasury-review/")
            .contains("A loan of £4 million falls due in March"));
    List<String> tracker =
        text.keySet().stream().filter(p -> p.startsWith("committees/audit/tracker/#")).toList();
    assertTrue(tracker.size() >= 3, "tracker entries: " + tracker);
    assertTrue(
        text.values().stream()
            .anyMatch(t -> t.contains("cannot give a timetable until the national backlog")),
        "a tracker response");
    assertTrue(index.keys().containsKey("treasuri"), "its words are in the shards");
  }

  @Test
  void everyDocumentAndAnchorInTheIndexIsOnItsPage() throws Exception {
    for (Path site : List.of(Sites.golden(), Sites.example())) {
      IndexFiles index = IndexFiles.in(site.resolve("search"));
      int anchors = 0;
      for (int d = 0; d < index.documents(); d++) {
        List<IndexFiles.Passage> passages = index.passages(d);
        assertFalse(passages.isEmpty(), "document " + d + " has no passage");
        String path = passages.get(0).path();
        String[] parts = path.split("#", 2);
        String page =
            Files.readString(site.resolve(parts[0] + "index.html"), StandardCharsets.UTF_8);
        Set<String> ids = new TreeSet<>();
        if (parts.length > 1) {
          ids.add(parts[1]);
        }
        passages.forEach(p -> p.anchors().forEach(a -> ids.add((String) a.get(1))));
        for (String id : ids) {
          assertTrue(page.contains("id=\"" + id + "\""), path + " has no element #" + id);
          anchors++;
        }
      }
      assertTrue(anchors > 20, "anchors checked: " + anchors);
    }
  }

  @Test
  void everyPaperAndMinutesIsIndexed() throws Exception {
    Path site = Sites.example();
    Set<String> indexed = texts(IndexFiles.in(site.resolve("search"))).keySet();
    List<String> pages =
        SiteFiles.pages(site).stream()
            .map(SiteFiles::pagePath)
            .filter(p -> p.matches("committees/[^/]+/\\d{4}-\\d\\d-\\d\\d/[^/]+/(appendix-\\d+/)?"))
            .toList();
    assertTrue(pages.size() > 30, "papers, appendices and minutes: " + pages.size());
    assertEquals(
        List.of(),
        pages.stream().filter(p -> !indexed.contains(p)).toList(),
        "pages not in the index");
  }

  @Test
  void withoutJavaScriptTheSearchPageExplainsAndLinksAYearPageForEachCommitteesYear()
      throws Exception {
    for (Path site : List.of(Sites.golden(), Sites.example())) {
      String search = Files.readString(site.resolve("search/index.html"), StandardCharsets.UTF_8);
      String main = search.substring(search.indexOf("<main"), search.indexOf("</main>"));
      assertTrue(
          main.indexOf("data-search-nojs") < main.indexOf("<form"), "the explanation comes first");
      assertTrue(
          main.matches("(?s).*<form[^>]*\\shidden>.*"),
          "the box is hidden until the script shows it");
      List<String> yearPages =
          SiteFiles.pages(site).stream().filter(p -> p.startsWith("search/committees/")).toList();
      assertFalse(yearPages.isEmpty());
      Map<String, String> listedOn = new HashMap<>();
      for (String file : yearPages) {
        Matcher path =
            Pattern.compile("search/committees/([^/]+)/(\\d{4}-\\d\\d)/index.html").matcher(file);
        assertTrue(path.matches(), file);
        assertTrue(
            main.contains("href=\"committees/" + path.group(1) + "/" + path.group(2) + "/\""),
            "the search page links " + file);
        String page = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
        Matcher m = MEETING_LINK.matcher(page);
        while (m.find()) {
          assertTrue(
              m.group(1).startsWith("committees/" + path.group(1) + "/"),
              file + " lists " + m.group(1));
          assertEquals(
              path.group(2),
              Dates.municipalYear(LocalDate.parse(m.group(2))),
              file + ": " + m.group(1));
          String other = listedOn.put(m.group(1), file);
          assertTrue(other == null || other.equals(file), m.group(1) + " is on two pages");
        }
      }
      // Every meeting page with papers or minutes is listed on exactly one year page.
      List<String> withDocuments =
          SiteFiles.pages(site).stream()
              .map(SiteFiles::pagePath)
              .filter(p -> p.matches("committees/[^/]+/\\d{4}-\\d\\d-\\d\\d/[^/]+/"))
              .map(p -> p.replaceAll("[^/]+/$", ""))
              .distinct()
              .sorted()
              .toList();
      assertEquals(
          withDocuments,
          listedOn.keySet().stream().sorted().toList(),
          "meetings listed on year pages");
    }
  }

  private static Map<String, String> texts(IndexFiles index) {
    Map<String, String> out = new HashMap<>();
    for (int d = 0; d < index.documents(); d++) {
      List<IndexFiles.Passage> ps = index.passages(d);
      List<String> texts = new ArrayList<>();
      ps.forEach(p -> texts.add(p.text()));
      out.put(ps.get(0).path(), texts.stream().collect(Collectors.joining(" ")));
    }
    return out;
  }
}
