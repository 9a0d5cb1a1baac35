package org.tabled.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A meeting is identified by its committee and date: a committee meets at most once a day. Written
 * {@code committee/YYYY-MM-DD} in content and in URLs.
 */
public record MeetingId(CommitteeId committee, LocalDate date) implements Comparable<MeetingId> {

  private static final Comparator<MeetingId> ORDER =
      Comparator.comparing(MeetingId::committee).thenComparing(MeetingId::date);

  public MeetingId {
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(date, "date");
  }

  @Override
  public int compareTo(MeetingId o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return committee + "/" + date;
  }
}
