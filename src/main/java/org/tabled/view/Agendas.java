package org.tabled.view;

import java.util.List;
import java.util.Optional;
import org.tabled.model.AgendaItem;
import org.tabled.model.Exemption;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.publish.PublishedCouncil;

/**
 * How an agenda is divided and what each item brings, the same on the meeting page, the front sheet
 * of the pack and the open data: Part 1 (in public) and Part 2 (in private), which item carries a
 * paper, and the minutes an item approves.
 */
public final class Agendas {

  private Agendas() {}

  /**
   * An agenda split as the law requires it to be published.
   *
   * @param part1 the items taken in public, in agenda order
   * @param part2 the items taken in private (exempt), in agenda order: by law their titles and
   *     exemptions are public, nothing else
   */
  public record Parts(List<AgendaItem> part1, List<AgendaItem> part2) {
    public Parts {
      part1 = List.copyOf(part1);
      part2 = List.copyOf(part2);
    }
  }

  /** The agenda of {@code m}, split into Part 1 and Part 2. */
  public static Parts parts(Meeting m) {
    return new Parts(
        m.agenda().stream().filter(i -> !i.isExempt()).toList(),
        m.agenda().stream().filter(AgendaItem::isExempt).toList());
  }

  /**
   * The sentence under the Part 2 heading. Members' confidential packs hold the Part 2 papers, so
   * they say so and that the papers must not be shared; everything else says the papers are not
   * published.
   */
  public static String part2Note(boolean confidential) {
    return "The committee is asked to consider excluding the press and public for the items below,"
        + " because they are likely to involve the disclosure of exempt information as defined in "
        + Exemption.SCHEDULE
        + ". "
        + (confidential
            ? "Their papers are in this pack for members only and must not be shared."
            : "Their papers are not published.");
  }

  /** The item of {@code m}'s agenda that carries paper {@code p}, if one does. */
  public static Optional<AgendaItem> itemOf(Meeting m, PaperId p) {
    return m.agenda().stream().filter(i -> i.papers().contains(p)).findFirst();
  }

  /**
   * For a minutes item of meeting {@code m}, the earlier meeting whose minutes it approves, if
   * those minutes are published for this audience (a draft not marked for publication is not).
   */
  public static Optional<Meeting> minutesToApprove(
      PublishedCouncil pub, Meeting m, AgendaItem item) {
    if (item.kind() != ItemKind.MINUTES || item.minutesOf().isEmpty()) {
      return Optional.empty();
    }
    return pub.council()
        .meeting(new MeetingId(m.committee(), item.minutesOf().get()))
        .filter(x -> x.minutes().isPresent());
  }

  /**
   * True if the audience can see what the item brings: one of its papers, or the minutes it
   * approves. Items that bring no document (a verbal update, apologies) have none to see.
   */
  public static boolean documentsPublished(PublishedCouncil pub, Meeting m, AgendaItem item) {
    return item.papers().stream().anyMatch(p -> m.paper(p).isPresent())
        || minutesToApprove(pub, m, item).isPresent();
  }
}
