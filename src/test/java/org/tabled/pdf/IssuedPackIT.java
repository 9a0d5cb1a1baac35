package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * Issued packs do not change silently (issue 15), on the example council, whose agenda pack for the
 * Communities Scrutiny Committee on 6 October 2026 was issued on 28 September and reissued on 1
 * October (the consultation's closing date in the air quality report was wrong): its {@code
 * issued.yaml} and the first issue's PDF are committed in the meeting's folder.
 *
 * <p>(a) an edit to one paragraph of that paper without a reissue fails the build with one error
 * naming the pack and the item, and the previous site is untouched; (b) the reissued pack says so
 * on its front sheet and at its foot, and the first issue is linked from the meeting page and
 * opens; (c) a build after a pack's date records it, and a second build changes nothing; (d) check
 * never writes; (e) a hand-edited or corrupt record is an error at its line, a confidential build
 * writes nothing.
 */
class IssuedPackIT {

  private static final String MEETING = "committees/communities-scrutiny/2026-10-06/";
  private static final String PACK = MEETING + "agenda-pack-communities-scrutiny-2026-10-06.pdf";
  private static final String ISSUE_1 =
      MEETING + "agenda-pack-issue-1-communities-scrutiny-2026-10-06.pdf";
  private static final String FOLDER = "committees/communities-scrutiny/meetings/2026-10-06/";
  private static final String PAPER = FOLDER + "papers/air-quality-action-plan/paper.md";
  private static final String REASON =
      "the closing date of the consultation in paragraph 1.2 of the air quality report was wrong.";

  @TempDir Path dir;

  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private static Path example() {
    return Fixtures.projectDir().resolve("content");
  }

  @Test
  void theReissuedPackSaysSoOnItsFrontSheetAndAtItsFoot() throws IOException {
    PdfPages pdf = new PdfPages(Built.example().bytes(PACK));
    String front = pdf.page(1).flatBody();
    assertTrue(front.contains("Reissued Thursday 1 October 2026: " + REASON), front);
    assertTrue(front.contains("Items changed since the previous issue: 4."), front);
    List<String> problems = new ArrayList<>();
    for (PdfPages.Page p : pdf.pages) {
      if (!p.issue().equals("Issue 2, 1 October 2026")) {
        problems.add("page " + p.number() + ": '" + p.issue() + "'");
      }
    }
    assertEquals(List.of(), problems, "the issue at the foot of every page");
    assertTrue(pdf.allText().contains("16 September 2026"), "the corrected text");
  }

  @Test
  void theFirstIssueIsLinkedFromTheMeetingPageAndOpens() throws IOException {
    Built b = Built.example();
    Document page = Jsoup.parse(b.out().resolve(MEETING + "index.html").toFile(), "UTF-8");
    Element link =
        page.selectFirst("a[href=agenda-pack-issue-1-communities-scrutiny-2026-10-06.pdf]");
    assertTrue(link != null, "a link to the first issue");
    assertTrue(
        link.text()
            .startsWith(
                "Agenda pack, issue 1 (published 28 September 2026, replaced by issue 2, PDF, "),
        link.text());
    Element current = page.selectFirst("a[href=agenda-pack-communities-scrutiny-2026-10-06.pdf]");
    assertTrue(
        current.text().startsWith("Agenda pack (issue 2, reissued 1 October 2026, PDF, "),
        current.text());
    PdfPages first = new PdfPages(b.bytes(ISSUE_1));
    assertTrue(first.count() > 4, "it opens: " + first.count() + " pages");
    assertFalse(first.allText().contains("Reissued"), "the first issue as it was sent");
    assertTrue(first.allText().contains("9 September 2026"), "with its mistake");
    assertEquals(
        Fixtures.sha256(
            Files.readAllBytes(example().resolve(FOLDER + "issued/agenda-issue-1.pdf"))),
        Fixtures.sha256(b.bytes(ISSUE_1)),
        "the kept copy, byte for byte");
  }

  @Test
  void theReissuedPackConformsToPdfUa1() throws Exception {
    assertEquals("", PdfUaIT.failures(Built.example().bytes(PACK)));
  }

  @Test
  void theRecordHoldsNoTextAndNoExemptPaper() throws IOException {
    String yaml = Files.readString(example().resolve(FOLDER + "issued.yaml"));
    assertFalse(yaml.contains("ta-framework-award"), "the Part 2 paper is not in the record");
    assertFalse(yaml.contains("air quality"), "no text of the content");
    assertTrue(yaml.contains("changed: [4]"), yaml);
  }

  @Test
  void editingAParagraphOfAnIssuedPackFailsAndLeavesTheSite() throws IOException {
    Path content = dir.resolve("content");
    Fixtures.copy(example(), content);
    // the previous site: the example as built for the same day
    Path site = dir.resolve("site");
    Fixtures.copy(Built.example().out(), site);
    Map<String, String> before = Fixtures.fingerprint(site);
    Path paper = content.resolve(PAPER);
    String text = Files.readString(paper);
    String edited =
        text.replace("between 1 July and 16 September", "between 1 July and 30 September");
    assertNotEquals(text, edited, "the paragraph to edit");
    Files.writeString(paper, edited);
    Cli.Result r =
        Cli.run(
            "build",
            "--content",
            content.toString(),
            "--out",
            site.toString(),
            "--no-cache",
            "--as-of",
            "2026-11-23");
    assertEquals(1, r.exit(), r.err());
    List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(1, errors.size(), r.err());
    assertTrue(
        errors
            .get(0)
            .contains(
                "papers/air-quality-action-plan/paper.md:2:1: error: the agenda pack for"
                    + " communities-scrutiny on 6 October 2026 (issue 2, published 1 October 2026)"
                    + " would change: the text of paper 'air-quality-action-plan' (item 4) changed"),
        errors.get(0));
    assertEquals(before, Fixtures.fingerprint(site), "the previous site is untouched");
    assertEquals(
        Fixtures.fingerprint(example().resolve(FOLDER + "issued")),
        Fixtures.fingerprint(content.resolve(FOLDER + "issued")),
        "nothing recorded");
    // check says the same, without laying anything out
    Cli.Result check = Cli.run("check", "--content", content.toString(), "--as-of", "2026-11-23");
    assertEquals(1, check.exit(), check.err());
    assertTrue(check.err().contains("(item 4) changed"), check.err());
  }

  @Test
  void diffPrintsWhatTheReissueChanged() {
    Cli.Result r =
        Cli.run("diff", "--content", example().toString(), "communities-scrutiny/2026-10-06");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "the agenda pack for communities-scrutiny on 6 October 2026: issue 1 (28 September 2026, "
            + r.out().lines().findFirst().orElse("").replaceAll(".*\\(28 September 2026, ", ""),
        r.out().lines().findFirst().orElse(""));
    assertTrue(
        r.out().contains("  - the text of paper 'air-quality-action-plan' (item 4) changed"),
        r.out());
    assertEquals(
        2, Cli.run("diff", "--content", example().toString(), "not-a-meeting").exit(), "usage");
    Cli.Result none =
        Cli.run(
            "diff",
            "--content",
            example().toString(),
            "--pack",
            "supplement-1",
            "communities-scrutiny/2026-10-06");
    assertEquals(1, none.exit());
    assertTrue(none.err().contains("has no recorded issue"), none.err());
  }

  /** The minimal fixture, copied, and built for a day after both its agendas. */
  private Path minimal() throws IOException {
    Path content = dir.resolve("minimal/content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    return content;
  }

  private static Cli.Result build(Path content, Path site, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--content",
                content.toString(),
                "--out",
                site.toString(),
                "--no-cache",
                "--as-of",
                "2025-06-01"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aBuildRecordsWhatItIssuedOnceAndThenChangesNothing() throws IOException {
    Path content = minimal();
    Map<String, String> original = Fixtures.fingerprint(content);
    // check says what build would record, and writes nothing
    Cli.Result check = Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(0, check.exit(), check.err());
    assertTrue(
        check
            .out()
            .contains(
                "build would record as issued: issue 1 of the agenda pack for audit on 14 January"
                    + " 2025"),
        check.out());
    assertEquals(original, Fixtures.fingerprint(content), "check never writes");
    // a confidential build writes nothing in the content either
    Cli.Result members = build(content, dir.resolve("members"), "--confidential");
    assertEquals(0, members.exit(), members.err());
    assertEquals(original, Fixtures.fingerprint(content), "a confidential build never records");
    // a build does, after the site is written
    Cli.Result first = build(content, dir.resolve("site"));
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("Recorded as issued: issue 1 of the agenda pack"), first.out());
    Path yaml = content.resolve("committees/audit/meetings/2025-01-14/issued.yaml");
    assertTrue(Files.exists(yaml));
    assertTrue(
        Files.exists(
            content.resolve("committees/audit/meetings/2025-01-14/issued/agenda-issue-1.pdf")));
    String record = Files.readString(yaml);
    assertTrue(record.contains("  - pack: agenda\n    issue: 1\n    date: 2025-01-06\n"), record);
    Map<String, String> recorded = Fixtures.fingerprint(content);
    Cli.Result second = build(content, dir.resolve("site"));
    assertEquals(0, second.exit(), second.err());
    assertFalse(second.out().contains("Recorded"), second.out());
    assertEquals(recorded, Fixtures.fingerprint(content), "a second build changes nothing");
    // adversarial: a hand-edited digest, a kept PDF changed, a broken file
    String good = Files.readString(yaml);
    Files.writeString(yaml, good.replaceFirst("sha256: [0-9a-f]{64}", "sha256: 1234"));
    Cli.Result edited = Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(1, edited.exit());
    assertTrue(
        edited.err().contains("issued.yaml:7:13: error: 'sha256' must be 64 hexadecimal digits"),
        edited.err());
    Files.writeString(yaml, good.replace("issue: 1", "issue: 2"));
    Cli.Result renumbered =
        Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertTrue(
        renumbered.err().contains("issued.yaml:4:12: error: expected issue 1 of the agenda pack"),
        renumbered.err());
    Files.writeString(yaml, "issues: [ {pack: agenda, issue: 1\n  - :\n");
    Cli.Result broken = Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains("issued.yaml:"), broken.err());
    for (Cli.Result x : List.of(edited, renumbered, broken)) {
      assertFalse(x.err().contains("Exception"), x.err());
      assertFalse(x.err().contains("\tat "), x.err());
    }
    Files.writeString(yaml, good);
    Path kept = content.resolve("committees/audit/meetings/2025-01-14/issued/agenda-issue-1.pdf");
    byte[] pdf = Files.readAllBytes(kept);
    pdf[pdf.length / 2] ^= 1;
    Files.write(kept, pdf);
    Cli.Result tampered =
        Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(1, tampered.exit());
    assertTrue(
        tampered.err().contains("is not the PDF that was issued: its digest differs"),
        tampered.err());
  }
}
