package org.tabled.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a valid synthetic council of any size, for benchmarks and for tests that need a large
 * archive: ten committees, the meetings spread over the years before 31 March 2026 (about every
 * five weeks each), and for each meeting an agenda with the minutes of the previous meeting and
 * four reports, the minutes themselves with tracked outcomes, and responses to most outcomes. Each
 * report is about three pages with a cover sheet, numbered sections, cross-references (to its own
 * paragraphs and appendix, to another item of its meeting, to the committee's previous meeting, a
 * paper and an outcome of it) and a one-page appendix table; lengths vary from report to report,
 * and some have a chart, a footnote, a table in the text, or a wide (landscape) appendix.
 *
 * <pre>
 * java -cp target/tabled.jar org.tabled.bench.ArchiveGenerator --meetings N --out DIR [--seed S]
 * </pre>
 *
 * {@code DIR} is a content folder to create (it must not exist, or be empty); build it with {@code
 * tabled build --content DIR}. The same {@code N} and seed always write the same files.
 */
public final class ArchiveGenerator {

  /** Committees, by id and title. */
  static final String[][] COMMITTEES = {
    {"adult-care-scrutiny", "Adult Social Care Scrutiny Committee"},
    {"audit-governance", "Audit and Governance Committee"},
    {"children-scrutiny", "Children and Young People Scrutiny Committee"},
    {"communities-scrutiny", "Safer Communities Scrutiny Committee"},
    {"environment-scrutiny", "Environment and Transport Scrutiny Committee"},
    {"health-scrutiny", "Health and Wellbeing Scrutiny Committee"},
    {"housing-scrutiny", "Housing Scrutiny Committee"},
    {"licensing", "Licensing Committee"},
    {"place-scrutiny", "Place and Regeneration Scrutiny Committee"},
    {"resources-scrutiny", "Resources Scrutiny Committee"},
  };

  /** Councillors in the pool; each committee has eight of them, overlapping with its neighbours. */
  static final int COUNCILLORS = 60;

  /** Officers who write reports and lead on outcomes. */
  static final int OFFICERS = 20;

  /** Days between a committee's meetings. */
  static final int EVERY = 35;

  /** The last meeting of the archive is on or shortly before this day. */
  static final LocalDate END = LocalDate.of(2026, 3, 31);

  /** Reports on each agenda. */
  static final int REPORTS = 4;

  private static final String[] FIRST =
      ("Alex Bea Cal Dee Eli Fen Gus Hal Ida Jo Kit Lou Max Nia Oli Pat Quin Ray "
              + "Sam Tia Uma Vic Wyn Zac")
          .split(" ");
  private static final String[] LAST =
      ("Ashdown Birch Carver Dunmore Elwood Fairley Garside Holm Ingram Jessop Kerridge "
              + "Lowther Marden Northam Oakes Penrose Quarles Redfern Stainton Thorne Upton Varley Whitcombe Yeadon")
          .split(" ");
  private static final String[] PARTIES = {
    "Labour", "Conservative", "Liberal Democrat", "Green", "Independent"
  };

  /**
   * What was written.
   *
   * @param committees committees with at least one meeting
   * @param meetings meetings
   * @param reports reports (papers), each with one appendix
   * @param outcomes tracked outcomes in the minutes
   * @param responses tracker responses
   * @param first the first meeting's date
   * @param last the last meeting's date
   */
  public record Summary(
      int committees,
      int meetings,
      int reports,
      int outcomes,
      int responses,
      LocalDate first,
      LocalDate last) {}

  private ArchiveGenerator() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** The command line: 0 when written, 1 when it cannot write, 2 for a wrong command line. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Integer meetings = null;
    Path dir = null;
    long seed = 1;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--meetings" -> meetings = Integer.parseInt(required(args[i], value));
          case "--out" -> dir = Path.of(required(args[i], value));
          case "--seed" -> seed = Long.parseLong(required(args[i], value));
          default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
        }
        i++;
      }
      if (meetings == null || dir == null) {
        throw new IllegalArgumentException("--meetings and --out are required");
      }
      if (meetings < 1) {
        throw new IllegalArgumentException("--meetings must be at least 1");
      }
    } catch (IllegalArgumentException e) { // NumberFormatException included
      err.println("ArchiveGenerator: " + e.getMessage());
      err.println(
          "usage: java -cp tabled.jar org.tabled.bench.ArchiveGenerator --meetings N --out DIR [--seed S]");
      return 2;
    }
    try {
      Summary s = write(dir, meetings, seed);
      out.printf(
          Locale.ROOT,
          "wrote %d meetings of %d committees (%s to %s), %d reports, %d outcomes, %d responses"
              + " into %s%n",
          s.meetings(),
          s.committees(),
          s.first(),
          s.last(),
          s.reports(),
          s.outcomes(),
          s.responses(),
          dir);
      return 0;
    } catch (IOException e) {
      err.println("ArchiveGenerator: cannot write " + dir + ": " + e.getMessage());
      return 1;
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  /**
   * Writes an archive of {@code meetings} meetings into {@code dir}, which must be absent or empty.
   */
  public static Summary write(Path dir, int meetings, long seed) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new IOException("the folder is not empty");
        }
      }
    }
    Prose text = new Prose(seed);
    site(dir);
    people(dir, text);
    int perCommittee = (meetings + COMMITTEES.length - 1) / COMMITTEES.length;
    LocalDate base =
        END.minusDays((long) (perCommittee - 1) * EVERY + 3L * (COMMITTEES.length - 1));
    int committees = 0;
    int outcomes = 0;
    int responses = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (int c = 0; c < COMMITTEES.length; c++) {
      int count = meetings / COMMITTEES.length + (c < meetings % COMMITTEES.length ? 1 : 0);
      if (count == 0) {
        continue;
      }
      committees++;
      List<Integer> members = members(c);
      committee(dir, c, members);
      ArchiveMeeting previous = null;
      for (int s = 0; s < count; s++) {
        LocalDate date = base.plusDays((long) s * EVERY + 3L * c);
        ArchiveMeeting m =
            new ArchiveMeeting(
                text,
                dir.resolve("committees/" + COMMITTEES[c][0]),
                date,
                members,
                previous,
                s == count - 1);
        m.write();
        outcomes += m.outcomes().size();
        responses += m.responses();
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
        previous = m;
      }
    }
    return new Summary(committees, meetings, meetings * REPORTS, outcomes, responses, first, last);
  }

  /** The councillors (by number) on committee {@code c}: chair, vice-chair, then six members. */
  static List<Integer> members(int c) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < 8; j++) {
      out.add((c * 6 + j) % COUNCILLORS + 1);
    }
    return out;
  }

  static String councillor(int n) {
    return String.format(Locale.ROOT, "councillor-%02d", n);
  }

  static String officer(int n) {
    return String.format(Locale.ROOT, "officer-%02d", n);
  }

  static String clerk(int c) {
    return String.format(Locale.ROOT, "clerk-%02d", c + 1);
  }

  private static void site(Path dir) throws IOException {
    Prose.write(
        dir.resolve("site.yaml"),
        """
        council: Archive Borough Council
        website: https://www.archive.example/
        base_url: https://democracy.archive.example/
        contact:
          email: democratic.services@archive.example
          phone: 01632 960 000
        chief_executive: chief-executive
        """);
  }

  private static void people(Path dir, Prose text) throws IOException {
    Path people = dir.resolve("people");
    Prose.write(
        people.resolve("chief-executive.yaml"),
        "name: Morgan Hale\nkind: officer\njob_title: Chief Executive\n");
    for (int i = 1; i <= COUNCILLORS; i++) {
      StringBuilder y =
          new StringBuilder(
              "name: "
                  + name(i)
                  + "\nkind: councillor\nparty: "
                  + PARTIES[i % PARTIES.length]
                  + "\nward: "
                  + Prose.capital(text.word())
                  + " "
                  + (1 + i % 20)
                  + "\n");
      if (i % 6 == 0) { // a cabinet member, throughout
        y.append("portfolios:\n  - title: Cabinet Member for ")
            .append(Prose.capital(text.word()))
            .append(" and ")
            .append(Prose.capital(text.word()))
            .append("\n    from: 2000-01-01\n");
      }
      Prose.write(people.resolve(councillor(i) + ".yaml"), y.toString());
    }
    for (int i = 1; i <= OFFICERS; i++) {
      Prose.write(
          people.resolve(officer(i) + ".yaml"),
          "name: "
              + name(100 + i)
              + "\nkind: officer\njob_title: Head of "
              + Prose.capital(text.word())
              + " "
              + text.word()
              + "\nemail: "
              + officer(i)
              + "@archive.example\nphone: 01632 960 "
              + (100 + i)
              + "\n");
    }
    for (int c = 0; c < COMMITTEES.length; c++) {
      Prose.write(
          people.resolve(clerk(c) + ".yaml"),
          "name: "
              + name(200 + c)
              + "\nkind: officer\n"
              + "job_title: Democratic Services Officer\nemail: "
              + clerk(c)
              + "@archive.example\n");
    }
  }

  private static String name(int i) {
    return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i * 7) % LAST.length];
  }

  private static void committee(Path dir, int c, List<Integer> members) throws IOException {
    StringBuilder y =
        new StringBuilder(
            "title: "
                + COMMITTEES[c][1]
                + "\npurpose: >\n  Reviews the council's services"
                + " and makes recommendations to the Cabinet.\nofficer: "
                + clerk(c)
                + "\nvenue: Committee Room "
                + (1 + c % 3)
                + ", Archive Civic Centre\ntime: \"18:30\"\nmembers:\n");
    for (int j = 0; j < members.size(); j++) {
      y.append("  - person: ")
          .append(councillor(members.get(j)))
          .append("\n    role: ")
          .append(j == 0 ? "chair" : j == 1 ? "vice-chair" : "member")
          .append('\n');
    }
    Prose.write(dir.resolve("committees/" + COMMITTEES[c][0] + "/committee.yaml"), y.toString());
  }
}
