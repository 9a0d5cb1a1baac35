package org.tabled.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.Trackers;

/**
 * Which pack prints each tracker response, worked out from the content alone, before any layout
 * (DOMAIN.md §6: a response is printed once, in the tracker appendix of the next pack after it
 * arrives, and later packs point back to it).
 *
 * <p>The rule: an entry's response is printed in the first pack of its committee, by meeting date,
 * that has a tracker appendix, whose meeting is after the meeting the entry was made at, and whose
 * agenda was published on or after the day the response was received (a response with no received
 * date: the first such pack after its meeting). Only packs this build makes count, so the rule
 * gives the same answer for every pack of the build; a response with no text is never printed. A
 * pack with two tracker appendices prints its responses in the first.
 */
final class TrackerPlan {

  /**
   * A tracker appendix.
   *
   * @param pack the meeting whose pack it is in
   * @param paper the paper it belongs to
   * @param label its label, "1"
   */
  record Place(MeetingId pack, PaperId paper, String label) {}

  private final Map<MeetingId, Place> trackers;
  private final Map<OutcomeId, Place> printedIn;

  private TrackerPlan(Map<MeetingId, Place> trackers, Map<OutcomeId, Place> printedIn) {
    this.trackers = Map.copyOf(trackers);
    this.printedIn = Map.copyOf(printedIn);
  }

  /** The plan for the packs of {@code packs}, as the audience of {@code pub} sees them. */
  static TrackerPlan of(PublishedCouncil pub, Set<MeetingId> packs) {
    Map<MeetingId, Place> trackers = new HashMap<>();
    Map<OutcomeId, Place> printedIn = new HashMap<>();
    for (Committee c : pub.council().committees()) {
      List<Meeting> withTracker = new ArrayList<>();
      for (Meeting m : c.meetings()) {
        if (packs.contains(m.id())) {
          firstTracker(m)
              .ifPresent(
                  p -> {
                    trackers.put(m.id(), p);
                    withTracker.add(m);
                  });
        }
      }
      withTracker.sort(Comparator.comparing(Meeting::date));
      for (TrackerEntry e : Trackers.visible(pub, c.id())) {
        if (e.response().isEmpty() || e.response().get().body().isBlank()) {
          continue;
        }
        Optional<LocalDate> received = e.response().get().received();
        withTracker.stream()
            .filter(m -> m.date().isAfter(e.origin().date()))
            .filter(m -> received.isEmpty() || !published(m).isBefore(received.get()))
            .findFirst()
            .ifPresent(m -> printedIn.put(e.outcome().id(), trackers.get(m.id())));
      }
    }
    return new TrackerPlan(trackers, printedIn);
  }

  /** The day a meeting's agenda was published (its date, if it gives none). */
  static LocalDate published(Meeting m) {
    return m.published().orElse(m.date());
  }

  /** The tracker appendix that prints the response to outcome {@code o}, if one does. */
  Optional<Place> printedIn(OutcomeId o) {
    return Optional.ofNullable(printedIn.get(o));
  }

  /** The (first) tracker appendix in the pack of meeting {@code m}, if it has one. */
  Optional<Place> trackerOf(MeetingId m) {
    return Optional.ofNullable(trackers.get(m));
  }

  /**
   * The first tracker appendix of a paper on {@code m}'s agenda (as published), in agenda order.
   */
  private static Optional<Place> firstTracker(Meeting m) {
    for (AgendaItem item : m.agenda()) {
      for (PaperId id : item.papers()) {
        Optional<Paper> paper = m.paper(id);
        if (paper.isEmpty()) {
          continue;
        }
        for (Appendix a : paper.get().appendices()) {
          if (a.source() instanceof Appendix.GeneratedSource g
              && g.kind() == Appendix.Generated.TRACKER) {
            return Optional.of(new Place(m.id(), id, a.label()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
