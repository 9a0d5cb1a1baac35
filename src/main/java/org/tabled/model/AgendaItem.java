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
    Optional<LocalDate> expected) {

  public AgendaItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    papers = List.copyOf(papers);
    subItems = List.copyOf(subItems);
    Objects.requireNonNull(expected, "expected");
  }

  /** True for a Part 2 item, taken in private. */
  public boolean isExempt() {
    return exemption.isPresent();
  }
}
