package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.tabled.testing.LinkChecker;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;

/**
 * The example council ({@code content/}) built as the README's build command builds it: every page
 * type is there, every internal link and anchor resolves, and no exempt or embargoed text reaches
 * any public file (pages, search index, feeds, open data).
 */
class ExampleSiteIT {

  /** Phrases planted in the example's exempt paper and its appendix. */
  static final List<String> EXEMPT_CANARIES =
      List.of("LARKSPUR-CANARY-5531", "LARKSPUR-APPENDIX-CANARY-9902");

  /** Planted in a paper whose agenda is published after {@link Sites#EXAMPLE_AS_OF}. */
  static final String EMBARGO_CANARY = "EMBARGO-CANARY-2207";

  @Test
  void everyPageTypeAndFeedIsBuilt() throws Exception {
    List<String> files = SiteFiles.all(Sites.example());
    for (String f :
        List.of(
            "index.html",
            "404.html",
            "accessibility/index.html",
            "search/index.html",
            "search/search-index.js",
            "people/index.html",
            "people/priya-chandran/index.html",
            "committees/children-scrutiny/index.html",
            "committees/children-scrutiny/2026-09-22/index.html",
            "committees/children-scrutiny/2026-09-22/school-place-planning/index.html",
            "committees/children-scrutiny/2026-09-22/school-place-planning/appendix-1/index.html",
            "committees/children-scrutiny/2026-03-10/minutes/index.html",
            "committees/children-scrutiny/meetings.ics",
            "committees/children-scrutiny/2026-09-22/meeting.ics",
            "committees/children-scrutiny/2026-09-22/meeting.json",
            "committees/children-scrutiny/tracker/index.html",
            "committees/children-scrutiny/tracker/open/index.html",
            "committees/children-scrutiny/tracker.json",
            "committees/children-scrutiny/work-programme/2026-27/index.html",
            "meetings.ics",
            "papers.atom",
            "sitemap.xml",
            "assets/site.css",
            "assets/search.js",
            "assets/tracker.js")) {
      assertTrue(files.contains(f), "missing " + f);
    }
  }

  @Test
  void everyInternalLinkAndAnchorResolves() throws Exception {
    LinkChecker.Result r = new LinkChecker(Sites.example(), "/").check();
    assertEquals(List.of(), r.broken(), r.broken().size() + " broken links");
    assertTrue(r.checked() > 1000, "links checked: " + r.checked());
    assertTrue(r.anchors() > 50, "anchors checked: " + r.anchors());
  }

  @Test
  void exemptTextIsInNoPublicFile() throws Exception {
    for (String canary : EXEMPT_CANARIES) {
      // The canary must really be in the content, or this test would prove nothing.
      assertTrue(contentContains(canary), canary + " is not in content/ any more");
      assertEquals(
          List.of(), SiteFiles.containing(Sites.example(), canary), canary + " was published");
    }
  }

  @Test
  void embargoedTextIsPublishedOnlyFromItsDate() throws Exception {
    assertTrue(contentContains(EMBARGO_CANARY), EMBARGO_CANARY + " is not in content/ any more");
    assertEquals(List.of(), SiteFiles.containing(Sites.example(), EMBARGO_CANARY));
    Path later =
        Sites.build(Fixtures.projectDir().resolve("content"), LocalDate.of(2027, 2, 1), false);
    assertFalse(
        SiteFiles.containing(later, EMBARGO_CANARY).isEmpty(), "published once its date has come");
  }

  @Test
  void identicalContentGivesByteIdenticalOutput() throws Exception {
    Path content = Fixtures.projectDir().resolve("content");
    Path a = Sites.build(content, Sites.EXAMPLE_AS_OF, false);
    Path b = Sites.build(content, Sites.EXAMPLE_AS_OF, false);
    assertEquals(Fixtures.fingerprint(a), Fixtures.fingerprint(b));
  }

  private static boolean contentContains(String text) throws Exception {
    return !SiteFiles.containing(Fixtures.projectDir().resolve("content"), text).isEmpty();
  }
}
