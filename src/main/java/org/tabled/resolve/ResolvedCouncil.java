package org.tabled.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tabled.markdown.ParsedDoc;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Markdown;
import org.tabled.model.MeetingId;

/**
 * The validated council with everything worked out across documents: every Markdown text parsed and
 * checked once, every {@code [[…]]} reference resolved, each committee's tracker assembled, and the
 * minutes chain (which later meeting approves which minutes).
 *
 * @param council the validated model
 * @param docs every Markdown text in the council, parsed, by its source
 * @param refs for each Markdown text, its references by their raw text
 * @param trackers each committee's tracker rows, oldest meeting first
 * @param approvedAt for each meeting whose minutes a later agenda approves, that later meeting
 * @param minuteItems for each meeting with minutes, its minutes in order, each with the agenda item
 *     it records and its number
 */
public record ResolvedCouncil(
    Council council,
    Map<Markdown, ParsedDoc> docs,
    Map<Markdown, Map<String, RefTarget>> refs,
    Map<CommitteeId, List<TrackerEntry>> trackers,
    Map<MeetingId, MeetingId> approvedAt,
    Map<MeetingId, List<Minute>> minuteItems) {

  public ResolvedCouncil {
    Objects.requireNonNull(council, "council");
    docs = Map.copyOf(docs);
    refs = Map.copyOf(refs);
    trackers = Map.copyOf(trackers);
    approvedAt = Map.copyOf(approvedAt);
    minuteItems = Map.copyOf(minuteItems);
  }

  /** The parsed form of {@code md}; every Markdown in the model was parsed by the resolver. */
  public ParsedDoc doc(Markdown md) {
    ParsedDoc d = docs.get(md);
    if (d == null) {
      throw new IllegalArgumentException("not parsed: " + md.start());
    }
    return d;
  }

  /** What the reference written {@code [[raw]]} in {@code md} points at. */
  public Optional<RefTarget> ref(Markdown md, String raw) {
    return Optional.ofNullable(refs.getOrDefault(md, Map.of()).get(raw));
  }

  /** The committee's tracker rows, oldest meeting first, in the order minuted. */
  public List<TrackerEntry> tracker(CommitteeId committee) {
    return trackers.getOrDefault(committee, List.of());
  }

  /** The meeting at which the minutes of {@code id} are (to be) approved, if any. */
  public Optional<MeetingId> minutesApprovedAt(MeetingId id) {
    return Optional.ofNullable(approvedAt.get(id));
  }

  /**
   * The minutes of meeting {@code id}, in order, each with the agenda item it records; empty if it
   * has none.
   */
  public List<Minute> minutes(MeetingId id) {
    return minuteItems.getOrDefault(id, List.of());
  }
}
