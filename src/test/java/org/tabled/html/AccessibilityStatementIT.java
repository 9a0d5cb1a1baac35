package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.model.Appendix;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The accessibility statement written from facts, in the model statement's structure (issue 16): a
 * compliance status the build works out, the untagged PDFs it finds itself, the enforcement body
 * and the advisory service linked, the dates of preparation, review and testing, and the checks
 * Tabled passes with the versions its tests really run.
 */
class AccessibilityStatementIT {

  @TempDir Path tmp;

  @Test
  void theChecksNameTheVersionsTheTestsRun() throws IOException {
    String pkg = Files.readString(Fixtures.projectDir().resolve("src/test/a11y/package.json"));
    String pom = Files.readString(Fixtures.projectDir().resolve("pom.xml"));
    String checks = String.join("\n", AccessibilityStatement.CHECKS);
    assertTrue(checks.contains("axe-core " + version(pkg, "\"axe-core\": \"([^\"]+)\"")), checks);
    assertTrue(
        checks.contains("Nu Html Checker " + version(pkg, "\"vnu-jar\": \"([^\"]+)\"")), checks);
    assertTrue(
        checks.contains(
            "veraPDF "
                + version(
                    pom,
                    "<artifactId>validation-model</artifactId>\\s*<version>([^<]+)</version>")),
        checks);
    for (String width : new String[] {"1280", "375", "320"}) {
      assertTrue(checks.contains(width), "the widths SiteChecksIT checks at: " + width);
    }
  }

  @Test
  void theExampleIsPartiallyCompliantWithWhatItListsAndWhatTheBuildFound() throws IOException {
    Document page = TrackerSiteIT.page(Sites.example(), "accessibility/");
    Element status = page.getElementById("compliance").nextElementSibling();
    assertEquals(
        "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"
            + " standard, due to the non-compliances and exemptions listed below.",
        status.text());
    Element found = page.selectFirst("ul.issues a[href$=appendix-1.pdf]");
    assertNotNull(found, "the partner's untagged PDF is listed without anyone listing it");
    assertTrue(
        found.parent().text().contains("supplied as a PDF without tags"), found.parent().text());
    assertTrue(page.getElementById("burden").nextElementSibling().text().contains("captions"));
    assertTrue(
        page.getElementById("out-of-scope")
            .nextElementSibling()
            .text()
            .contains("23 September 2018"));
    assertTrue(page.text().contains("We plan to fix this by 31 March 2027."));
    assertTrue(
        page.text()
            .contains(
                "This website was last tested on 24 September 2026. The test was carried out by"
                    + " the council's digital services team"),
        page.text());
    assertTrue(
        page.text()
            .contains(
                "This statement was prepared on 1 June 2026. It was last reviewed on 30 September"
                    + " 2026."),
        page.text());
    Element enforcement = page.getElementById("enforcement").nextElementSibling();
    assertEquals("https://www.equalityhumanrights.com/", enforcement.selectFirst("a").attr("href"));
    assertEquals(
        "https://www.equalityadvisoryservice.com/", enforcement.select("a").get(1).attr("href"));
  }

  /**
   * Issue 14: where the untagged PDF is linked, the link says it may not be accessible, beside its
   * summary ({@code alt_text}), and points to the statement that lists it.
   */
  @Test
  void anUntaggedPdfIsLinkedWithAWarningAndItsSummary() throws IOException {
    Document page =
        TrackerSiteIT.page(
            Sites.example(),
            "committees/children-scrutiny/2026-09-22/safeguarding-partnership-annual-report/");
    Element link = page.selectFirst("ul.appendix-list a[href$=appendix-1.pdf]");
    assertNotNull(link, "the supplied PDF is linked");
    Element item = link.parent();
    Element warning = item.selectFirst("p.pdf-warning");
    assertNotNull(warning, "no warning beside the untagged PDF: " + item.html());
    assertTrue(warning.text().startsWith("This PDF may not be accessible"), warning.text());
    assertEquals("../../../../accessibility/", warning.selectFirst("a").attr("href"));
    assertNotNull(item.selectFirst("p.appendix-summary"), "the summary beside it");
    // tagged or Markdown appendices get no warning
    assertEquals(1, page.select("p.pdf-warning").size());
  }

  @Test
  void fullyCompliantOnlyWhenTestedAndNothingIsListed() throws IOException {
    // The minimal council supplies no PDF and lists nothing: untested, it claims nothing.
    Path minimal = Fixtures.fixture("minimal");
    Document untested =
        TrackerSiteIT.page(Sites.build(minimal, Sites.GOLDEN_AS_OF, false), "accessibility/");
    assertTrue(
        untested
            .getElementById("compliance")
            .nextElementSibling()
            .text()
            .startsWith("This website has not yet been tested by"),
        untested.text());
    assertFalse(untested.text().contains("fully compliant"));
    Path tested =
        Councils.edited(
            minimal,
            "site.yaml",
            "chief_executive:",
            "accessibility:\n  last_tested: 2025-05-01\n  tested_by: the web team\nchief_executive:");
    Document full =
        TrackerSiteIT.page(Sites.build(tested, Sites.GOLDEN_AS_OF, false), "accessibility/");
    assertEquals(
        "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.",
        full.getElementById("compliance").nextElementSibling().text());
    assertEquals(null, full.getElementById("non-accessible"));
  }

  @Test
  void aTaggedPdfIsNotListedAndAnUntaggedOrUnreadableOneIs() throws IOException {
    Path tagged = tmp.resolve("tagged.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      PDMarkInfo mark = new PDMarkInfo();
      mark.setMarked(true);
      doc.getDocumentCatalog().setMarkInfo(mark);
      doc.getDocumentCatalog().setStructureTreeRoot(new PDStructureTreeRoot());
      doc.save(tagged.toFile());
    }
    assertTrue(AccessibilityStatement.tagged(new Appendix.PdfSource(tagged, "tagged.pdf")));
    Path supplied =
        Fixtures.fixture("golden")
            .resolve(
                "committees/audit/meetings/2025-03-04/papers/treasury-review/"
                    + "broker-letter.pdf");
    assertFalse(
        AccessibilityStatement.tagged(new Appendix.PdfSource(supplied, "broker-letter.pdf")));
    Path broken = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.7 not really");
    assertFalse(AccessibilityStatement.tagged(new Appendix.PdfSource(broken, "broken.pdf")));
  }

  private static String version(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1);
  }
}
