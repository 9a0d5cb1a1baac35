package org.tabled.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
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
}
