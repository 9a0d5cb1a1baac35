package org.tabled.resolve;

import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;

/** What a checked {@code [[…]]} reference points at. */
public sealed interface RefTarget {

  /** A meeting. */
  record Meeting(MeetingId meeting) implements RefTarget {}

  /** An agenda item. */
  record Item(MeetingId meeting, int number) implements RefTarget {}

  /** A paper. */
  record Paper(MeetingId meeting, PaperId paper) implements RefTarget {}

  /** An appendix of a paper, by its label ("2"). */
  record Appendix(MeetingId meeting, PaperId paper, String label) implements RefTarget {}

  /** A numbered paragraph of a paper ("3.4"). */
  record Paragraph(MeetingId meeting, PaperId paper, String number) implements RefTarget {}

  /** A tracked recommendation, action or request for information. */
  record Tracker(CommitteeId committee, OutcomeId outcome) implements RefTarget {}

  /** A person. */
  record Person(PersonId person) implements RefTarget {}
}
