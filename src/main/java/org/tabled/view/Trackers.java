package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.OutcomeType;
import org.tabled.model.PersonId;
import org.tabled.model.TrackerStatus;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;

/**
 * Which entries a committee's recommendation and action tracker holds, for the website's tracker
 * page and for the tracker printed as an appendix in an agenda pack.
 *
 * <p>Both list only outcomes of minutes the audience can see ({@link PublishedCouncil#tracker}), in
 * the order the minutes list them: by meeting, minute item, then type. The tracker is cumulative:
 * nothing drops off once answered.
 */
public final class Trackers {

  private Trackers() {}

  /** The order trackers list entries in: oldest meeting first, then minute item, then type. */
  public static final Comparator<TrackerEntry> ORDER =
      Comparator.comparing((TrackerEntry e) -> e.origin().date())
          .thenComparingInt(e -> e.outcome().item())
          .thenComparing(e -> e.outcome().type());

  /**
   * Every entry of committee {@code c}'s tracker that the audience can see: the outcomes of its
   * published minutes ({@link PublishedCouncil#tracker}), each with its response, in tracker order.
   */
  public static List<TrackerEntry> visible(PublishedCouncil pub, CommitteeId c) {
    return pub.tracker(c).stream().sorted(ORDER).toList();
  }

  /**
   * The tracker as it stood on day {@code knownOn} for a meeting held on {@code heldBefore}: the
   * visible entries made at meetings held before that day, each with its response only if the
   * response had been received by {@code knownOn} (a response without a received date counts as
   * received). An entry whose response came later is open, as it was then. This is what an agenda
   * pack prints, with its meeting's date and its agenda's publication date, so that a pack rebuilt
   * later still shows what its readers were sent.
   */
  public static List<TrackerEntry> asOf(
      PublishedCouncil pub, CommitteeId c, LocalDate heldBefore, LocalDate knownOn) {
    return visible(pub, c).stream()
        .filter(e -> e.origin().date().isBefore(heldBefore))
        .map(
            e ->
                e.response().flatMap(r -> r.received()).filter(r -> r.isAfter(knownOn)).isPresent()
                    ? new TrackerEntry(e.outcome(), e.origin(), e.minute(), Optional.empty())
                    : e)
        .toList();
  }

  /**
   * The minute an entry was made under, as trackers name it: "Minute 4: Early help and family hubs"
   * ({@link MinuteLabels#of}).
   */
  public static String item(PublishedCouncil pub, TrackerEntry e) {
    return MinuteLabels.of(pub, e);
  }

  /**
   * A lead of entry {@code e} (its political or officer lead), with their role on the day of the
   * meeting that made it: what they were asked as.
   */
  public static Optional<Names.Named> lead(
      Council council, Optional<PersonId> lead, TrackerEntry e) {
    return lead.flatMap(council::person).map(p -> Names.Named.on(p, e.origin().date()));
  }

  /** How many of {@code entries} have each status, every status present (zero if none). */
  public static Map<TrackerStatus, Integer> counts(List<TrackerEntry> entries) {
    Map<TrackerStatus, Integer> counts = new EnumMap<>(TrackerStatus.class);
    for (TrackerStatus s : TrackerStatus.values()) {
      counts.put(s, (int) entries.stream().filter(e -> e.status() == s).count());
    }
    return counts;
  }

  /**
   * The outcome's number among the outcomes of its type under its minute item, as the minutes list
   * them: 1, 2 … ("Recommendation 2").
   */
  public static int number(Minutes min, Outcome o) {
    List<Outcome> same =
        min.outcomes().stream().filter(x -> x.item() == o.item() && x.type() == o.type()).toList();
    return same.indexOf(o) + 1;
  }

  /**
   * A row of a tracker: one entry, or the entries of outcomes that share one response ({@code
   * also_answers}), printed together. The counts still count each outcome.
   *
   * @param entries its entries, in tracker order; the first gives the row its place and its id
   */
  public record Row(List<TrackerEntry> entries) {
    public Row {
      entries = List.copyOf(entries);
    }

    /** The entry whose place and id the row takes. */
    public TrackerEntry first() {
      return entries.get(0);
    }
  }

  /**
   * {@code entries} as rows: each entry on its own, but entries sharing a response in one row, at
   * the place of the first of them.
   */
  public static List<Row> rows(List<TrackerEntry> entries) {
    Map<List<OutcomeId>, List<TrackerEntry>> rows = new LinkedHashMap<>();
    for (TrackerEntry e : entries) {
      List<OutcomeId> key = e.group().size() > 1 ? e.group() : List.of(e.outcome().id());
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    return rows.values().stream().map(Row::new).toList();
  }

  /**
   * What a row's outcomes are: "Recommendation" for one; for several, each with its number among
   * its item's outcomes of its type, as the minutes list them: "Recommendations 3 and 4",
   * "Recommendation 2 and Action 1".
   */
  public static String type(PublishedCouncil pub, Row row) {
    if (row.entries().size() == 1) {
      return row.first().outcome().type().label();
    }
    Map<OutcomeType, List<String>> numbers = new LinkedHashMap<>();
    for (TrackerEntry e : row.entries()) {
      int n = numberOf(pub, e);
      numbers
          .computeIfAbsent(e.outcome().type(), k -> new ArrayList<>())
          .add(n > 0 ? String.valueOf(n) : "");
    }
    List<String> parts = new ArrayList<>();
    numbers.forEach(
        (type, ns) -> parts.add((ns.size() > 1 ? type.plural() : type.label()) + " " + and(ns)));
    return and(parts);
  }

  /**
   * What a row's outcomes say, as minuted: the one text, or for several each text after its number
   * ("3. That …"), in the order of the minutes.
   */
  public static List<String> details(PublishedCouncil pub, Row row) {
    if (row.entries().size() == 1) {
      return List.of(row.first().outcome().text().strip());
    }
    return row.entries().stream()
        .map(
            e -> {
              int n = numberOf(pub, e);
              return (n > 0 ? n + ". " : "") + e.outcome().text().strip();
            })
        .toList();
  }

  private static int numberOf(PublishedCouncil pub, TrackerEntry e) {
    return pub.council()
        .meeting(e.origin())
        .flatMap(Meeting::minutes)
        .map(min -> number(min, e.outcome()))
        .orElse(0);
  }

  /**
   * The kinds of a row's outcomes, without numbers: "Recommendation"; "Recommendations", or
   * "Recommendation and Action" for outcomes of two kinds sharing one response.
   */
  public static String typeWords(Row row) {
    Map<OutcomeType, Integer> kinds = new LinkedHashMap<>();
    row.entries().forEach(e -> kinds.merge(e.outcome().type(), 1, Integer::sum));
    List<String> words = new ArrayList<>();
    kinds.forEach((type, n) -> words.add(n > 1 ? type.plural() : type.label()));
    return and(words);
  }

  /** "3", "3 and 4", "2, 3 and 4". */
  private static String and(List<String> words) {
    if (words.size() < 2) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
