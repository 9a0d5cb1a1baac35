package org.tabled.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One meeting of the {@link ArchiveGenerator}'s council: its {@code meeting.yaml}, four reports
 * with an appendix each, its minutes with tracked outcomes, and the responses to most of them.
 */
final class ArchiveMeeting {

  private static final String[] SECTIONS = {
    "Purpose of the report",
    "Recommendations",
    "Background",
    "Current position",
    "Financial implications",
    "Legal implications",
    "Equalities and risks"
  };
  private static final String[] TYPES = {"recommendation", "action", "information-request"};
  private static final String[] STATUSES = {
    "completed", "in-progress", "completed", "not-progressing", "open"
  };

  private final Prose text;
  private final Path committee;
  private final LocalDate date;
  private final List<Integer> members;
  private final ArchiveMeeting previous;
  private final boolean latest;
  private final List<String> papers = new ArrayList<>();
  private final List<String> outcomes = new ArrayList<>();
  private int responses;

  ArchiveMeeting(
      Prose text,
      Path committee,
      LocalDate date,
      List<Integer> members,
      ArchiveMeeting previous,
      boolean latest) {
    this.text = text;
    this.committee = committee;
    this.date = date;
    this.members = members;
    this.previous = previous;
    this.latest = latest;
    String prefix = committee.getFileName().toString().split("-")[0] + "-" + date;
    for (int r = 1; r <= ArchiveGenerator.REPORTS; r++) {
      papers.add(prefix + "-r" + r);
    }
  }

  /** The ids of the outcomes its minutes record. */
  List<String> outcomes() {
    return outcomes;
  }

  /** How many tracker responses were written for its outcomes. */
  int responses() {
    return responses;
  }

  /**
   * The agenda number of the first report: after membership, declarations and (but for the first)
   * minutes.
   */
  private int firstReport() {
    return previous == null ? 3 : 4;
  }

  void write() throws IOException {
    Path dir = committee.resolve("meetings/" + date);
    List<String> titles = new ArrayList<>();
    StringBuilder agenda =
        new StringBuilder(
            "status: held\npublished: "
                + date.minusDays(8)
                + "\nagenda:\n"
                + "  - number: 1\n    title: Apologies and membership\n    purpose: To note apologies and any changes to the"
                + " membership.\n  - number: 2\n    title: Declarations of interest\n    purpose: To receive declarations of"
                + " interest in matters on this agenda.\n");
    int n = 3;
    if (previous != null) {
      agenda
          .append("  - number: 3\n    title: Minutes\n    minutes_of: ")
          .append(previous.date)
          .append('\n');
      n++;
    }
    for (String id : papers) {
      String title = text.title();
      titles.add(title);
      agenda
          .append("  - number: ")
          .append(n++)
          .append("\n    title: ")
          .append(title)
          .append(
              "\n    purpose: To consider the report and make any recommendations.\n    papers: [")
          .append(id)
          .append("]\n");
    }
    agenda.append("  - number: ").append(n).append("\n    title: Any other business\n");
    Prose.write(dir.resolve("meeting.yaml"), agenda.toString());
    for (int r = 0; r < papers.size(); r++) {
      paper(dir.resolve("papers/" + papers.get(r)), titles.get(r), r);
    }
    minutes(dir, titles);
  }

  private void paper(Path dir, String title, int r) throws IOException {
    int author = 1 + (papers.get(r).hashCode() & 0x7fffffff) % ArchiveGenerator.OFFICERS;
    StringBuilder s =
        new StringBuilder(
            "---\ntitle: "
                + title
                + "\nreport_of: Director of "
                + Prose.capital(text.word())
                + "\npolicy_context: Council plan\nauthor: "
                + ArchiveGenerator.officer(author)
                + "\n");
    int cabinet = members.stream().filter(m -> m % 6 == 0).findFirst().orElse(0);
    if (cabinet > 0 && text.nextInt(2) == 0) {
      s.append("cabinet_member: ").append(ArchiveGenerator.councillor(cabinet)).append('\n');
    }
    s.append("appendices:\n  - title: ")
        .append(text.title())
        .append("\n    file: appendix-1.md\n---\n\n");
    for (int sec = 0; sec < SECTIONS.length; sec++) {
      s.append("## ").append(SECTIONS[sec]).append("\n\n");
      switch (sec) {
        case 0 -> s.append(text.paragraphs(1));
        case 1 -> {
          s.append(
              "The committee is asked to consider the following, with the figures in [[appendix:1]].\n\n");
          for (int i = 1; i <= text.between(2, 4); i++) {
            s.append(i).append(". ").append(text.sentence(text.between(10, 18))).append('\n');
          }
          s.append('\n');
        }
        case 2 -> background(s, r);
        case 3 -> position(s, dir);
        default -> s.append(text.paragraphs(text.between(1, 2)));
      }
    }
    if (s.indexOf("[^1]") >= 0) {
      s.append("[^1]: ").append(text.sentence(text.between(8, 16))).append('\n');
    }
    Prose.write(dir.resolve("paper.md"), s.toString());
    boolean wide = text.nextInt(6) == 0;
    Prose.write(
        dir.resolve("appendix-1.md"),
        text.paragraphs(1)
            + text.table(wide ? text.between(12, 16) : text.between(18, 26), wide ? 8 : 5));
  }

  /**
   * Background, with the cross-references: its meeting's other items, the previous meeting's papers
   * and outcomes.
   */
  private void background(StringBuilder s, int r) {
    s.append(text.paragraphs(text.between(1, 3)));
    int other = firstReport() + (r + 1) % papers.size();
    s.append(text.sentence(text.between(8, 14)).replaceFirst("\\.$", ""))
        .append(", as set out in [[para:2.1]] and" + " in [[item:")
        .append(other)
        .append("]].\n\n");
    if (previous != null) {
      s.append("The committee last considered this at [[meeting:")
          .append(previous.date)
          .append("]], in [[paper:")
          .append(previous.papers.get(r))
          .append("]]");
      if (!previous.outcomes.isEmpty()) {
        s.append(", and agreed [[tracker:")
            .append(previous.outcomes.get(r % previous.outcomes.size()))
            .append("]]");
      }
      s.append(". ").append(text.sentence(text.between(10, 20))).append("\n\n");
    }
  }

  /**
   * The current position: paragraphs, and a list, a chart, a footnote or a table in some reports.
   */
  private void position(StringBuilder s, Path dir) throws IOException {
    s.append(text.paragraphs(text.between(1, 3)));
    int extra = text.nextInt(5);
    if (extra == 0) {
      for (int i = 0; i < text.between(3, 6); i++) {
        s.append("- ").append(text.sentence(text.between(6, 14))).append('\n');
      }
      s.append('\n');
    } else if (extra == 1) {
      Prose.chart(dir.resolve("chart.png"));
      s.append(
          "![Bar chart of the monthly figures for the year, rising from spring to autumn](chart.png)\n\n");
    } else if (extra == 2) {
      s.append(text.paragraphs(1).strip()).append("[^1]\n\n");
    } else if (extra == 3) {
      s.append(text.table(text.between(4, 8), 4));
    }
    s.append(text.paragraphs(text.between(0, 2)));
  }

  private void minutes(Path dir, List<String> titles) throws IOException {
    List<Integer> present = new ArrayList<>();
    List<Integer> apologies = new ArrayList<>();
    for (int m : members) {
      (text.nextInt(5) == 0 ? apologies : present).add(m);
    }
    StringBuilder y =
        new StringBuilder(
            "---\nstatus: "
                + (latest ? "draft\npublish: true" : "approved")
                + "\npresent: "
                + ids(present)
                + "\n");
    if (!apologies.isEmpty()) {
      y.append("apologies: ").append(ids(apologies)).append('\n');
    }
    y.append("ended: \"")
        .append(19 + text.nextInt(3))
        .append(':')
        .append(10 + text.nextInt(50))
        .append("\"\n");
    StringBuilder body = new StringBuilder("## Apologies and membership\n\n");
    body.append(
        apologies.isEmpty() ? "There were no apologies.\n\n" : "Apologies were received.\n\n");
    body.append("## Declarations of interest\n\nThere were no declarations of interest.\n\n");
    if (previous != null) {
      body.append("## Minutes\n\nRESOLVED: That the minutes of the meeting held on [[meeting:")
          .append(previous.date)
          .append("]] be approved as a correct record.\n\n");
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < papers.size(); r++) {
      body.append("## ")
          .append(titles.get(r))
          .append("\n\nThe committee considered [[paper:")
          .append(papers.get(r))
          .append("]]. ")
          .append(text.paragraphs(text.between(1, 2)))
          .append("RESOLVED: That the report be noted.\n\n");
      for (int k = 0; k < text.between(0, 1) + (r == 0 ? 1 : 0); k++) {
        String id = papers.get(r).replaceFirst("-r(\\d)$", "-o$1") + "-" + (k + 1);
        outcomes.add(id);
        lines.add(
            "  - id: "
                + id
                + "\n    item: "
                + (firstReport() + r)
                + "\n    type: "
                + TYPES[text.nextInt(3)]
                + "\n    text: "
                + text.sentence(text.between(10, 20))
                + "\n    political_lead: "
                + ArchiveGenerator.councillor(members.get(0))
                + "\n    officer_lead: "
                + ArchiveGenerator.officer(1 + text.nextInt(ArchiveGenerator.OFFICERS))
                + "\n");
        if (text.nextInt(3) > 0) {
          response(id);
        }
      }
    }
    body.append("## Any other business\n\nThere was no other business.\n");
    if (!lines.isEmpty()) {
      y.append("outcomes:\n");
      lines.forEach(y::append);
    }
    Prose.write(dir.resolve("minutes.md"), y + "---\n\n" + body);
  }

  private void response(String id) throws IOException {
    responses++;
    LocalDate received = date.plusDays(text.between(10, 40));
    Prose.write(
        committee.resolve("tracker/" + id + ".md"),
        "---\nstatus: "
            + STATUSES[text.nextInt(STATUSES.length)]
            + "\nreceived: "
            + received
            + "\n---\n\n"
            + text.paragraphs(text.between(1, 3)));
  }

  private static String ids(List<Integer> councillors) {
    return "["
        + String.join(", ", councillors.stream().map(ArchiveGenerator::councillor).toList())
        + "]";
  }
}
