package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tabled.format.Dates;
import org.tabled.model.Council;
import org.tabled.model.CoverSheet;
import org.tabled.model.Paper;
import org.tabled.model.PaperLayout;
import org.tabled.model.Person;
import org.tabled.model.PersonId;

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
   * nothing to say (no policy context written, no cabinet member) is left out. People are given
   * with their roles on the day of the meeting.
   */
  public static List<Field> of(Council council, Paper paper) {
    CoverSheet cs = paper.cover();
    LocalDate date = paper.meeting().date();
    List<Field> rows = new ArrayList<>();
    if (paper.layout() == PaperLayout.PLAIN) {
      return rows;
    }
    Optional<Person> member = cs.cabinetMember().map(id -> person(council, id));
    add(rows, Kind.DATE, "Date", Dates.long_(date, council.site().houseStyle()));
    if (paper.layout() == PaperLayout.PORTFOLIO_UPDATE) {
      member
          .flatMap(p -> p.portfolioOn(date))
          .ifPresent(pf -> add(rows, Kind.PORTFOLIO, "Portfolio", pf.title()));
      member.ifPresent(
          p -> add(rows, Kind.REPORT_OF, "Report of", Names.Named.on(p, date).label()));
    } else {
      add(rows, Kind.CLASSIFICATION, "Classification", cs.classification());
      add(rows, Kind.TITLE, "Title", paper.title());
      add(rows, Kind.REPORT_OF, "Report of", cs.reportOf());
      member.ifPresent(
          p ->
              add(
                  rows,
                  Kind.CABINET_MEMBER,
                  "Cabinet Member Portfolio",
                  Names.Named.on(p, date).label()));
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
