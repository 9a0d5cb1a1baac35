package org.tabled.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.PersonId;
import org.tabled.publish.PublishedCouncil;

/**
 * A person's attendance at committee meetings, derived from the published minutes of every
 * committee: each meeting they were expected at (a sitting member on the day) or attended, and a
 * count per municipal year.
 *
 * <p>A member is <em>expected</em> at every meeting held while they sit on its committee. The
 * minutes then say they were <em>present</em>, sent <em>apologies</em> (perhaps with a substitute
 * in their place), or neither (<em>absent</em>). Attending in another member's place ({@code
 * substitutions}) is counted apart: the substitute was not expected. So is attending, or sending
 * apologies, as someone who is not a member ({@code also_present}, {@code also_apologies}): listed,
 * never counted as a member's attendance or apologies. Only meetings whose minutes the audience can
 * see count, so a record never reveals what unpublished minutes say.
 */
public final class AttendanceRecord {

  private AttendanceRecord() {}

  /** What the minutes of one meeting say of the person. */
  public enum Result {
    /** A member, present. */
    PRESENT("Present"),
    /** A member who sent apologies. */
    APOLOGIES("Apologies"),
    /** A member neither present nor sending apologies. */
    ABSENT("Absent"),
    /** Not a member, present in a member's place. */
    SUBSTITUTE("Present as substitute"),
    /** Not a member, present for an item (a cabinet member, an officer, a guest). */
    IN_ATTENDANCE("In attendance"),
    /**
     * Not a member, expected for an item but sent apologies: never counted as a member's apologies.
     */
    APOLOGIES_IN_ATTENDANCE("Apologies (not a member)");

    private final String label;

    Result(String label) {
      this.label = label;
    }

    /** The result in words: "Present", "Apologies" … */
    public String label() {
      return label;
    }
  }

  /**
   * One meeting of the record.
   *
   * @param committee the meeting's committee
   * @param meeting the meeting
   * @param result what the minutes say
   * @param substituteFor for {@link Result#SUBSTITUTE}: whom they replaced; for {@link
   *     Result#APOLOGIES}: who replaced them, if anyone
   */
  public record Line(
      Committee committee, Meeting meeting, Result result, Optional<PersonId> substituteFor) {
    public Line {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(substituteFor, "substituteFor");
    }

    /** True if the person was expected at the meeting, as a sitting member. */
    public boolean expected() {
      return result == Result.PRESENT || result == Result.APOLOGIES || result == Result.ABSENT;
    }
  }

  /**
   * The counts of one municipal year.
   *
   * @param year "2026-27"
   * @param expected meetings held while they were a sitting member
   * @param present of those, how many they attended
   * @param apologies of those, how many they sent apologies for
   * @param absent of those, how many they missed without apologies
   * @param asSubstitute meetings attended in another member's place
   * @param percent present as a share of expected, in whole per cent; -1 when nothing was expected
   */
  public record Year(
      String year,
      int expected,
      int present,
      int apologies,
      int absent,
      int asSubstitute,
      int percent) {

    /** The counts of {@code year}, with the share present worked out from them. */
    static Year of(
        String year, int expected, int present, int apologies, int absent, int asSubstitute) {
      return new Year(
          year,
          expected,
          present,
          apologies,
          absent,
          asSubstitute,
          expected == 0 ? -1 : Math.round(100f * present / expected));
    }
  }

  /**
   * Every meeting with published minutes at which {@code person} was expected or attended, newest
   * first.
   */
  public static List<Line> lines(PublishedCouncil pub, PersonId person) {
    return byPerson(pub).getOrDefault(person, List.of());
  }

  /**
   * {@link #lines} of every person who has any, in one pass over the meetings: at each, its sitting
   * members and everyone its minutes name as present or in attendance, the only people a line can
   * be about.
   */
  public static Map<PersonId, List<Line>> byPerson(PublishedCouncil pub) {
    Map<PersonId, List<Line>> out = new HashMap<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (m.minutes().isEmpty()) {
          continue;
        }
        Minutes min = m.minutes().get();
        Set<PersonId> members = new HashSet<>();
        c.membersOn(m.date()).stream().filter(s -> s.sits()).forEach(s -> members.add(s.person()));
        Set<PersonId> named = new LinkedHashSet<>(members);
        named.addAll(min.present());
        min.alsoPresent().forEach(a -> named.add(a.person()));
        min.alsoApologies().forEach(a -> named.add(a.person()));
        for (PersonId id : named) {
          line(c, m, min, id, members.contains(id))
              .ifPresent(l -> out.computeIfAbsent(id, x -> new ArrayList<>()).add(l));
        }
      }
    }
    // newest first; a stable sort, so lines of one day and committee title keep their order
    out.values()
        .forEach(
            lines ->
                lines.sort(
                    Comparator.comparing((Line l) -> l.meeting().date())
                        .reversed()
                        .thenComparing(l -> l.committee().title())));
    return out;
  }

  /** The counts of {@code lines} by municipal year (1 May to 30 April), the latest year first. */
  public static List<Year> years(List<Line> lines) {
    return years(lines, HouseStyle.DEFAULT);
  }

  /**
   * The counts of {@code lines} by the municipal years of house style {@code hs}, the latest year
   * first.
   */
  public static List<Year> years(List<Line> lines, HouseStyle hs) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Line l : lines) {
      int[] c =
          counts.computeIfAbsent(Dates.municipalYear(l.meeting().date(), hs), y -> new int[5]);
      switch (l.result()) {
        case PRESENT -> c[1]++;
        case APOLOGIES -> c[2]++;
        case ABSENT -> c[3]++;
        case SUBSTITUTE -> c[4]++;
        case IN_ATTENDANCE, APOLOGIES_IN_ATTENDANCE -> {}
      }
      c[0] += l.expected() ? 1 : 0;
    }
    List<Year> out = new ArrayList<>();
    counts.forEach((y, c) -> out.add(Year.of(y, c[0], c[1], c[2], c[3], c[4])));
    out.sort(Comparator.comparing(Year::year).reversed());
    return out;
  }

  private static Optional<Line> line(
      Committee c, Meeting m, Minutes min, PersonId id, boolean member) {
    Optional<PersonId> replaced =
        min.substitutions().stream()
            .filter(s -> s.substitute().equals(id))
            .map(Minutes.Substitution::member)
            .findFirst();
    Optional<PersonId> replacedBy =
        min.substitutions().stream()
            .filter(s -> s.member().equals(id))
            .map(Minutes.Substitution::substitute)
            .findFirst();
    Result result;
    if (min.present().contains(id)) {
      result =
          member
              ? Result.PRESENT
              : Result.SUBSTITUTE; // a non-member present is there as a substitute
    } else if (member && (min.apologies().contains(id) || replacedBy.isPresent())) {
      result = Result.APOLOGIES;
    } else if (member) {
      result = Result.ABSENT;
    } else if (min.alsoPresent().stream().anyMatch(a -> a.person().equals(id))) {
      result = Result.IN_ATTENDANCE;
    } else if (min.alsoApologies().stream().anyMatch(a -> a.person().equals(id))) {
      result = Result.APOLOGIES_IN_ATTENDANCE;
    } else {
      return Optional.empty();
    }
    Optional<PersonId> other =
        result == Result.SUBSTITUTE
            ? replaced
            : result == Result.APOLOGIES ? replacedBy : Optional.empty();
    return Optional.of(new Line(c, m, result, other));
  }
}
