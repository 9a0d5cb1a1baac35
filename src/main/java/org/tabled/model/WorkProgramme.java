package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A committee's plan for a municipal year: the topics it means to take at each meeting.
 *
 * @param year the municipal year, e.g. "2025-26"
 * @param rounds the planned meetings, in date order
 * @param unallocated topics not yet given a meeting
 * @param pos where it was written
 */
public record WorkProgramme(
    String year, List<Round> rounds, List<Topic> unallocated, SourcePos pos) {

  public WorkProgramme {
    rounds = List.copyOf(rounds);
    unallocated = List.copyOf(unallocated);
  }

  /**
   * One planned meeting.
   *
   * @param date the meeting date
   * @param theme an optional theme for the meeting
   * @param topics the topics planned
   */
  public record Round(LocalDate date, String theme, List<Topic> topics, SourcePos pos) {
    public Round {
      topics = List.copyOf(topics);
    }
  }

  /**
   * A planned topic.
   *
   * @param title the topic
   * @param purpose why the committee is taking it
   * @param leads who will report: cabinet members and officers
   * @param paper the paper, once one exists, to link the topic to its agenda item
   */
  public record Topic(
      String title, String purpose, List<PersonId> leads, Optional<PaperId> paper, SourcePos pos) {
    public Topic {
      leads = List.copyOf(leads);
    }
  }
}
