package org.tabled.pdf;

import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.pdf.view.ScheduleView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.Interests;

/**
 * The schedule of interests an agenda item prints ({@code schedule_of_interests: true}): a document
 * of its own under the item, counted in its "(Pages X - Y)", with one table of the committee's
 * members' registered interests on the meeting's day ({@link Interests#schedule}), the same rows as
 * the meeting page. A long table repeats its header row on every page.
 */
final class SchedulePrint {

  static final String TEMPLATE = "print/schedule-of-interests.ftlh";

  /** The document's title and running header. */
  static final String TITLE = "Schedule of interests";

  private SchedulePrint() {}

  /** The id of the schedule's section in a PDF, under agenda item {@code item}. */
  static String id(int item) {
    return "doc-interests-" + item;
  }

  /** The view of the schedule printed under {@code item} of meeting {@code m}. */
  static ScheduleView view(PublishedCouncil pub, Committee c, Meeting m, AgendaItem item) {
    var hs = pub.council().site().houseStyle();
    return new ScheduleView(
        pub.council().site().masthead(),
        c.title(),
        TITLE,
        "The interests registered by the members of the "
            + c.title()
            + " and held on "
            + Dates.medium(m.date(), hs)
            + ", the day of the meeting, from their registers of interests.",
        Interests.caption(c, m.date(), hs),
        Interests.schedule(pub.council(), c, m.date()).stream()
            .map(r -> new ScheduleView.Row(r.member(), r.category(), r.organisation(), r.nature()))
            .toList());
  }
}
