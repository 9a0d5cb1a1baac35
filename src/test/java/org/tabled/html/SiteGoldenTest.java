package org.tabled.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Golden;
import org.tabled.testing.Sites;

/**
 * Golden files for representative pages and feeds of the small golden council ({@code
 * src/test/resources/fixtures/golden}): a change to a template or a view shows up as a reviewable
 * diff of {@code src/test/resources/golden/html/}. Update with {@code mvn verify
 * -Dgolden.update=true}.
 */
class SiteGoldenTest {

  /** The outputs kept as goldens: one of each page type, and the feeds. */
  static final List<String> SELECTED =
      List.of(
          "index.html",
          "committees/audit/index.html",
          "committees/audit/2025-03-04/index.html",
          "committees/audit/2025-01-14/index.html",
          "committees/audit/2025-03-04/treasury-review/index.html",
          "committees/audit/2025-03-04/treasury-review/appendix-1/index.html",
          "committees/audit/2025-03-04/minutes/index.html",
          "committees/audit/2025-06-10/index.html",
          "committees/audit/tracker/index.html",
          "committees/audit/tracker/in-progress/index.html",
          "committees/audit/work-programme/2025-26/index.html",
          "people/elsa-pike/index.html",
          "search/index.html",
          "search/committees/audit/2024-25/index.html",
          "accessibility/index.html",
          "404.html",
          "committees/audit/2025-03-04/meeting.ics",
          "committees/audit/2025-03-04/meeting.json",
          "committees/audit/tracker.json",
          "papers.atom",
          "sitemap.xml",
          "data/index.html",
          "data/popolo.json",
          "data/ocd-events.json",
          "data/ocd-vote-events.json",
          "next-change.json");

  @Test
  void pagesAndFeedsMatchTheirGoldenFiles() throws Exception {
    Path site = Sites.golden();
    Map<String, String> actual = new TreeMap<>();
    for (String path : SELECTED) {
      actual.put(path, Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
    Golden.in("html").check(actual);
  }
}
