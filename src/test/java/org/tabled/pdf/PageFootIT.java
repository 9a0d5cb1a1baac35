package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;
import org.tabled.pdf.FootSweep.Ending;

/**
 * Issue 18: a document whose last block ends anywhere near the foot of a page builds, in its pack
 * and in its own PDF, with no empty page and with true ranges and odd starts.
 *
 * <p>A probe council is built first, with every report and appendix ending mid-page, and the end of
 * each (the lowest ink on its last page) is read back. From that, the sweep council gets, for each
 * kind of ending and each of {@link #STEPS} distances from the page foot, a report and an appendix
 * whose bars are just tall enough to put their ends there: from 7 mm above the foot, where a
 * block's bottom margin reaches past it, to just below it, where the last lines go over to a new
 * page. Each distance is one meeting, whose pack ends with a different kind of ending.
 */
class PageFootIT {

  /**
   * Distances of a document's end from the page foot, in steps of 3 px (2.25 pt, 0.8 mm); + is
   * below.
   */
  static final int[] STEPS = {-9, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2};

  static final int STEP_PX = 3;

  /** The bars of the probe, in pixels: short enough for every document to end mid-page. */
  static final int PROBE_BAR = 20;

  static final LocalDate AS_OF = LocalDate.of(2031, 1, 1);

  /** Where a document's last page ends in the probe, and where that page's content area ends. */
  record End(float ink, float foot) {}

  @Test
  void documentsEndingAtEveryDistanceFromThePageFootBuildTrue() throws Exception {
    Path tmp = Files.createTempDirectory("tabled-foot");
    List<FootSweep.Paper> probe = new ArrayList<>();
    for (Ending e : Ending.values()) {
      probe.add(new FootSweep.Paper(e, PROBE_BAR, PROBE_BAR));
    }
    FootSweep.write(tmp.resolve("probe/content"), List.of(probe));
    Built probed = Built.build("foot-probe", tmp.resolve("probe/content"), AS_OF);
    Map<Ending, End[]> ends = new EnumMap<>(Ending.class);
    for (int i = 0; i < probe.size(); i++) {
      ends.put(probe.get(i).ending(), ends(probed, 0, i, probe.get(i).ending()));
    }

    List<List<FootSweep.Paper>> meetings = new ArrayList<>();
    Ending[] all = Ending.values();
    for (int m = 0; m < STEPS.length; m++) {
      List<FootSweep.Paper> papers = new ArrayList<>();
      for (int k = 0; k < all.length; k++) {
        Ending e = all[(k + m) % all.length]; // each pack ends with another kind of ending
        End[] end = ends.get(e);
        papers.add(new FootSweep.Paper(e, bar(end[0], STEPS[m]), bar(end[1], STEPS[m])));
      }
      meetings.add(papers);
    }
    FootSweep.write(tmp.resolve("sweep/content"), meetings);
    Built b =
        Built.build(
            "foot-sweep", tmp.resolve("sweep/content"), AS_OF); // fails the test if the build fails

    List<String> problems = new ArrayList<>();
    List<String> hits = new ArrayList<>();
    Committee c = b.pub().council().committees().get(0);
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = c.meetingOn(FootSweep.date(m)).orElseThrow();
      problems.addAll(checkPack(b, c, meeting));
      for (int i = 0; i < meetings.get(m).size(); i++) {
        FootSweep.Paper p = meetings.get(m).get(i);
        problems.addAll(checkPaper(b, meeting, FootSweep.paperId(m, i, p.ending())));
        End[] now = ends(b, m, i, p.ending());
        End[] then = ends.get(p.ending());
        for (int d = 0; d < 2; d++) {
          float want = then[d].foot() + STEPS[m] * STEP_PX * FootSweep.PX;
          if (STEPS[m] <= 0 && Math.abs(now[d].ink() - want) <= 1) {
            hits.add(p.ending() + (d == 0 ? " report " : " appendix ") + STEPS[m]);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    // The sweep must really have put the documents' ends where it meant to, near the foot: at every
    // distance from 9 steps (20 pt) to 3 steps (6.75 pt) above it, for every report and appendix.
    // Closer than that, the last line's box (which reaches below its ink by the half-leading and
    // the
    // descent of the fonts in the font list, fallback fonts included) no longer fits, and the line
    // goes over to a new page: those builds are checked above like the others.
    for (Ending e : all) {
      for (String doc : new String[] {" report ", " appendix "}) {
        for (int step = -9; step <= -3; step++) {
          String hit = e + doc + step;
          assertTrue(
              hits.contains(hit), hit + ": did not end where meant; the ends that did: " + hits);
        }
      }
    }
  }

  /**
   * The bar's height that moves a document ending at {@code end} (with a probe bar) to {@code step}
   * steps from the foot.
   */
  private static int bar(End end, int step) {
    return PROBE_BAR + Math.round((end.foot() - end.ink()) / FootSweep.PX) + step * STEP_PX;
  }

  /**
   * Where the report and the appendix of paper {@code index} of meeting {@code m} end, in its own
   * PDF.
   */
  private static End[] ends(Built b, int m, int index, Ending ending) throws Exception {
    Committee c = b.pub().council().committees().get(0);
    Meeting meeting = c.meetingOn(FootSweep.date(m)).orElseThrow();
    Paper p = meeting.papers().get(index);
    byte[] bytes = b.bytes(SitePaths.paperPdf(meeting.id(), p.id()));
    PdfPages pdf = new PdfPages(bytes);
    PageInk ink = new PageInk(bytes);
    PackChecks checks = new PackChecks(pdf, Expected.paper(Expected.itemOf(meeting, p), p));
    int reportEnd = checks.end(0);
    if (pdf.page(reportEnd).isBlank()) {
      reportEnd--;
    }
    return new End[] {
      end(ink.page(reportEnd), false), end(ink.page(checks.end(1)), ending.landscape())
    };
  }

  private static End end(PageInk.Page page, boolean landscape) {
    float bottomMargin =
        (landscape ? 25 : 20) * 72 / 25.4f; // PageGeometry's PORTRAIT and LANDSCAPE
    return new End(page.bottom(), page.height() - bottomMargin);
  }

  private static List<String> checkPack(Built b, Committee c, Meeting m) throws Exception {
    String path = SitePaths.pack(m.id());
    byte[] bytes = b.bytes(path);
    PdfPages pdf = new PdfPages(bytes);
    PackChecks checks = new PackChecks(pdf, Expected.pack(b.pub(), c, m), new PageInk(bytes));
    checks.footers(0);
    checks.ranges(m, 0);
    checks.outline(m);
    if (pdf.count() % 2 != 0) {
      checks.problems.add("an odd number of pages: " + pdf.count());
    }
    return checks.problems.stream().map(x -> path + ": " + x).toList();
  }

  private static List<String> checkPaper(Built b, Meeting m, String paper) throws Exception {
    Paper p =
        m.papers().stream().filter(x -> x.id().value().equals(paper)).findFirst().orElseThrow();
    String path = SitePaths.paperPdf(m.id(), p.id());
    byte[] bytes = b.bytes(path);
    PdfPages pdf = new PdfPages(bytes);
    PackChecks checks =
        new PackChecks(pdf, Expected.paper(Expected.itemOf(m, p), p), new PageInk(bytes));
    checks.footers(0);
    checks.outline(null);
    if (checks.frontPages != 0) {
      checks.problems.add("the paper's PDF does not start with the paper");
    }
    return checks.problems.stream().map(x -> path + ": " + x).toList();
  }
}
