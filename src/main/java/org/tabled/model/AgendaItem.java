package org.tabled.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * One item on an agenda.
 *
 * @param number the item number, 1, 2, 3 … in order
 * @param title the title, e.g. "Early Help Strategy"
 * @param purpose what the committee is asked to do, e.g. "To comment on the draft strategy."
 * @param kind what the item brings: papers, minutes, a verbal update, a paper to follow, nothing
 * @param papers the papers attached, in order (for {@link ItemKind#PAPERS})
 * @param minutesOf for {@link ItemKind#MINUTES}: the date of the earlier meeting whose minutes are
 *     approved
 * @param subItems lettered sub-items (a), (b) …
 * @param exemption present for a Part 2 (private) item
 * @param lead who introduces the item, if named
 * @param pos where the item was written
 * @param expected for {@link ItemKind#TO_FOLLOW}: the day its paper is expected, if known
 * @param added the day the item was added to the agenda, when that is after the agenda's
 *     publication: it is published then, in a supplementary agenda
 * @param urgency why the Chair agreed to consider a late item or paper as a matter of urgency, or
 *     empty; printed on the supplementary agenda's front sheet
 * @param scheduleOfInterests true if the item prints the schedule of interests of the committee's
 *     members (their registers of interests on the meeting's day), in the pack and on the meeting
 *     page
 */
public record AgendaItem(
    int number,
    String title,
    String purpose,
    ItemKind kind,
    List<PaperId> papers,
    Optional<LocalDate> minutesOf,
    List<String> subItems,
    Optional<Exemption> exemption,
    Optional<PersonId> lead,
    SourcePos pos,
    Optional<LocalDate> expected,
    Optional<LocalDate> added,
    String urgency,
    boolean scheduleOfInterests) {

  public AgendaItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    papers = List.copyOf(papers);
    subItems = List.copyOf(subItems);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(urgency, "urgency");
  }

  /** The same item with only the papers {@code only}, in their order here. */
  public AgendaItem withPapers(List<PaperId> only) {
    return new AgendaItem(
        number,
        title,
        purpose,
        kind,
        only,
        minutesOf,
        subItems,
        exemption,
        lead,
        pos,
        expected,
        added,
        urgency,
        scheduleOfInterests);
  }

  /** True for a Part 2 item, taken in private. */
  public boolean isExempt() {
    return exemption.isPresent();
  }
}
