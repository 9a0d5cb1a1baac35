package org.tabled.resolve;

import java.util.Optional;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;

/**
 * Where a Markdown text sits, which lets its references be short ({@code [[item:5]]} in a paper
 * means item 5 of the same meeting) and tells whether it is public.
 *
 * @param committee the committee it belongs to, if any
 * @param meeting the meeting it belongs to, if any
 * @param paper the paper it belongs to (its body or an appendix), if any
 * @param restricted true for a paper that is never published (exempt or confidential) and its
 *     appendices: only such text may refer to other restricted papers
 */
record DocContext(
    Optional<CommitteeId> committee,
    Optional<MeetingId> meeting,
    Optional<PaperId> paper,
    boolean restricted) {

  static final DocContext SITE =
      new DocContext(Optional.empty(), Optional.empty(), Optional.empty(), false);

  static DocContext committee(CommitteeId c) {
    return new DocContext(Optional.of(c), Optional.empty(), Optional.empty(), false);
  }

  static DocContext meeting(MeetingId m) {
    return new DocContext(Optional.of(m.committee()), Optional.of(m), Optional.empty(), false);
  }

  static DocContext paper(MeetingId m, PaperId p, boolean restricted) {
    return new DocContext(Optional.of(m.committee()), Optional.of(m), Optional.of(p), restricted);
  }
}
