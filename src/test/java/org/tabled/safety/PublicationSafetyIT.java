package org.tabled.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.OutputText;
import org.tabled.testing.Standards;

/**
 * Whole builds of the example council: exempt and embargoed text reaches no public file (PDF text,
 * metadata and bookmarks included), and does reach the members' confidential packs; two builds of
 * the same content are byte-identical. (Issue 6.)
 */
class PublicationSafetyIT {

  /** Strings that appear only in the example's exempt paper and its appendix. */
  static final List<String> EXEMPT_CANARIES =
      List.of("LARKSPUR-CANARY-5531", "LARKSPUR-APPENDIX-CANARY-9902", "Larkspur Holdings bid of");

  /** A string that appears only in a paper published on 2027-01-22. */
  static final String EMBARGO_CANARY = "EMBARGO-CANARY-2207";

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  @TempDir static Path dir;
  static Map<String, String> publicText;

  /**
   * True if {@code text} contains {@code canary}, ignoring whitespace: PDF text extraction breaks
   * lines, and a canary wrapped at its hyphen ("LARKSPUR-" / "APPENDIX-…") must still be found.
   */
  static boolean contains(String text, String canary) {
    return text.replaceAll("\\s+", "").contains(canary.replaceAll("\\s+", ""));
  }

  static BuildOptions options(Path out, Audience audience, LocalDate asOf) {
    Path project = Fixtures.projectDir();
    return new BuildOptions(
        project.resolve("content"),
        project.resolve("templates"),
        out,
        project,
        false,
        audience,
        asOf,
        true);
  }

  @BeforeAll
  static void buildPublicSite() throws Exception {
    BuildResult r = Pipeline.run(options(dir.resolve("site"), Audience.PUBLIC, AS_OF));
    assertTrue(r.ok(), r.diagnostics().toString());
    publicText = OutputText.of(dir.resolve("site"));
  }

  @Test
  void exemptTextIsInNoPublicFileNorFileName() {
    assertTrue(publicText.size() > 50, "the site was built: " + publicText.size() + " files");
    for (var f : publicText.entrySet()) {
      for (String canary : EXEMPT_CANARIES) {
        assertFalse(contains(f.getValue(), canary), canary + " leaked into " + f.getKey());
      }
      assertFalse(
          f.getKey().contains("ta-framework-award"),
          "an exempt paper's id is in a file name: " + f.getKey());
      assertFalse(
          f.getValue().contains("ta-framework-award"),
          "an exempt paper's id leaked into " + f.getKey());
    }
  }

  @Test
  void embargoedTextIsNotPublishedBeforeItsDate() throws Exception {
    for (var f : publicText.entrySet()) {
      assertFalse(
          contains(f.getValue(), EMBARGO_CANARY), "embargoed text leaked into " + f.getKey());
    }
    Path later = dir.resolve("site-2027");
    assertTrue(Pipeline.run(options(later, Audience.PUBLIC, LocalDate.of(2027, 1, 22))).ok());
    assertTrue(
        OutputText.of(later).values().stream().anyMatch(t -> contains(t, EMBARGO_CANARY)),
        "on its publication date the paper is published");
  }

  /**
   * The open data files (issue 17): each is in the public site, and so in the canary checks above.
   */
  static final List<String> OPEN_DATA =
      List.of(
          "data/popolo.json",
          "data/ocd-events.json",
          "data/ocd-vote-events.json",
          "data/index.html",
          "next-change.json");

  @Test
  void openDataHoldsNoExemptOrEmbargoedTextAndIsValid() throws Exception {
    for (String f : OPEN_DATA) {
      String text = publicText.get(f);
      assertTrue(text != null && text.length() > 100, f + " is published");
      for (String canary : EXEMPT_CANARIES) {
        assertFalse(contains(text, canary), canary + " leaked into " + f);
      }
      assertFalse(contains(text, EMBARGO_CANARY), "embargoed text leaked into " + f);
      assertFalse(text.contains("ta-framework-award"), "an exempt paper's id leaked into " + f);
      // the agenda of 12 January 2027 is published on 31 December 2026: its items are not known yet
      assertFalse(
          text.contains("Safer Ashcombe Partnership plan"),
          "an embargoed agenda item leaked into " + f);
      assertFalse(
          text.contains("community-safety-plan"), "an embargoed paper's id leaked into " + f);
    }
    assertTrue(
        publicText
            .get("data/ocd-events.json")
            .contains("Temporary accommodation framework contract award"),
        "a Part 2 item is listed by its title, as the law requires");
    assertEquals(
        List.of(),
        Standards.problems(dir.resolve("site")),
        "valid against Popolo and Open Civic Data");
    // the Youth Voice report for 1 December is published on 27 November, in a supplementary agenda
    assertTrue(
        publicText.get("next-change.json").contains("\"next_change\" : \"2026-11-27\""),
        "the next paper is published on 27 November: " + publicText.get("next-change.json"));
  }

  @Test
  void confidentialBuildHasTheExemptPapers() throws Exception {
    Path members = dir.resolve("members");
    BuildResult r = Pipeline.run(options(members, Audience.CONFIDENTIAL, AS_OF));
    assertTrue(r.ok(), r.diagnostics().toString());
    Map<String, String> text = OutputText.of(members);
    for (String canary : EXEMPT_CANARIES) {
      assertTrue(
          text.values().stream().anyMatch(t -> contains(t, canary)),
          canary + " is in the members' packs");
    }
    assertTrue(
        text.keySet().stream().allMatch(p -> p.endsWith(".pdf") || p.startsWith(".")),
        "a confidential build holds packs only: " + text.keySet());
  }

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    Path again = dir.resolve("site-again");
    assertTrue(Pipeline.run(options(again, Audience.PUBLIC, AS_OF)).ok());
    assertEquals(Fixtures.fingerprint(dir.resolve("site")), Fixtures.fingerprint(again));
  }
}
