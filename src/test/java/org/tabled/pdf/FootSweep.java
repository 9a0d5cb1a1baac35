package org.tabled.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.tabled.bench.Prose;

/**
 * A council whose reports and appendices end at chosen distances from the foot of their last page,
 * for {@link PageFootIT}. Each report has a short summary and then a grey bar, a picture whose
 * height is chosen per paper (a pixel is 0.75 pt in print, so the bar moves everything after it in
 * steps finer than a line); its closing block (contact details, list of appendices) ends the
 * report. Its appendix has a line of text, another bar, and ends with one {@link Ending}. Changing
 * a bar's height moves the end of its document up or down the page and nothing before it.
 */
final class FootSweep {

  /** 1 px of a picture in points (CSS pixels at 96 per inch). */
  static final float PX = 0.75f;

  /** The kind of block an appendix ends with. */
  enum Ending {
    PARAGRAPH(
        "A closing paragraph of three lines or so, long enough to wrap: the council keeps its papers as plain"
            + " text and prints them as packs, and this sentence only has to end near the foot of the page where the"
            + " last block of an appendix can leave its margin behind.\n"),
    LIST(
        "- the first point of a closing list\n- the second point of a closing list\n"
            + "- the third and last point of a closing list\n"),
    SHORT_TABLE(
        "Table: A closing table of three rows\n\n| Area | Count |\n|---|--:|\n| North | 12 |\n| South | 7 |\n"
            + "| East | 3 |\n"),
    LONG_TABLE(
        "Table: A closing table of eight rows\n\n| Area | Count |\n|---|--:|\n" + rows(8, 1)),
    HEADING("## A closing heading\n"),
    HEADING_AND_LINE("## A closing heading\n\nOne line under the closing heading.\n"),
    IMAGE("![Bar chart of the monthly figures for the year](chart.png)\n"),
    FOOTNOTE("A closing sentence with a note.[^1]\n\n[^1]: The note, which ends the appendix.\n"),
    WIDE_TABLE(
        "Table: A closing table of eight columns, printed landscape\n\n| Area | A | B | C | D | E | F | G |\n"
            + "|---|--:|--:|--:|--:|--:|--:|--:|\n"
            + rows(4, 7));

    final String markdown;

    Ending(String markdown) {
      this.markdown = markdown;
    }

    /** Its name in ids: lower case, hyphens. */
    String slug() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean landscape() {
      return this == WIDE_TABLE;
    }
  }

  /**
   * One report and its appendix.
   *
   * @param ending how its appendix ends
   * @param paperBar the height in pixels of the bar in the report
   * @param appendixBar the height in pixels of the bar in the appendix
   */
  record Paper(Ending ending, int paperBar, int appendixBar) {}

  static final String COMMITTEE = "sweep";

  private FootSweep() {}

  /** The date of meeting {@code i} (from 0). */
  static LocalDate date(int i) {
    return LocalDate.of(2030, 1, 7).plusWeeks(i);
  }

  /** The id of the paper at {@code index} of meeting {@code meeting}. */
  static String paperId(int meeting, int index, Ending ending) {
    return String.format(Locale.ROOT, "m%02d-%02d-%s", meeting, index, ending.slug());
  }

  /** Writes a council with one meeting per list of papers into {@code dir}. */
  static void write(Path dir, List<List<Paper>> meetings) throws IOException {
    Prose.write(
        dir.resolve("site.yaml"),
        "council: Sweep Borough Council\nwebsite: https://www.sweep.example/\n"
            + "base_url: https://democracy.sweep.example/\ncontact:\n  email: democracy@sweep.example\n"
            + "chief_executive: chief\n");
    Prose.write(
        dir.resolve("people/chief.yaml"),
        "name: Rae Chief\nkind: officer\njob_title: Chief Executive\n");
    Prose.write(
        dir.resolve("people/clerk.yaml"),
        "name: Lee Clerk\nkind: officer\njob_title: Committee Officer\n"
            + "email: clerk@sweep.example\n");
    Prose.write(
        dir.resolve("people/author.yaml"),
        "name: Sol Author\nkind: officer\njob_title: Head of Testing\n"
            + "email: author@sweep.example\nphone: 01632 960 001\n");
    StringBuilder members = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      Prose.write(
          dir.resolve("people/member-" + i + ".yaml"),
          "name: Member " + "ABC".charAt(i - 1) + " Person\n" + "kind: councillor\n");
      members
          .append("  - person: member-")
          .append(i)
          .append("\n    role: ")
          .append(i == 1 ? "chair" : "member")
          .append('\n');
    }
    Path committee = dir.resolve("committees/" + COMMITTEE);
    Prose.write(
        committee.resolve("committee.yaml"),
        "title: Sweep Committee\npurpose: Tests page feet.\n"
            + "officer: clerk\nvenue: Room 1\ntime: \"18:30\"\nmembers:\n"
            + members);
    for (int m = 0; m < meetings.size(); m++) {
      Path meeting = committee.resolve("meetings/" + date(m));
      StringBuilder agenda =
          new StringBuilder(
              "status: scheduled\npublished: "
                  + date(m).minusDays(7)
                  + "\nagenda:\n"
                  + "  - number: 1\n    title: Apologies\n");
      List<Paper> papers = meetings.get(m);
      for (int p = 0; p < papers.size(); p++) {
        String id = paperId(m, p, papers.get(p).ending());
        agenda
            .append("  - number: ")
            .append(p + 2)
            .append("\n    title: Report ")
            .append(id)
            .append("\n    papers: [")
            .append(id)
            .append("]\n");
        paper(meeting.resolve("papers/" + id), id, papers.get(p));
      }
      Prose.write(meeting.resolve("meeting.yaml"), agenda.toString());
    }
  }

  private static void paper(Path dir, String id, Paper p) throws IOException {
    bar(dir.resolve("bar-report.png"), p.paperBar());
    bar(dir.resolve("bar-appendix.png"), p.appendixBar());
    Prose.write(
        dir.resolve("paper.md"),
        "---\ntitle: Report "
            + id
            + "\nreport_of: Director of Testing\n"
            + "author: author\nappendices:\n  - title: Figures for "
            + id
            + "\n    file: appendix-1.md\n---\n\n"
            + "## Summary\n\nThis report ends at a chosen distance from the foot of its page.\n\n"
            + "![A grey bar](bar-report.png)\n");
    if (p.ending() == Ending.IMAGE) {
      Prose.chart(dir.resolve("chart.png"));
    }
    Prose.write(
        dir.resolve("appendix-1.md"),
        "The figures for this report, ending at a chosen distance from the foot"
            + " of the page.\n\n![A grey bar](bar-appendix.png)\n\n"
            + p.ending().markdown);
  }

  /** A grey bar 60 pixels wide and {@code height} high. */
  private static void bar(Path file, int height) throws IOException {
    BufferedImage img = new BufferedImage(60, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0xbbbbbb));
    g.fillRect(0, 0, 60, Math.max(1, height));
    g.dispose();
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  private static String rows(int rows, int numbers) {
    StringBuilder s = new StringBuilder();
    for (int r = 1; r <= rows; r++) {
      s.append("| Area ").append(r);
      for (int c = 1; c <= numbers; c++) {
        s.append(" | ").append(r * 10 + c);
      }
      s.append(" |\n");
    }
    return s.toString();
  }
}
