package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
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
 * @param alsoAnswers the other outcomes this one response answers (made under the same agenda item
 *     of the same meeting), which share its status and are tracked as one row; usually none
 * @param body the response itself (Markdown)
 * @param pos where it was written
 */
public record TrackerResponse(
    OutcomeId outcome,
    TrackerStatus status,
    Optional<LocalDate> received,
    Optional<LocalDate> circulated,
    List<OutcomeId> alsoAnswers,
    Markdown body,
    SourcePos pos) {

  public TrackerResponse {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(status, "status");
    alsoAnswers = List.copyOf(alsoAnswers);
  }
}
