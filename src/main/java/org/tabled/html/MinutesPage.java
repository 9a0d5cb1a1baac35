package org.tabled.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeType;
import org.tabled.output.SitePaths;

/**
 * The minutes page: attendance, declarations of interest, and the minuted items with their
 * numbered paragraphs; resolutions are marked, and each item ends with the recommendations,
 * actions and requests for information made under it (from the minutes' front matter), each with
 * a stable anchor ({@code #outcome-ID}) that trackers can point to.
 */
public final class MinutesPage {

  private MinutesPage() {}

  /**
   * The minutes page's view.
   *
   * @param meeting date, time, venue of the meeting
   * @param approved true once approved as a correct record
   * @param approvedAt the meeting that approves (or approved) them, or null if none is known
   * @param attendance who attended
   * @param declarations declarations of interest
   * @param body the minuted items as HTML
   * @param ended the time the meeting ended, "8.41 pm", or empty
   */
  public record View(MeetingSummary meeting, boolean approved, Link approvedAt, Attendance attendance,
      List<Declaration> declarations, String body, String ended) {}

  /** A declaration of interest: who, for which agenda item, and what. */
  public record Declaration(Link person, int item, String interest) {}

  /** The outcomes under one minute item, grouped by type: the model of {@code site/outcomes.ftlh}. */
  public record Outcomes(List<Group> groups) {}

  /** Outcomes of one type, e.g. "Recommendations". */
  public record Group(String heading, String type, List<OutcomeLine> outcomes) {}

  /**
   * One outcome.
   *
   * @param anchor its id on the page
   * @param text what was agreed
   * @param politicalLead the cabinet member responsible, or empty
   * @param officerLead the officer responsible, or empty
   */
  public record OutcomeLine(String anchor, String text, String politicalLead, String officerLead) {}

  static void render(SiteContext ctx, Committee c, Meeting m, Minutes min) {
    String path = SitePaths.minutes(m.id());
    Linker l = Linker.from(path);
    String body = ctx.html(min.body(), l, "", 0, n -> outcomes(ctx, min, n));
    List<Declaration> declarations = min.declarations().stream()
        .map(dec -> new Declaration(ctx.personLink(l, dec.person()), dec.item(), dec.interest())).toList();
    Optional<MeetingId> at = ctx.pub.resolved().minutesApprovedAt(m.id())
        .filter(id -> ctx.council.meeting(id).map(ctx.pub::isListed).orElse(false));
    Link approvedAt = at.map(id -> new Link(Dates.long_(id.date()), l.to(SitePaths.meeting(id)))).orElse(null);
    View v = new View(MeetingSummary.of(l, c, m), min.status() == MinutesStatus.APPROVED, approvedAt,
        Attendance.of(ctx, l, c, m, min), declarations, body, min.ended().map(Dates::time).orElse(""));
    List<Link> crumbs = new ArrayList<>(MeetingPage.crumbs(l, c));
    crumbs.add(new Link(Dates.long_(m.date()), l.to(SitePaths.meeting(m.id()))));
    ctx.write(l, "site/minutes.ftlh", "Minutes: " + c.title() + ", " + Dates.long_(m.date()), crumbs, v);
    ctx.index(new SearchPage.Entry(path, "Minutes of " + c.shortTitle() + ", " + Dates.medium(m.date()), "Minutes",
        c.shortTitle(), Dates.medium(m.date()), HtmlFixes.text(body)));
  }

  /** The HTML listed at the end of minute item {@code item}: its outcomes, or nothing. */
  private static String outcomes(SiteContext ctx, Minutes min, int item) {
    List<Group> groups = new ArrayList<>();
    for (OutcomeType type : OutcomeType.values()) {
      List<OutcomeLine> lines = min.outcomes().stream().filter(o -> o.item() == item && o.type() == type)
          .map(o -> line(ctx, o)).toList();
      if (!lines.isEmpty()) {
        groups.add(new Group(type.plural(), type.key(), lines));
      }
    }
    if (groups.isEmpty()) {
      return "";
    }
    return ctx.templates.render("site/outcomes.ftlh", new Outcomes(groups), ctx.d).orElse("");
  }

  private static OutcomeLine line(SiteContext ctx, Outcome o) {
    return new OutcomeLine("outcome-" + o.id(), o.text(),
        o.politicalLead().map(id -> ctx.person(id).displayName()).orElse(""),
        o.officerLead().map(id -> ctx.person(id).displayName()).orElse(""));
  }
}
