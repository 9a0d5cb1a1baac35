package org.tabled.html;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.tabled.format.Dates;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.Site;
import org.tabled.output.SitePaths;
import org.tabled.view.Appendices;

/**
 * The accessibility statement, written from facts in the structure of the model statement for
 * public sector websites (GOV.UK): who runs the site, how accessible it is, feedback and contact,
 * the enforcement procedure (linked), and the technical information: the compliance status, the
 * content that is not accessible, how the site was tested and when the statement was prepared.
 *
 * <p>The facts come from three places: the council's {@code accessibility} settings (its own words,
 * its dates, who tested the site, the issues it knows of); the checks Tabled itself passes before
 * every release ({@link #CHECKS}); and what the build finds for itself, today the appendices a
 * partner supplied as PDFs without tags, which are published as supplied. The status is "fully
 * compliant" only when the council has tested the site and nothing is listed.
 */
final class AccessibilityStatement {

  /** The standard the website is checked against. */
  static final String STANDARD = "Web Content Accessibility Guidelines version 2.2 AA standard";

  /**
   * What Tabled's own tests check before each release, on its example council and test councils;
   * the versions are those the tests run (AccessibilityStatementIT keeps them in step).
   */
  static final List<String> CHECKS =
      List.of(
          "every page with axe-core 4.14.1 in the Chromium browser, against WCAG 2.0, 2.1 and 2.2 levels A and AA"
              + " and axe's best practices, on a desktop screen 1280 pixels wide, and one page of each kind again on"
              + " phones 375 and 320 pixels wide",
          "that no page is wider than a 320 pixel screen (WCAG 1.4.10 Reflow), so that nobody has to scroll"
              + " sideways at 400% zoom",
          "every page with the Nu Html Checker 26.9.27, for valid HTML",
          "every PDF it makes (agenda packs, papers and minutes) with veraPDF 1.30.2 against PDF/UA-1"
              + " (ISO 14289-1), the standard for accessible PDF");

  private AccessibilityStatement() {}

  /**
   * The statement's view.
   *
   * @param council the council's name
   * @param standard the standard checked against, "Web Content Accessibility Guidelines version 2.2
   *     AA"
   * @param statement the council's own words on using the site, as HTML
   * @param email whom to email about an accessibility problem
   * @param phone whom to phone, or empty
   * @param enforcement the enforcement body
   * @param enforcementHref its website
   * @param status "fully", "partially" or "untested"
   * @param nonCompliant content that fails the regulations, the council's and what the build found
   * @param burden content the council says it would be a disproportionate burden to fix now
   * @param outOfScope content outside the scope of the regulations
   * @param checks what Tabled checks before each release
   * @param prepared when the statement was prepared, "30 September 2026", or empty
   * @param lastReviewed when it was last reviewed, or empty
   * @param lastTested when the council last tested the site, or empty
   * @param testedBy who tested it, or empty
   */
  public record View(
      String council,
      String standard,
      String statement,
      String email,
      String phone,
      String enforcement,
      String enforcementHref,
      String status,
      List<Issue> nonCompliant,
      List<Issue> burden,
      List<Issue> outOfScope,
      List<String> checks,
      String prepared,
      String lastReviewed,
      String lastTested,
      String testedBy) {}

  /**
   * One thing that is not accessible.
   *
   * @param text what it is and how it fails
   * @param criteria the WCAG success criteria it fails
   * @param fixBy when the council plans to fix it, or empty
   * @param document the document concerned, linked, or null
   * @param found true if the build found it itself (rather than the council listing it)
   */
  public record Issue(
      String text, List<String> criteria, String fixBy, Link document, boolean found) {}

  static View of(SiteContext ctx, Linker l) {
    Site site = ctx.council.site();
    Site.Accessibility a = site.accessibility();
    List<Issue> nonCompliant = new ArrayList<>();
    List<Issue> burden = new ArrayList<>();
    List<Issue> outOfScope = new ArrayList<>();
    for (Site.Issue i : a.issues()) {
      Issue issue =
          new Issue(
              i.text(),
              i.criteria(),
              i.fixBy().map(d -> Dates.medium(d, ctx.council.site().houseStyle())).orElse(""),
              null,
              false);
      (i.kind() == Site.IssueKind.NON_COMPLIANCE
              ? nonCompliant
              : i.kind() == Site.IssueKind.DISPROPORTIONATE_BURDEN ? burden : outOfScope)
          .add(issue);
    }
    nonCompliant.addAll(untaggedPdfs(ctx, l));
    boolean listed = !nonCompliant.isEmpty() || !burden.isEmpty() || !outOfScope.isEmpty();
    String status = listed ? "partially" : a.lastTested().isPresent() ? "fully" : "untested";
    return new View(
        site.council(),
        STANDARD,
        ctx.html(a.statement(), l, "statement-", 1),
        a.contact().email(),
        a.contact().phone(),
        a.enforcement(),
        a.enforcementUrl(),
        status,
        nonCompliant,
        burden,
        outOfScope,
        CHECKS,
        a.prepared().map(d -> Dates.medium(d, ctx.council.site().houseStyle())).orElse(""),
        a.lastReviewed().map(d -> Dates.medium(d, ctx.council.site().houseStyle())).orElse(""),
        a.lastTested().map(d -> Dates.medium(d, ctx.council.site().houseStyle())).orElse(""),
        a.testedBy());
  }

  /**
   * The appendices supplied as PDFs without tags that the public can download as supplied: a screen
   * reader cannot tell their headings, lists and tables, or read them in order. (In the packs and
   * paper PDFs the same pages are tagged figures with the page's text as alternative.)
   */
  private static List<Issue> untaggedPdfs(SiteContext ctx, Linker l) {
    List<Issue> out = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      for (Meeting m : ctx.meetings(c)) {
        for (Paper p : m.papers()) {
          for (Appendix a : p.appendices()) {
            if (a.source() instanceof Appendix.PdfSource pdf && !tagged(pdf)) {
              String title =
                  Appendices.name(a)
                      + " to "
                      + p.title()
                      + " ("
                      + c.shortTitle()
                      + ", "
                      + Dates.medium(m.date(), ctx.council.site().houseStyle())
                      + ")";
              out.add(
                  new Issue(
                      "This appendix was supplied as a PDF without tags, and is published as it was"
                          + " supplied: a screen reader cannot find its headings, lists and tables or be sure to read it in"
                          + " order. The same pages are in the agenda pack and the paper's PDF, each with its text as a text"
                          + " alternative. Ask us for it in another format.",
                      List.of("1.3.1 Info and Relationships", "1.3.2 Meaningful Sequence"),
                      "",
                      new Link(
                          title + ": " + a.title(),
                          l.to(SitePaths.appendixPdf(m.id(), p.id(), a.label()))),
                      true));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * True if the PDF is tagged: marked as such, with a structure tree. One that cannot be read is
   * not.
   */
  static boolean tagged(Appendix.PdfSource pdf) {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf.file()))) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      return catalog.getMarkInfo() != null
          && catalog.getMarkInfo().isMarked()
          && catalog.getStructureTreeRoot() != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
