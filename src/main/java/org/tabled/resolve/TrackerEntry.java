package org.tabled.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.tabled.model.MeetingId;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.TrackerResponse;
import org.tabled.model.TrackerStatus;

/**
 * One row of a committee's recommendation and action tracker: an outcome recorded in minutes, where
 * it came from, and the executive's response if there is one.
 *
 * @param outcome the recommendation, action or request for information, as minuted
 * @param origin the meeting whose minutes record it
 * @param minute the minute that records the agenda item it was made under
 * @param response the response, once received
 * @param group the outcomes its response answers, this one among them, in the order the response
 *     names them (its own outcome first); only this one's id when it shares no response
 */
public record TrackerEntry(
    Outcome outcome,
    MeetingId origin,
    Minute minute,
    Optional<TrackerResponse> response,
    List<OutcomeId> group) {

  public TrackerEntry {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(minute, "minute");
    Objects.requireNonNull(response, "response");
    group = List.copyOf(group);
  }

  /** An entry whose group is the outcomes its response answers ({@code also_answers}). */
  public TrackerEntry(
      Outcome outcome, MeetingId origin, Minute minute, Optional<TrackerResponse> response) {
    this(
        outcome,
        origin,
        minute,
        response,
        response
            .map(r -> Stream.concat(Stream.of(r.outcome()), r.alsoAnswers().stream()).toList())
            .orElse(List.of(outcome.id())));
  }

  /** Where it stands: the response's status, or open when there is no response. */
  public TrackerStatus status() {
    return response.map(TrackerResponse::status).orElse(TrackerStatus.OPEN);
  }

  /** The title of the minute it was made under (its agenda item's title). */
  public String itemTitle() {
    return minute.title();
  }
}
