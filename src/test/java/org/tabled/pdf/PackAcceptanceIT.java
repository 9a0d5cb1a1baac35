package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;

/**
 * Issue 4's acceptance checks, on every pack and paper PDF built from the example council, the
 * {@code golden-pdf} fixture (whose committee does not number its front sheet) and the {@code
 * conventions} fixture (another council's house style, issue 12: its blank pages say its own
 * words), read back with PDFBox: odd starts, blank pages, no empty pages, page numbers, true page
 * ranges, outline, metadata, and no exempt text in any public PDF.
 */
class PackAcceptanceIT {

  private static List<Built> councils() {
    return List.of(Built.example(), Built.fixture(), Built.conventions());
  }

  @TestFactory
  Stream<DynamicTest> everyPackFollowsThePrintRules() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Built b : councils()) {
      for (Committee c : b.pub().council().committees()) {
        for (Meeting m : c.meetings()) {
          if (!b.pub().isAgendaPublished(m.id()) || m.agenda().isEmpty()) {
            continue;
          }
          String path = SitePaths.pack(m.id());
          tests.add(dynamicTest(b.name() + " " + path, () -> checkPack(b, c, m, path)));
        }
      }
    }
    assertTrue(tests.size() >= 8, "too few packs found: " + tests.size());
    return tests.stream();
  }

  private static void checkPack(Built b, Committee c, Meeting m, String path) throws Exception {
    PdfPages pdf = new PdfPages(b.bytes(path));
    PackChecks checks =
        new PackChecks(
            pdf,
            Expected.pack(b.pub(), c, m),
            new PageInk(b.bytes(path)),
            b.pub().council().site().houseStyle());
    assertTrue(checks.frontPages >= 1, "no front sheet");
    int unnumbered = c.numberFrontSheet() ? 0 : checks.frontPages;
    checks.footers(unnumbered);
    checks.ranges(m, unnumbered);
    checks.outline(m);
    checks.agendaLinks(m);
    if (pdf.count() % 2 != 0) {
      checks.problems.add("a pack has an odd number of pages: " + pdf.count());
    }
    assertEquals(List.of(), checks.problems, path);
    assertTrue(pdf.tagged, "tagged PDF");
    assertEquals(b.pub().council().site().language(), pdf.lang);
    assertEquals(b.pub().council().site().council(), pdf.author);
    assertTrue(pdf.title.contains(c.title()), pdf.title);
    assertNotNull(pdf.subject);
    assertEquals(
        m.published().orElseThrow(),
        pdf.created.toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
        "the creation date is the publication date, not the clock");
  }

  @TestFactory
  Stream<DynamicTest> everyPaperPdfFollowsThePrintRules() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Built b : councils()) {
      for (Committee c : b.pub().council().committees()) {
        for (Meeting m : c.meetings()) {
          if (!b.pub().isAgendaPublished(m.id())) {
            continue;
          }
          for (Paper p : m.papers()) {
            String path = SitePaths.paperPdf(m.id(), p.id());
            tests.add(
                dynamicTest(
                    b.name() + " " + path,
                    () -> {
                      PdfPages pdf = new PdfPages(b.bytes(path));
                      PackChecks checks =
                          new PackChecks(
                              pdf,
                              Expected.paper(Expected.itemOf(m, p), p),
                              new PageInk(b.bytes(path)),
                              b.pub().council().site().houseStyle());
                      assertEquals(0, checks.frontPages, "a paper's PDF starts with the paper");
                      checks.footers(0);
                      checks.outline(null);
                      assertEquals(List.of(), checks.problems, path);
                      assertEquals(p.title(), pdf.title);
                      assertEquals(b.pub().council().site().language(), pdf.lang);
                    }));
          }
        }
      }
    }
    assertTrue(tests.size() >= 20, "too few paper PDFs found: " + tests.size());
    return tests.stream();
  }

  /**
   * The blank pages of a council with its own wording say its words and never the default, so the
   * checks above, which find blank pages by the house style's words, see them.
   */
  @Test
  void blankPagesSayTheCouncilsOwnWords() throws Exception {
    Built b = Built.conventions();
    String words = b.pub().council().site().houseStyle().word("blank_page");
    assertFalse(words.equals(HouseStyle.DEFAULT.word("blank_page")), "the fixture has its own");
    int blank = 0;
    for (String path : b.pdfs()) {
      PdfPages pdf = new PdfPages(b.bytes(path));
      for (PdfPages.Page page : pdf.pages) {
        blank += page.isBlank(words) ? 1 : 0;
        assertFalse(page.body().contains(HouseStyle.DEFAULT.word("blank_page")), path);
      }
    }
    assertTrue(blank >= 1, "the conventions pack has blank pages: " + blank);
  }

  @Test
  void exemptTextAppearsInNoPublicPdf() throws Exception {
    int checked = 0;
    for (Built b : councils()) {
      for (String path : b.pdfs()) {
        String text = new PdfPages(b.bytes(path)).allText();
        assertFalse(text.contains("LARKSPUR-CANARY-5531"), path);
        assertFalse(text.contains("LARKSPUR-APPENDIX-CANARY-9902"), path);
        checked++;
      }
    }
    assertTrue(checked >= 30, "too few PDFs: " + checked);
  }

  /**
   * A reference in a public pack to a paper on an agenda not published yet names only its meeting,
   * as the website does: the item's title is embargoed with the agenda (issue 6).
   */
  @Test
  void aReferenceToAnUnpublishedAgendaNamesOnlyItsMeeting() throws Exception {
    Built b = Built.example();
    String text =
        new PdfPages(
                b.bytes(
                    "committees/children-scrutiny/2026-12-01/agenda-pack-children-scrutiny-2026-12-01.pdf"))
            .allText();
    assertTrue(
        text.contains(
            "a paper for the meeting of the Children, Families and Education Scrutiny Committee on 2 "
                + "February 2027 (not yet published)"),
        "the neutral wording");
    assertFalse(
        text.contains("Item 4: Elective home education"), "the embargoed item's number and title");
    assertFalse(text.contains("EMBARGO-CANARY-2207"), "the embargoed paper's text");
  }

  @Test
  void membersConfidentialPackHasPart2PapersAndEveryPageMarked() throws Exception {
    Built b = Built.confidentialFixture();
    Committee c = b.pub().council().committees().get(0);
    Meeting m = c.meetingOn(LocalDate.of(2026, 3, 17)).orElseThrow();
    PdfPages pdf = new PdfPages(b.bytes(GoldenPdfIT.PACK));
    PackChecks checks = new PackChecks(pdf, Expected.pack(b.pub(), c, m));
    checks.footers(checks.frontPages, "NOT FOR PUBLICATION");
    checks.ranges(m, checks.frontPages);
    checks.outline(m);
    assertEquals(List.of(), checks.problems);
    assertTrue(
        pdf.allText().contains("LARKSPUR-CANARY-5531"), "the Part 2 paper is in the members' pack");
    assertTrue(pdf.allText().contains("LARKSPUR-APPENDIX-CANARY-9902"), "and its appendix");
    assertTrue(
        pdf.page(2).body().replaceAll("\\s+", " ").contains("must not be shared"),
        pdf.page(2).body());
  }

  /**
   * Issue 6: in the members' pack, every page of a Part 2 paper and its appendices gives the
   * exemption under its running header, and no other page does; the foot of every page still says
   * "NOT FOR PUBLICATION".
   */
  @Test
  void membersConfidentialPackGivesTheExemptionOnPart2Pages() throws Exception {
    Built b = Built.confidentialFixture();
    Committee c = b.pub().council().committees().get(0);
    Meeting m = c.meetingOn(LocalDate.of(2026, 3, 17)).orElseThrow();
    PdfPages pdf = new PdfPages(b.bytes(GoldenPdfIT.PACK));
    List<Expected.Doc> docs = Expected.pack(b.pub(), c, m);
    PackChecks checks = new PackChecks(pdf, docs);
    String mark =
        "NOT FOR PUBLICATION – exempt information under paragraph 3 of Part 1 of Schedule 12A to the "
            + "Local Government Act 1972";
    Set<Integer> part2 = new TreeSet<>();
    for (int i = 0; i < docs.size(); i++) {
      if (m.item(docs.get(i).item()).orElseThrow().isExempt()) {
        for (int p = checks.starts.get(i); p <= checks.end(i); p++) {
          if (!pdf.page(p).isBlank()) {
            part2.add(p);
          }
        }
      }
    }
    assertEquals(2, part2.size(), "the Part 2 paper and its appendix: " + part2);
    for (PdfPages.Page page : pdf.pages) {
      String text = (page.header() + " " + page.body()).replaceAll("\\s+", " ");
      assertEquals(
          part2.contains(page.number()),
          text.contains(mark),
          "page " + page.number() + ": " + text);
      assertTrue(page.footer().startsWith("NOT FOR PUBLICATION"), "page " + page.number());
    }
  }

  @Test
  void supplierPdfIsInsertedWithPackPageNumbers() throws Exception {
    Built b = Built.fixture();
    PdfPages pdf =
        new PdfPages(
            b.bytes("committees/environment/2026-03-17/agenda-pack-environment-2026-03-17.pdf"));
    List<PdfPages.Page> survey =
        pdf.pages.stream()
            .filter(p -> p.header().equals("Appendix 2: Friends of Parks survey results"))
            .toList();
    assertEquals(3, survey.size(), "the supplied PDF's three pages are in the pack");
    assertTrue(
        survey.get(0).body().contains("412 members of Friends of Parks groups"),
        survey.get(0).body());
    assertTrue(survey.get(1).landscape(), "its landscape page is printed on a landscape page");
    assertTrue(survey.get(2).landscape(), "its turned page is printed the way it is read");
    assertTrue(survey.get(2).body().contains("Survey page 3 of 3"), survey.get(2).body());
    PdfPages.Page plan =
        pdf.pages.stream()
            .filter(p -> p.header().equals("Appendix 3: Millfield Park masterplan drawing"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "", plan.body(), "a supplied page whose fonts are not embedded is inserted as a picture");
    assertTrue(plan.footer().matches("Page \\d+"), plan.footer());
  }
}
