package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.Audience;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.template.Templates;
import org.tabled.testing.Fixtures;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;
import org.tabled.validate.Validator;

/** The website renderer on the small golden council: what pages say, and what they leave out. */
class SiteRendererTest {

  static final MeetingId MARCH = new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 3, 4));
  static final MeetingId JUNE = new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 6, 10));

  @TempDir Path tmp;

  /** Renders the golden council with {@code pdfs} as if the pack renderer had written them. */
  private static OutputTree render(Map<String, PdfFile> pdfs) {
    Path content = Fixtures.fixture("golden");
    Diagnostics d = new Diagnostics();
    MarkdownEngine markdown = new MarkdownEngine(content);
    var resolved =
        Resolver.resolve(
            Validator.validate(Loader.load(content, Fixtures.projectDir(), d), d), markdown, d);
    PublishedCouncil pub = Publication.select(resolved, Audience.PUBLIC, Sites.GOLDEN_AS_OF);
    OutputTree out = new OutputTree();
    new SiteRenderer(
            new Templates(Fixtures.projectDir().resolve("templates"), "templates"), markdown)
        .render(pub, pdfs, out, d);
    assertFalse(d.hasErrors(), d.toString());
    return out;
  }

  private static String page(OutputTree out, String path) {
    return new String(out.get(SitePaths.file(path)), StandardCharsets.UTF_8);
  }

  @Test
  void pdfLinksGiveTheirPagesAndSize() {
    String pack = SitePaths.pack(MARCH);
    String paperPdf = SitePaths.paperPdf(MARCH, new PaperId("treasury-review"));
    OutputTree out =
        render(
            Map.of(
                pack,
                new PdfFile(pack, 48, 1_258_291),
                paperPdf,
                new PdfFile(paperPdf, 1, 49_152)));
    String meeting = page(out, SitePaths.meeting(MARCH));
    assertTrue(
        meeting.contains(
            "<a href=\"agenda-pack-audit-2025-03-04.pdf\">Agenda pack <span class=\"file-facts\">"
                + "(PDF, 48 pages, 1.2 MB)</span></a>"),
        meeting);
    assertTrue(
        meeting.contains(
            "(<a href=\"treasury-review/treasury-review.pdf\">PDF<span class=\"visually-hidden\"> of"
                + " Treasury management mid-year review 2024-25</span></a>, 1 page, 48 KB)"),
        meeting);
    String paper = page(out, SitePaths.paper(MARCH, new PaperId("treasury-review")));
    assertTrue(
        paper.contains(
            "Download this paper with its appendices <span class=\"file-facts\">(PDF, 1 page, 48 KB)"),
        paper);
    String json = new String(out.get(SitePaths.meetingJson(MARCH)), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"pages\" : 48"), json);
  }

  @Test
  void withoutPdfsThereAreNoPdfLinksButSuppliedAppendicesArePublished() {
    OutputTree out = render(Map.of());
    assertFalse(page(out, SitePaths.meeting(MARCH)).contains("Agenda pack"));
    String paper = page(out, SitePaths.paper(MARCH, new PaperId("treasury-review")));
    assertTrue(
        paper.contains(
            "<a href=\"appendix-2.pdf\">Appendix 2: Letter from the council&#39;s treasury advisers</a>"),
        paper);
    assertTrue(
        paper.contains("(PDF, 2 pages, 1 KB)"), "page count read from the supplied PDF: " + paper);
    assertTrue(out.contains(SitePaths.appendixPdf(MARCH, new PaperId("treasury-review"), "2")));
  }

  @Test
  void imagesArePublishedWithTheirTextAlternative() {
    OutputTree out = render(Map.of());
    String paper = page(out, SitePaths.paper(MARCH, new PaperId("treasury-review")));
    Matcher m =
        Pattern.compile(
                "<figure class=\"figure\"><img src=\"\\.\\./\\.\\./\\.\\./\\.\\./(media/[0-9a-f]{16}/"
                    + "borrowing-chart\\.png)\" alt=\"Bar chart of quarterly borrowing: highest in the first quarter and lowest in"
                    + " the third\"></figure>")
            .matcher(paper);
    assertTrue(m.find(), paper);
    assertTrue(out.contains(m.group(1)), "the image file is in the output");
  }

  @Test
  void partTwoItemsShowTitleAndExemptionOnly() {
    OutputTree out = render(Map.of());
    String meeting = page(out, SitePaths.meeting(MARCH));
    assertTrue(meeting.contains("Dispute with a facilities supplier"), meeting);
    assertTrue(
        meeting.contains(
            "Exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local"
                + " Government Act 1972: Information relating to the financial or business affairs"),
        meeting);
    assertFalse(meeting.contains("supplier-dispute"), "no link to the exempt paper: " + meeting);
    assertFalse(out.contains(SitePaths.paper(MARCH, new PaperId("supplier-dispute"))));
    for (Map.Entry<String, byte[]> f : out.files().entrySet()) {
      assertFalse(
          new String(f.getValue(), StandardCharsets.ISO_8859_1)
              .contains("GOLDEN-EXEMPT-CANARY-4417"),
          f.getKey());
    }
  }

  @Test
  void paperPublishedAfterItsAgendaIsToFollowUntilItsDate() {
    OutputTree out = render(Map.of());
    String meeting = page(out, SitePaths.meeting(JUNE));
    assertTrue(
        meeting.contains("<h3><span class=\"num\">4.</span> Annual audit opinion</h3>"), meeting);
    assertTrue(meeting.contains("<strong class=\"tag tag-label\">To follow</strong>"), meeting);
    assertFalse(out.contains(SitePaths.paper(JUNE, new PaperId("annual-audit-opinion"))));
    for (Map.Entry<String, byte[]> f : out.files().entrySet()) {
      assertFalse(
          new String(f.getValue(), StandardCharsets.ISO_8859_1)
              .contains("GOLDEN-EMBARGO-CANARY-6120"),
          f.getKey());
    }
  }

  @Test
  void meetingsAreListedBeforeTheirAgendaIsPublishedButTheAgendaIsNot() throws Exception {
    // 22 July 2025's agenda is published on 14 July, after the build's day: the meeting's date,
    // time and venue are public (the calendar of meetings is), its agenda is not.
    String page =
        Files.readString(Sites.golden().resolve("committees/audit/2025-07-22/index.html"));
    assertTrue(
        page.contains("The agenda and papers will be published here on 14 July 2025."), page);
    assertEquals(
        List.of(),
        SiteFiles.containing(Sites.golden(), "Treasury management outturn"),
        "the unpublished agenda's items appear nowhere");
    assertTrue(
        Files.exists(Sites.golden().resolve("committees/audit/2025-01-14/index.html")),
        "a cancelled meeting with no agenda is still listed");
  }

  @Test
  void minutesMarkResolutionsAndListOutcomesUnderTheirItem() {
    String minutes = page(render(Map.of()), SitePaths.minutes(MARCH));
    assertTrue(
        minutes.contains(
            "<p id=\"para-3-2\" class=\"numbered resolution\"><span class=\"num\">3.2</span> RESOLVED:"),
        minutes);
    int item3 = minutes.indexOf("id=\"section-3\"");
    int outcome = minutes.indexOf("id=\"outcome-audit-refinancing-options\"");
    int item4 = minutes.indexOf("id=\"section-4\"");
    assertTrue(
        item3 < outcome && outcome < item4, "the recommendation is listed at the end of item 3");
    assertTrue(minutes.contains("<h3 class=\"outcomes-heading\">Recommendations</h3>"), minutes);
    assertTrue(
        minutes.contains("Political lead: Councillor Finn Lowry. Officer lead: Tomas Reyes"),
        minutes);
  }

  @Test
  void aCouncilTemplateOverridesTheBuiltInOneAndErrorsNameItsLine() throws Exception {
    Path templates = Files.createDirectories(tmp.resolve("templates/site"));
    Files.writeString(
        templates.resolve("404.ftlh"), "<#-- ours -->\n<p>Not here: ${page.contactEmail}</p>\n");
    BuildResult ok = Pipeline.run(options(tmp.resolve("templates")));
    assertTrue(ok.ok(), ok.diagnostics().toString());
    assertEquals(
        "<p>Not here: committees@fernbrook.example</p>\n",
        Files.readString(tmp.resolve("site/404.html")),
        "the council's 404 template is used");
    Files.writeString(templates.resolve("404.ftlh"), "<p>\n${page.noSuchThing}</p>\n");
    BuildResult broken = Pipeline.run(options(tmp.resolve("templates")));
    assertFalse(broken.ok());
    String message = broken.diagnostics().toString();
    assertTrue(
        message.contains(
            "templates/site/404.ftlh:2:3: error: template error: 'page.noSuchThing' is missing"),
        message);
  }

  private BuildOptions options(Path templates) {
    return new BuildOptions(
        Fixtures.fixture("golden"),
        templates,
        tmp.resolve("site"),
        tmp,
        false,
        Audience.PUBLIC,
        Sites.GOLDEN_AS_OF,
        false);
  }
}
