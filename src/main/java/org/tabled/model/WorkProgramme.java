package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
   * @param leads who will report, in the order written: cabinet members and officers, or roles and
   *     organisations named in words
   * @param paper the paper, once one exists, to link the topic to its agenda item
   */
  public record Topic(
      String title, String purpose, List<Lead> leads, Optional<PaperId> paper, SourcePos pos) {
    public Topic {
      leads = List.copyOf(leads);
    }
  }

  /**
   * Who will report on a topic: a person Tabled knows, or a role or organisation written as text
   * ("Director of Housing", "Riverside Police"), exactly one of the two.
   *
   * @param person the person's id, if it names one
   * @param text the role or organisation as printed, if it names no person; otherwise empty
   */
  public record Lead(Optional<PersonId> person, String text) {
    public Lead {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(text, "text");
      if (person.isPresent() == !text.isEmpty()) {
        throw new IllegalArgumentException("a lead is a person or a text, not both or neither");
      }
    }

    /** A lead who is a person Tabled knows. */
    public static Lead of(PersonId id) {
      return new Lead(Optional.of(id), "");
    }

    /** A lead named in words. */
    public static Lead of(String text) {
      return new Lead(Optional.empty(), text);
    }
  }
}
