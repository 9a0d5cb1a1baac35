package org.tabled.html;

import java.time.LocalDate;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;
import org.tabled.publish.Publication;

/**
 * A paper in a list: recently published papers, the search page's list.
 *
 * @param href the paper page
 * @param title its title
 * @param committee the committee's title
 * @param meeting the meeting's date, "Tuesday 22 September 2026"
 * @param meetingHref the meeting page
 * @param published the date it was published, "14 September 2026"
 * @param isoPublished the same as "2026-09-14"
 */
public record PaperSummary(
    String href,
    String title,
    String committee,
    String meeting,
    String meetingHref,
    String published,
    String isoPublished) {

  static PaperSummary of(HouseStyle hs, Linker l, Committee c, Meeting m, Paper p) {
    LocalDate when = Publication.publishedOn(m, p);
    return new PaperSummary(
        l.to(SitePaths.paper(m.id(), p.id())),
        p.title(),
        c.title(),
        Dates.long_(m.date(), hs),
        l.to(SitePaths.meeting(m.id())),
        Dates.medium(when, hs),
        when.toString());
  }
}
