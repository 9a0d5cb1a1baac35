package org.tabled.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.OutputText;

/**
 * A sensitive interest (Localism Act 2011 s.32) is published only as the fact that the member has
 * an interest whose details are withheld: its details reach no output, public or members'
 * confidential: no page, search shard, feed, open data file or PDF (text, metadata, bookmarks).
 *
 * <p>The golden council's Dev Anand registers a sensitive interest whose organisation and nature
 * hold a canary word, and this test adds one to Elsa Pike, whose person page is published, with the
 * canary in every key of the entry. The build must succeed and no output may hold the canary in any
 * case; the withheld wording must be there, so that the test is not passing on an empty site.
 */
class SensitiveInterestIT {

  /** In the golden fixture's people/dev-anand.yaml; a word no stemmer changes. */
  static final String CANARY = "zqxwvk";

  @TempDir Path dir;

  private Map<String, String> build(Audience audience) throws Exception {
    Path content = dir.resolve("content-" + audience);
    Fixtures.copy(Fixtures.fixture("golden"), content);
    Path elsa = content.resolve("people/elsa-pike.yaml");
    Files.writeString(
        elsa,
        Files.readString(elsa)
            + """
              - category: sponsorship
                organisation: Zqxwvk Holdings, sponsor
                nature: Zqxwvk paid her election expenses
                from: 2024-01-10
                spouse_or_partner: true
                sensitive: true
            """);
    Path out = dir.resolve("site-" + audience);
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content,
                Fixtures.projectDir().resolve("templates"),
                out,
                Fixtures.projectDir(),
                false,
                audience,
                LocalDate.of(2025, 6, 5),
                true));
    assertTrue(r.ok(), r.diagnostics().toString());
    return OutputText.of(out);
  }

  private static void assertNoCanary(Map<String, String> text, boolean site) throws Exception {
    assertTrue(
        Files.readString(Fixtures.fixture("golden").resolve("people/dev-anand.yaml"))
            .toLowerCase(Locale.ROOT)
            .contains(CANARY),
        "the fixture holds the canary");
    List<String> leaks = new ArrayList<>();
    text.forEach(
        (path, t) -> {
          if (t.toLowerCase(Locale.ROOT).contains(CANARY)) {
            leaks.add(path);
          }
        });
    assertEquals(List.of(), leaks, "the details of a sensitive interest were published");
    // a table cell's text wraps over lines
    String pack =
        text.get("committees/audit/2025-03-04/agenda-pack-audit-2025-03-04.pdf")
            .replaceAll("\\s+", " ");
    assertTrue(pack.contains("withheld under section 32"), "the schedule says one is withheld");
    assertTrue(pack.contains("Anand Joinery Ltd"), "the member's other interests are printed");
    if (!site) {
      return;
    }
    String meeting = text.get("committees/audit/2025-03-04/index.html");
    assertTrue(meeting.contains("withheld under section 32"), meeting);
    String person = text.get("people/elsa-pike/index.html");
    assertTrue(person.contains("Sensitive interest"), person);
    assertTrue(person.contains("withheld under section 32"), person);
  }

  @Test
  void theDetailsOfASensitiveInterestReachNoPublicOutput() throws Exception {
    assertNoCanary(build(Audience.PUBLIC), true);
  }

  @Test
  void norTheMembersConfidentialOutput() throws Exception {
    assertNoCanary(build(Audience.CONFIDENTIAL), false);
  }
}
