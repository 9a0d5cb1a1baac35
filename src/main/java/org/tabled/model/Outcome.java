package org.tabled.model;

import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A recommendation, action or request for information made at a meeting, recorded in its minutes
 * and followed in the committee's tracker.
 *
 * @param id unique across the council
 * @param item the minute item it was made under (the nth {@code ##} heading of the minutes)
 * @param type recommendation, action or request for information
 * @param text what was agreed, as minuted
 * @param politicalLead the cabinet member responsible, if any
 * @param officerLead the officer responsible, if any
 * @param pos where it was written
 */
public record Outcome(
    OutcomeId id,
    int item,
    OutcomeType type,
    String text,
    Optional<PersonId> politicalLead,
    Optional<PersonId> officerLead,
    SourcePos pos) {

  public Outcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }
}
