package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Golden;

/**
 * The {@code conventions} fixture: a second council written in another council's conventions (issue
 * 12). Its pack for 9 May 2016 prints the draft minutes of 21 March 2016, which are not marked
 * {@code publish: true}, and their outcomes feed its tracker; goldens of its pack's text and of its
 * meeting and committee pages; and the minutes of a held meeting deleted give one warning and "To
 * follow" instead of silence.
 */
class ConventionsCouncilIT {

  static final LocalDate AS_OF = LocalDate.of(2016, 5, 3);
  static final String MAY = "committees/children-leisure/2016-05-09/";
  static final String PACK = MAY + "agenda-pack-children-leisure-2016-05-09.pdf";

  @TempDir Path tmp;

  private static Built built() {
    return Built.conventions();
  }

  private static BuildResult build(Path content, Path out) {
    return Pipeline.run(
        new BuildOptions(
            content,
            Fixtures.projectDir().resolve("no-council-templates"),
            out,
            Fixtures.projectDir(),
            false,
            Audience.PUBLIC,
            AS_OF,
            true));
  }

  @Test
  void packAndPagesMatchTheirGoldenFiles() throws Exception {
    Built b = built();
    Map<String, String> actual = new TreeMap<>();
    actual.put(
        "children-leisure-2016-05-09-pack.txt", PdfSnapshot.of(PACK, new PdfPages(b.bytes(PACK))));
    for (String page :
        List.of(
            MAY + "index.html",
            "committees/children-leisure/index.html",
            "committees/children-leisure/2016-03-21/minutes/index.html")) {
      actual.put(page, Files.readString(b.out().resolve(page), StandardCharsets.UTF_8));
    }
    Golden.in("conventions").check(actual);
  }

  @Test
  void draftMinutesNamedByAPublishedAgendaArePrintedAsADraftAndFeedTheTracker() throws Exception {
    String text = PdfSnapshot.of(PACK, new PdfPages(built().bytes(PACK)));
    assertTrue(text.contains("Draft: these minutes have not yet been approved"), text);
    assertTrue(
        text.contains("That lane swimming before work is kept at all three centres"),
        "the draft's outcome" + " is in the minutes and the tracker:\n" + text);
    assertEquals(
        2,
        text.split("That lane swimming before work", -1).length - 1,
        "minutes and tracker:\n" + text);
    assertTrue(!text.contains("To follow"), text);
  }

  @Test
  void theFixtureBuildsWithoutWarnings() throws Exception {
    BuildResult r = build(Fixtures.fixture("conventions"), tmp.resolve("site"));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertEquals(List.of(), r.diagnostics().all().stream().map(Diagnostic::format).toList());
  }

  @Test
  void deletedMinutesOfAHeldMeetingGiveOneWarningAndToFollow() throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("conventions"), content);
    Files.delete(content.resolve("committees/children-leisure/meetings/2016-03-21/minutes.md"));
    Path out = tmp.resolve("site");
    BuildResult r = build(content, out);
    assertTrue(r.ok(), r.diagnostics().toString());
    List<String> warnings =
        r.diagnostics().all().stream()
            .map(Diagnostic::format)
            .filter(l -> l.contains(": warning: "))
            .toList();
    assertEquals(1, warnings.size(), String.join("\n", warnings));
    String w = warnings.get(0);
    assertTrue(
        w.matches(
            "\\S*committees/children-leisure/meetings/2016-05-09/meeting\\.yaml:\\d+:\\d+: warning: agenda"
                + " item 3 'Minutes' of the meeting on 9th May, 2016 prints \"To follow\": the meeting on 21st March, 2016 has no"
                + " minutes \\(no minutes\\.md in its folder\\)"),
        w);
    PdfPages pack = new PdfPages(Files.readAllBytes(out.resolve(PACK)));
    String front = pack.pages.get(0).body();
    assertTrue(front.contains("To follow"), front);
    String page = Files.readString(out.resolve(MAY + "index.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("To follow"), page);
  }

  /**
   * People who are not members are listed apart from the members: those expected on the front sheet
   * and the meeting page, those who sent apologies in the minutes (pack and website), each with
   * their role on the day; the website's minutes use the committee's group headings as the pack
   * does; and the feed prints dates in the house style.
   */
  @Test
  void nonMembersAreListedApartInThePackAndOnThePages() throws Exception {
    Built b = built();
    String text = PdfSnapshot.of(PACK, new PdfPages(b.bytes(PACK))).replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "Also expected to attend: Councillor Nadia Okonjo (Cabinet Member for Children and Young"
                + " People); Councillor Clive Ambrose (Cabinet Member for Sport, Leisure and Culture,"
                + " for item 6); Lena Varga (Director of Leisure and Culture)"),
        text);
    assertTrue(
        text.contains(
            "Apologies from others: Councillor Nadia Okonjo (Cabinet Member for Children and Young"
                + " People)"),
        text);
    assertTrue(text.contains("Apologies for absence: Councillor Owen Fairbairn"), text);
    String minutes =
        Files.readString(
            b.out().resolve("committees/children-leisure/2016-03-21/minutes/index.html"),
            StandardCharsets.UTF_8);
    List<String> headings = new ArrayList<>();
    var h3 = Pattern.compile("<h3>([^<]*)</h3>").matcher(minutes);
    while (h3.find()) {
      headings.add(h3.group(1));
    }
    assertEquals(
        List.of(
            "Councillors present",
            "Elected voting representatives present",
            "Co-opted voting representatives present",
            "Co-opted non-voting representatives present",
            "Also present",
            "Apologies for absence",
            "Apologies from others"),
        headings.subList(0, 7),
        minutes);
    String may = Files.readString(b.out().resolve(MAY + "index.html"), StandardCharsets.UTF_8);
    assertTrue(may.contains("<h2 id=\"expected\">Also expected to attend</h2>"), may);
    assertTrue(
        may.contains("Nadia Okonjo</a> (Cabinet Member for Children and Young People)"), may);
    String feed = Files.readString(b.out().resolve("papers.atom"), StandardCharsets.UTF_8);
    assertTrue(feed.contains("meeting on Monday 9th May, 2016"), feed);
  }
}
