package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tabled.format.Dates;
import org.tabled.model.Council;
import org.tabled.model.CoverSheet;
import org.tabled.model.Paper;
import org.tabled.model.PaperLayout;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.Portfolio;

/**
 * The cover sheet of a paper (DOMAIN.md §1.3 and §1.4): which rows a layout has, in which order,
 * with which label and value. The printed cover sheet prints every row, each label followed by a
 * colon; the paper page shows the date, title and authors in its heading and author list, and the
 * other rows with the same labels and values.
 *
 * <p>The labels are those councils print on their cover sheets ("Wards Involved", "Key Decision"),
 * so that the page and the paper read the same.
 */
public final class CoverFields {

  private CoverFields() {}

  /** What a row holds; the website leaves out those it shows elsewhere. */
  public enum Kind {
    DATE,
    PORTFOLIO,
    CLASSIFICATION,
    TITLE,
    REPORT_OF,
    CABINET_MEMBER,
    WARDS,
    POLICY_CONTEXT,
    KEY_DECISION,
    AUTHORS
  }

  /**
   * One row of the cover sheet.
   *
   * @param kind what it holds
   * @param label the label, without a colon: "Wards Involved"
   * @param lines the value, one entry per printed line (never empty)
   */
  public record Field(Kind kind, String label, List<String> lines) {
    public Field {
      lines = List.copyOf(lines);
    }

    /** The value on one line, its lines separated by commas. */
    public String value() {
      return String.join(", ", lines);
    }
  }

  /**
   * The rows of {@code paper}'s cover sheet, by its layout; none for a plain paper. A row with
   * nothing to say (no policy context written, no cabinet member) is left out. A paper naming
   * several cabinet members prints each on a line of its own, under a plural label. People are
   * given with their roles on the day of the meeting.
   */
  public static List<Field> of(Council council, Paper paper) {
    CoverSheet cs = paper.cover();
    LocalDate date = paper.meeting().date();
    List<Field> rows = new ArrayList<>();
    if (paper.layout().coverless()) {
      return rows;
    }
    List<Person> members = cs.cabinetMembers().stream().map(id -> person(council, id)).toList();
    add(rows, Kind.DATE, "Date", Dates.long_(date, council.site().houseStyle()));
    if (paper.layout() == PaperLayout.PORTFOLIO_UPDATE) {
      List<String> portfolios =
          members.stream()
              .flatMap(p -> p.portfolioOn(date).stream())
              .map(Portfolio::title)
              .toList();
      addLines(rows, Kind.PORTFOLIO, portfolioLabel("Portfolio", portfolios.size()), portfolios);
      addLines(
          rows,
          Kind.REPORT_OF,
          "Report of",
          members.stream().map(p -> Names.Named.on(p, date).label()).toList());
    } else {
      add(rows, Kind.CLASSIFICATION, "Classification", cs.classification());
      add(rows, Kind.TITLE, "Title", paper.title());
      add(rows, Kind.REPORT_OF, "Report of", cs.reportOf());
      addLines(
          rows,
          Kind.CABINET_MEMBER,
          portfolioLabel("Cabinet Member Portfolio", members.size()),
          members.stream().map(p -> Names.Named.on(p, date).label()).toList());
      add(rows, Kind.WARDS, "Wards Involved", String.join(", ", cs.wards()));
      add(rows, Kind.POLICY_CONTEXT, "Policy Context", cs.policyContext());
      add(rows, Kind.KEY_DECISION, "Key Decision", cs.keyDecision() ? "Yes" : "No");
    }
    List<String> authors = authors(council, cs.authors(), date);
    if (!authors.isEmpty()) {
      rows.add(new Field(Kind.AUTHORS, "Report Author and Contact Details", authors));
    }
    return rows;
  }

  /**
   * The label of the portfolio row, plural when a paper names several cabinet members, as councils
   * print it ("Cabinet Member Portfolios"): one decision for the paper page and the printed paper.
   */
  public static String portfolioLabel(String singular, int count) {
    return count > 1 ? singular + "s" : singular;
  }

  /** A row with one value per line (one per cabinet member); left out when there is none. */
  private static void addLines(List<Field> rows, Kind kind, String label, List<String> values) {
    if (!values.isEmpty()) {
      rows.add(new Field(kind, label, values));
    }
  }

  private static void add(List<Field> rows, Kind kind, String label, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(new Field(kind, label, List.of(value)));
    }
  }

  /** Each author with their role on the day, then their email and phone on a line of their own. */
  private static List<String> authors(Council council, List<PersonId> ids, LocalDate date) {
    List<String> lines = new ArrayList<>();
    for (PersonId id : ids) {
      Person p = person(council, id);
      lines.add(Names.Named.on(p, date).label());
      // on a line of its own, so that an address is not broken at a dot
      String contact =
          String.join(
              ", ",
              Stream.of(p.contact().email(), p.contact().phone())
                  .filter(x -> !x.isEmpty())
                  .toList());
      if (!contact.isEmpty()) {
        lines.add(contact);
      }
    }
    return lines;
  }

  private static Person person(Council council, PersonId id) {
    return council
        .person(id)
        .orElseThrow(() -> new IllegalStateException("validated person missing: " + id));
  }
}
