package org.tabled.resolve;

import java.util.Objects;
import java.util.Optional;
import org.tabled.model.MeetingId;
import org.tabled.model.Outcome;
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
 */
public record TrackerEntry(
    Outcome outcome, MeetingId origin, Minute minute, Optional<TrackerResponse> response) {

  public TrackerEntry {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(minute, "minute");
    Objects.requireNonNull(response, "response");
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
