package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;

/**
 * Page numbers that depend on layout are true in every PDF (issue 5): front-sheet ranges, "(see
 * page N)", "(page N of the agenda pack for …)" and the tracker's response pointers, each read back
 * and checked against where its target is ({@link PageRefs}); and they follow the content: when a
 * paper and a tracker response grow, every one of them moves to the new true page, in every pack,
 * on the next build, with no hand edits.
 */
class PageReferencesIT {

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyLayoutDependentPageNumberIsTrue() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Built b : List.of(Built.example(), Built.fixture())) {
      tests.add(
          dynamicTest(
              b.name(),
              () -> {
                PageRefs refs = PageRefs.of(b);
                assertEquals(List.of(), refs.problems);
                System.out.printf(
                    "%s: %d page ranges, %d 'see page', %d 'page N of the agenda pack', %d response pointers%n",
                    b.name(), refs.ranges, refs.see, refs.cross, refs.pointers);
                assertTrue(refs.see >= 3, "'see page' references: " + refs.see);
                assertTrue(refs.cross >= 2, "references into other packs: " + refs.cross);
                assertTrue(refs.pointers >= 1, "response pointers: " + refs.pointers);
              }));
    }
    return tests.stream();
  }

  /**
   * The moving pages test: build a copy of the example, lengthen a paper near the start of the 22
   * September 2026 pack (whose later papers are named from the 1 December pack) and the first
   * response printed in the 14 July 2026 tracker (whose later responses are pointed at from the
   * trackers of September and December), build again, and check that every page number is true
   * again, and that those that had to move did.
   */
  @Test
  void pageReferencesMoveWithTheContent() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copyExample(content);
    LocalDate asOf = LocalDate.of(2026, 11, 23);
    Built before = Built.build("moving-before", content, asOf);
    PageRefs was = PageRefs.of(before);
    assertEquals(List.of(), was.problems);

    Path paper =
        content.resolve(
            "committees/children-scrutiny/meetings/2026-09-22/papers/safeguarding-partnership-annual-report/paper.md");
    Files.writeString(
        paper, Files.readString(paper) + "\n## Further information\n\n" + paragraphs(25));
    Path response =
        content.resolve("committees/children-scrutiny/tracker/fh-evening-weekend-sessions.md");
    Files.writeString(response, Files.readString(response) + "\n" + paragraphs(7));
    Built after = Built.build("moving-after", content, asOf);
    PageRefs now = PageRefs.of(after);
    assertEquals(List.of(), now.problems, "every page number is true after the change");
    assertEquals(was.values.keySet(), now.values.keySet(), "the same references in both builds");

    Map<String, String> moved = new TreeMap<>();
    now.values.forEach(
        (k, v) -> {
          if (!v.equals(was.values.get(k))) {
            moved.put(k, was.values.get(k) + " -> " + v);
          }
        });
    System.out.println("moved: " + moved.size() + " of " + now.values.size());
    moved.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    // the September pack: the items after the grown paper
    assertMoved(moved, "2026-09-22/agenda-pack-children-scrutiny-2026-09-22.pdf | item 5");
    assertMoved(moved, "2026-09-22/agenda-pack-children-scrutiny-2026-09-22.pdf | item 7");
    // the December pack's references into the September pack, from a tracker response and the work
    // programme
    assertMoved(moved, "2026-12-01/agenda-pack-children-scrutiny-2026-12-01.pdf | paragraph 3.1 |");
    assertMoved(moved, "2026-12-01/agenda-pack-children-scrutiny-2026-12-01.pdf | Item 5 |");
    // the July tracker's own pointers, and the same responses carried forward in September and
    // December
    assertMoved(moved, "2026-07-14/agenda-pack-children-scrutiny-2026-07-14.pdf | Appendix 2 |");
    assertMoved(moved, "2026-09-22/agenda-pack-children-scrutiny-2026-09-22.pdf | Appendix 1 |");
    assertMoved(moved, "2026-12-01/agenda-pack-children-scrutiny-2026-12-01.pdf | Appendix 1 |");
    assertTrue(
        moved.keySet().stream()
            .anyMatch(
                k ->
                    k.contains("of the agenda pack for")
                        || moved.get(k).contains("of the agenda pack for 14 July 2026")),
        "a carried-forward pointer moved");
  }

  private static void assertMoved(Map<String, String> moved, String part) {
    assertTrue(
        moved.keySet().stream().anyMatch(k -> k.contains(part)), "nothing moved at '" + part + "'");
  }

  /** {@code n} paragraphs of plain prose, long enough to push what follows onto later pages. */
  private static String paragraphs(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append("This added paragraph, number ")
          .append(i)
          .append(", only makes the document longer so that the ")
          .append(
              "pages after it move. It repeats a plain sentence about the work of the committee and the ")
          .append(
              "reports it receives, and it says nothing that any test looks for in the text of a pack, ")
          .append(
              "except that its length pushes the rest of the document further down the page.\n\n");
    }
    return s.toString();
  }
}
