package org.tabled.model;

import java.time.LocalDate;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * A pack issued again after it was changed, as the content records it in {@code meeting.yaml}: its
 * front sheet then says "Reissued DATE: reason" and its footer carries the issue.
 *
 * @param supplement which pack: 0 for the agenda pack, else the supplementary agenda's number
 * @param date the day the new issue is published
 * @param reason why, printed after "Reissued DATE:"
 * @param pos where it is written
 */
public record Reissue(int supplement, LocalDate date, String reason, SourcePos pos) {
  public Reissue {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pos, "pos");
  }
}
