package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.HouseStyle;
import org.tabled.model.Interest;
import org.tabled.model.InterestCategory;
import org.tabled.model.Person;
import org.tabled.model.Register;

/**
 * What the person page's register of interests and the printed schedule of interests say, in the
 * same words: the interests held on a day, grouped by category in the order registers use, a
 * sensitive interest only as the fact that one is held.
 *
 * <p>Only interests held on the day are listed (registered by then and not ended before it): the
 * build's day on the website, the meeting's day in a pack, so that a pack rebuilt later prints what
 * its readers were sent. Ended interests are not printed.
 */
public final class Interests {

  private Interests() {}

  /** What a sensitive interest is listed under, in place of its category. */
  public static final String SENSITIVE = "Sensitive interest";

  /** What a sensitive interest says in place of its details. */
  public static final String WITHHELD =
      "The member has an interest whose details are withheld under section 32 of the Localism Act"
          + " 2011.";

  /** What a register with no interests held says. */
  public static final String NONE = "No interests registered";

  /** What the schedule says for a member whose register is not in the content. */
  public static final String NOT_PUBLISHED = "Register not published here";

  /**
   * One interest as printed.
   *
   * @param category "Land", or {@link #SENSITIVE}
   * @param organisation the organisation or description, or {@link #WITHHELD}
   * @param nature its nature, with "(spouse or partner)" for a spouse's or partner's interest
   * @param since "since 1 May 2024"
   */
  public record Row(String category, String organisation, String nature, String since) {}

  /**
   * The interests of one category.
   *
   * @param heading the category as registers print it, or {@link #SENSITIVE}
   * @param rows its interests, in the order written
   */
  public record Group(String heading, List<Row> rows) {
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /**
   * The interests of register {@code r} held on {@code day}, by category in the register's order,
   * sensitive interests last; empty when none are held.
   */
  public static List<Group> groups(Register r, LocalDate day, HouseStyle hs) {
    List<Interest> held = r.heldOn(day);
    List<Group> out = new ArrayList<>();
    for (InterestCategory c : InterestCategory.values()) {
      List<Row> rows =
          held.stream()
              .filter(i -> i.category().equals(Optional.of(c)))
              .map(i -> row(i, hs))
              .toList();
      if (!rows.isEmpty()) {
        out.add(new Group(c.label(), rows));
      }
    }
    List<Row> sensitive = held.stream().filter(Interest::sensitive).map(i -> row(i, hs)).toList();
    if (!sensitive.isEmpty()) {
      out.add(new Group(SENSITIVE, sensitive));
    }
    return out;
  }

  /** One interest in words; a sensitive one says only that it is held. */
  public static Row row(Interest i, HouseStyle hs) {
    if (i.sensitive()) {
      return new Row(SENSITIVE, WITHHELD, "", "");
    }
    String nature = i.nature();
    if (i.spouseOrPartner()) {
      nature = nature.isEmpty() ? "Spouse or partner" : nature + " (spouse or partner)";
    }
    return new Row(
        i.category().orElseThrow().label(),
        i.organisation(),
        nature,
        "since " + Dates.medium(i.from(), hs));
  }

  /** "Last updated 1 May 2026.", or empty when the register gives no date. */
  public static String updated(Register r, HouseStyle hs) {
    return r.updated().map(u -> "Last updated " + Dates.medium(u, hs) + ".").orElse("");
  }

  /**
   * One row of a schedule of interests.
   *
   * @param member "Councillor Amara Osei", on every row of the member's (a table read aloud names
   *     whose interest each row is)
   * @param category the category, {@link #SENSITIVE}, or empty for a member with none
   * @param organisation the organisation, {@link #WITHHELD}, {@link #NONE} or {@link
   *     #NOT_PUBLISHED}
   * @param nature the nature of the interest, or empty
   */
  public record ScheduleRow(String member, String category, String organisation, String nature) {}

  /** The caption of a schedule: "Schedule of interests: members of the … on 22 September 2026". */
  public static String caption(Committee c, LocalDate day, HouseStyle hs) {
    return "Schedule of interests: members of the " + c.title() + " on " + Dates.medium(day, hs);
  }

  /**
   * The schedule of interests of committee {@code c}'s members on {@code day}, in the order the
   * committee lists them (its member groups if it names them, else councillors then co-opted
   * members, voting first): each member's interests held that day, by category, or one row saying
   * that none are registered or that the register is not published here.
   */
  public static List<ScheduleRow> schedule(Council council, Committee c, LocalDate day) {
    HouseStyle hs = council.site().houseStyle();
    Roster roster = Roster.of(c, day, council);
    List<Roster.Member> members = new ArrayList<>();
    if (roster.groups().isEmpty()) {
      members.addAll(roster.councillors());
      members.addAll(roster.votingCoOpted());
      members.addAll(roster.nonVotingCoOpted());
    } else {
      roster.groups().forEach(g -> members.addAll(g.members()));
      // a member the committee put in no group is still a member
      for (List<Roster.Member> l :
          List.of(roster.councillors(), roster.votingCoOpted(), roster.nonVotingCoOpted())) {
        l.stream().filter(x -> !members.contains(x)).forEach(members::add);
      }
    }
    List<ScheduleRow> out = new ArrayList<>();
    for (Roster.Member m : members) {
      Person p = m.person();
      String name = p.displayName();
      if (p.register().isEmpty()) {
        out.add(new ScheduleRow(name, "", NOT_PUBLISHED, ""));
        continue;
      }
      List<Group> groups = groups(p.register().get(), day, hs);
      if (groups.isEmpty()) {
        out.add(new ScheduleRow(name, "", NONE, ""));
      }
      for (Group g : groups) {
        for (Row r : g.rows()) {
          out.add(new ScheduleRow(name, r.category(), r.organisation(), r.nature()));
        }
      }
    }
    return out;
  }
}
