package org.tabled.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * The executive's response to a tracked outcome, kept in the committee's {@code tracker/} folder.
 * An outcome without a response is open.
 *
 * @param outcome the outcome responded to
 * @param status where it stands
 * @param received when the response was received
 * @param circulated when it was sent to the committee, if it was sent between meetings
 * @param body the response itself (Markdown)
 * @param pos where it was written
 */
public record TrackerResponse(
    OutcomeId outcome,
    TrackerStatus status,
    Optional<LocalDate> received,
    Optional<LocalDate> circulated,
    Markdown body,
    SourcePos pos) {

  public TrackerResponse {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(status, "status");
  }
}
