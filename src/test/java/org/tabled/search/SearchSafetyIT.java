package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Fixtures;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;

/**
 * Exempt and embargoed text reaches no file of the search index: neither as text in a passage nor
 * as terms in a shard, where "LARKSPUR-CANARY-5531" is stored as the keys "larkspur canari" and
 * "canari 5531" and a plain text search of the files would not see it. A build on the day the
 * embargo ends shows that the check does find a canary once it is published.
 */
class SearchSafetyIT {

  /** Planted in the example's exempt paper and appendix, and in a paper published on 2027-01-22. */
  static final List<String> EXAMPLE_EXEMPT =
      List.of("LARKSPUR-CANARY-5531", "LARKSPUR-APPENDIX-CANARY-9902", "Larkspur Holdings bid of");

  static final String EXAMPLE_EMBARGO = "EMBARGO-CANARY-2207";

  /** Planted in the golden council's exempt paper and in a paper published after its build day. */
  static final List<String> GOLDEN =
      List.of("GOLDEN-EXEMPT-CANARY-4417", "GOLDEN-EMBARGO-CANARY-6120");

  @Test
  void theExamplesExemptAndEmbargoedTextIsNotInTheIndex() throws Exception {
    List<String> canaries = new ArrayList<>(EXAMPLE_EXEMPT);
    canaries.add(EXAMPLE_EMBARGO);
    assertNotIndexed(Sites.example(), Fixtures.projectDir().resolve("content"), canaries);
  }

  @Test
  void theGoldenCouncilsExemptAndEmbargoedTextIsNotInTheIndex() throws Exception {
    assertNotIndexed(Sites.golden(), Fixtures.fixture("golden"), GOLDEN);
  }

  @Test
  void anEmbargoedPaperIsIndexedOnceItsDateHasCome() throws Exception {
    Path later =
        Sites.build(Fixtures.projectDir().resolve("content"), LocalDate.of(2027, 1, 22), false);
    IndexFiles index = IndexFiles.in(later.resolve("search"));
    assertFalse(
        documentsWithAllPairs(index, EXAMPLE_EMBARGO).isEmpty(),
        "the check finds a published canary");
    assertFalse(SiteFiles.containing(later.resolve("search"), EXAMPLE_EMBARGO).isEmpty());
  }

  private static void assertNotIndexed(Path site, Path content, List<String> canaries)
      throws Exception {
    IndexFiles index = IndexFiles.in(site.resolve("search"));
    assertTrue(index.documents() > 5, "the index was built: " + index.documents());
    for (String canary : canaries) {
      // The canary must really be in the content, or this test would prove nothing.
      assertFalse(
          SiteFiles.containing(content, canary).isEmpty(),
          canary + " is not in the content any more");
      assertEquals(
          List.of(),
          SiteFiles.containing(site.resolve("search"), canary),
          canary + " is in a passage");
      assertEquals(Set.of(), documentsWithAllPairs(index, canary), canary + " is in the shards");
    }
  }

  /** The documents holding every pair of neighbouring terms of {@code text}. */
  static Set<Integer> documentsWithAllPairs(IndexFiles index, String text) {
    List<String> terms = new Terms().terms(text);
    assertTrue(terms.size() > 1, text);
    Map<String, List<IndexFiles.Posting>> keys = index.keys();
    Set<Integer> docs = null;
    for (int i = 1; i < terms.size(); i++) {
      Set<Integer> with = new HashSet<>();
      keys.getOrDefault(terms.get(i - 1) + " " + terms.get(i), List.of())
          .forEach(p -> with.add(p.doc()));
      if (docs == null) {
        docs = with;
      } else {
        docs.retainAll(with);
      }
    }
    return docs;
  }
}
