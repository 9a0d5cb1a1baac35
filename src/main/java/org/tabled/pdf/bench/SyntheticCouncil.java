package org.tabled.pdf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tabled.bench.Prose;

/**
 * Writes a synthetic council's content folder with one large agenda pack: a committee meeting with
 * the minutes of its previous meeting and {@code papers} reports, each with numbered sections,
 * lists, a captioned table long enough to run over a page, a chart and a footnote, and an appendix
 * table (every third one wide enough for landscape pages). The text is {@link Prose} with a fixed
 * seed, so every run writes the same content.
 */
final class SyntheticCouncil {

  static final String COMMITTEE = "bench-scrutiny";
  static final String DATE = "2030-03-12";

  private final Prose text = new Prose(20300312L);

  private SyntheticCouncil() {}

  /** Writes the content into {@code dir} (which must be empty or absent). */
  static void write(Path dir, int papers) throws IOException {
    new SyntheticCouncil().all(dir, papers);
  }

  private void all(Path dir, int papers) throws IOException {
    Files.createDirectories(dir.resolve("people"));
    write(
        dir.resolve("site.yaml"),
        """
        council: Benchmark Borough Council
        website: https://www.bench.example/
        base_url: https://meetings.bench.example/
        contact:
          email: committees@bench.example
          phone: 01632 960 999
        chief_executive: chief
        """);
    person(dir, "chief", "kind: officer\njob_title: Chief Executive\n");
    person(
        dir,
        "officer",
        "kind: officer\njob_title: Scrutiny Officer\nemail: scrutiny@bench.example\n");
    person(
        dir, "author", "kind: officer\njob_title: Head of Service\nemail: author@bench.example\n");
    StringBuilder members = new StringBuilder();
    String[] roles = {"chair", "vice-chair", "member", "member", "member", "member"};
    for (int i = 0; i < roles.length; i++) {
      person(dir, "cllr-" + i, "kind: councillor\n");
      members
          .append("  - person: cllr-")
          .append(i)
          .append("\n    role: ")
          .append(roles[i])
          .append('\n');
    }
    Path committee = dir.resolve("committees/" + COMMITTEE);
    write(
        committee.resolve("committee.yaml"),
        "title: Benchmark Scrutiny Committee\npurpose: Reviews services.\n"
            + "officer: officer\nvenue: Council Chamber, Bench Town Hall\ntime: \"18:30\"\nmembers:\n"
            + members);
    Path earlier = committee.resolve("meetings/2030-01-15");
    write(
        earlier.resolve("meeting.yaml"),
        "status: held\npublished: 2030-01-07\nagenda:\n"
            + "  - number: 1\n    title: Membership\n");
    StringBuilder minutes =
        new StringBuilder(
            "---\nstatus: approved\npresent: [cllr-0, cllr-1, cllr-2, cllr-3]\n"
                + "apologies: [cllr-4]\nended: \"20:30\"\n---\n\n");
    for (int i = 1; i <= 8; i++) {
      minutes
          .append("## ")
          .append(text.title())
          .append("\n\n")
          .append(text.paragraphs(3))
          .append("RESOLVED: That the report be noted.\n\n");
    }
    write(earlier.resolve("minutes.md"), minutes.toString());
    Path meeting = committee.resolve("meetings/" + DATE);
    StringBuilder agenda =
        new StringBuilder(
            "status: scheduled\npublished: 2030-03-02\nagenda:\n"
                + "  - number: 1\n    title: Membership\n    purpose: To note any changes to the membership.\n"
                + "  - number: 2\n    title: Minutes\n    minutes_of: 2030-01-15\n");
    for (int p = 1; p <= papers; p++) {
      String id = "report-" + p;
      agenda
          .append("  - number: ")
          .append(p + 2)
          .append("\n    title: ")
          .append(text.title())
          .append("\n    purpose: To comment on the report.\n    papers: [")
          .append(id)
          .append("]\n");
      paper(meeting.resolve("papers/" + id), p);
    }
    write(meeting.resolve("meeting.yaml"), agenda.toString());
  }

  private void paper(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    Prose.chart(dir.resolve("chart.png"));
    boolean wide = n % 3 == 0;
    StringBuilder s =
        new StringBuilder(
            "---\ntitle: "
                + text.title()
                + " "
                + n
                + "\nreport_of: Director of Services\n"
                + "wards: All\npolicy_context: Council plan\nauthor: author\nappendices:\n  - title: Detailed figures\n"
                + "    file: figures.md\n---\n\n");
    for (int sec = 1; sec <= 8; sec++) {
      s.append("## ")
          .append(text.title())
          .append("\n\n")
          .append(text.paragraphs(2 + text.nextInt(3)));
      if (sec == 2) {
        for (int i = 0; i < 5; i++) {
          s.append("- ").append(text.sentence(12)).append('\n');
        }
        s.append('\n');
      }
      if (sec == 3) {
        s.append(
            "![Bar chart of the monthly figures for the year, rising from spring to autumn](chart.png)\n\n");
        s.append(text.paragraphs(1).strip()).append("[^1]\n\n");
      }
      if (sec == 4) {
        s.append(text.table(40 + text.nextInt(20), 5));
      }
    }
    s.append("[^1]: ").append(text.sentence(15)).append('\n');
    write(dir.resolve("paper.md"), s.toString());
    write(dir.resolve("figures.md"), text.paragraphs(1) + text.table(30, wide ? 8 : 6));
  }

  private static void person(Path dir, String id, String rest) throws IOException {
    write(
        dir.resolve("people/" + id + ".yaml"),
        "name: " + Prose.capital(id.replace('-', ' ')) + "\n" + rest);
  }

  private static void write(Path file, String content) throws IOException {
    Prose.write(file, content);
  }
}
