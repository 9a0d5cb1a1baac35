package org.tabled.html;

import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.output.SitePaths;

/**
 * Whether a meeting's minutes are approved, and where: "Approved at the meeting on 22 September
 * 2026", "To be approved at the meeting on 1 December 2026", or a draft with no meeting named yet.
 * Shown on the meeting's page and its minutes page; worked out from the later agenda that names
 * these minutes ({@code minutes_of}), never typed.
 *
 * <p>The later meeting is named only once its agenda is published: before that, the public cannot
 * know which meeting will take the minutes.
 *
 * @param state "approved", "to-be-approved" or "draft"
 * @param at the meeting that approves (or approved) them, linked to its agenda item, or null
 */
public record MinutesChain(String state, Link at) {

  /**
   * The chain for the published minutes of {@code m}, on the page of {@code l}; null if none are
   * published.
   */
  static MinutesChain of(SiteContext ctx, Linker l, Meeting m) {
    Optional<Minutes> minutes = m.minutes();
    if (minutes.isEmpty()) {
      return null;
    }
    Optional<MeetingId> later = ctx.pub.minutesApprovedAt(m.id());
    Link at =
        later
            .map(
                id ->
                    new Link(
                        Dates.medium(id.date(), ctx.council.site().houseStyle()),
                        l.to(SitePaths.meeting(id) + item(ctx, id, m.id()))))
            .orElse(null);
    if (minutes.get().status() == MinutesStatus.APPROVED) {
      return new MinutesChain("approved", at);
    }
    return new MinutesChain(at == null ? "draft" : "to-be-approved", at);
  }

  /** The anchor of the item of meeting {@code id} that approves the minutes of {@code earlier}. */
  private static String item(SiteContext ctx, MeetingId id, MeetingId earlier) {
    return ctx.council
        .meeting(id)
        .flatMap(
            m ->
                m.agenda().stream()
                    .filter(
                        i ->
                            i.kind() == ItemKind.MINUTES
                                && i.minutesOf().equals(Optional.of(earlier.date())))
                    .map(AgendaItem::number)
                    .findFirst())
        .map(n -> "#item-" + n)
        .orElse("");
  }
}
