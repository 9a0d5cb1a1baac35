package org.tabled.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.OutcomeType;
import org.tabled.model.TrackerStatus;
import org.tabled.output.SitePaths;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.Decisions;
import org.tabled.view.MinuteLabels;

/**
 * The minutes page: attendance, declarations of interest, and the minuted items with their numbered
 * paragraphs; resolutions are marked, and each item ends with the recommendations, actions and
 * requests for information made under it (from the minutes' front matter), each with a stable
 * anchor ({@code #outcome-ID}) and a link to its entry in the committee's tracker, with where it
 * stands now. The page says whether the minutes are approved, and at which meeting.
 */
public final class MinutesPage {

  private MinutesPage() {}

  /**
   * The minutes page's view.
   *
   * @param meeting date, time, venue of the meeting
   * @param chain whether the minutes are approved, and at which meeting
   * @param attendance who attended
   * @param declarations declarations of interest
   * @param body the minuted items as HTML
   * @param ended the time the meeting ended, "8.41 pm", or empty
   * @param trackerHref the committee's tracker, which follows the recommendations, actions and
   *     requests for information made at this meeting, or empty if none were made
   * @param pdf the same minutes as a PDF, or null
   */
  public record View(
      MeetingSummary meeting,
      MinutesChain chain,
      Attendance attendance,
      List<Declaration> declarations,
      String body,
      String ended,
      String trackerHref,
      PdfLink pdf) {}

  /**
   * A declaration of interest: who, for which agenda item, and what.
   *
   * @param person who declared it
   * @param item the number of the agenda item it concerns, or 0 for the whole meeting
   * @param itemLabel "Agenda item 5", or "All items (the whole meeting)"
   * @param interest the interest, as minuted
   */
  public record Declaration(Link person, int item, String itemLabel, String interest) {}

  /**
   * The outcomes under one minute item, grouped by type: the model of {@code site/outcomes.ftlh}.
   */
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
   * @param name "recommendation 2 of item 4", to tell its tracker link from the others' to a screen
   *     reader
   * @param status where it stands now, "In progress"
   * @param statusKey the same as a key, "in-progress"
   * @param trackerHref its entry in the committee's tracker
   */
  public record OutcomeLine(
      String anchor,
      String text,
      String politicalLead,
      String officerLead,
      String name,
      String status,
      String statusKey,
      String trackerHref) {}

  static void render(SiteContext ctx, Committee c, Meeting m, Minutes min) {
    String path = SitePaths.minutes(m.id());
    Linker l = Linker.from(path);
    Map<OutcomeId, TrackerEntry> tracked = new HashMap<>();
    ctx.pub.tracker(c.id()).forEach(e -> tracked.put(e.outcome().id(), e));
    SiteContext.Body body = ctx.body(min.body(), l, n -> outcomes(ctx, l, c, m, min, n, tracked));
    List<Declaration> declarations =
        min.declarations().stream()
            .map(
                dec ->
                    new Declaration(
                        ctx.personLink(l, dec.person()),
                        dec.item().orElse(0),
                        MinuteLabels.declarationScope(dec),
                        dec.interest()))
            .toList();
    View v =
        new View(
            MeetingSummary.of(ctx.council.site().houseStyle(), l, c, m),
            MinutesChain.of(ctx, l, m),
            Attendance.of(ctx, l, c, m, min),
            declarations,
            body.html(),
            min.ended().map(t -> Dates.time(t, ctx.council.site().houseStyle())).orElse(""),
            min.outcomes().isEmpty() ? "" : l.to(SitePaths.tracker(c.id())),
            ctx.pdf(l, SitePaths.minutesPdf(m.id())));
    List<Link> crumbs = new ArrayList<>(MeetingPage.crumbs(l, c));
    crumbs.add(
        new Link(
            Dates.long_(m.date(), ctx.council.site().houseStyle()),
            l.to(SitePaths.meeting(m.id()))));
    ctx.write(
        l,
        "site/minutes.ftlh",
        "Minutes: " + c.title() + ", " + Dates.long_(m.date(), ctx.council.site().houseStyle()),
        crumbs,
        v);
    ctx.index(
        SearchPage.Entry.of(
            path,
            "Minutes of "
                + c.shortTitle()
                + ", "
                + Dates.medium(m.date(), ctx.council.site().houseStyle()),
            "Minutes",
            c.shortTitle(),
            Dates.medium(m.date(), ctx.council.site().houseStyle()),
            body.text()));
  }

  /** The id of an outcome on the minutes page. */
  static String anchor(Outcome o) {
    return "outcome-" + o.id();
  }

  /** The HTML listed at the end of the minute numbered {@code number}: its outcomes, or nothing. */
  private static String outcomes(
      SiteContext ctx,
      Linker l,
      Committee c,
      Meeting m,
      Minutes min,
      int number,
      Map<OutcomeId, TrackerEntry> tracked) {
    List<Group> groups = new ArrayList<>();
    List<Outcome> under = Decisions.outcomesOf(ctx.pub, m.id(), min, number);
    for (OutcomeType type : OutcomeType.values()) {
      List<OutcomeLine> lines =
          under.stream()
              .filter(o -> o.type() == type)
              .map(o -> line(ctx, l, c, m, min, o, tracked.get(o.id())))
              .toList();
      if (!lines.isEmpty()) {
        groups.add(new Group(type.plural(), type.key(), lines));
      }
    }
    if (groups.isEmpty()) {
      return "";
    }
    return ctx.templates.render("site/outcomes.ftlh", new Outcomes(groups), ctx.d).orElse("");
  }

  private static OutcomeLine line(
      SiteContext ctx, Linker l, Committee c, Meeting m, Minutes min, Outcome o, TrackerEntry e) {
    TrackerStatus status = e == null ? TrackerStatus.OPEN : e.status();
    String minute =
        MinuteLabels.recording(ctx.pub, m.id(), o.item())
            .map(x -> MinuteLabels.minute(ctx.pub, m.id(), x))
            .filter(x -> !x.isEmpty())
            .orElse(MinuteLabels.agendaItem(o.item()));
    return new OutcomeLine(
        anchor(o),
        o.text(),
        o.politicalLead().map(id -> ctx.person(id).displayName()).orElse(""),
        o.officerLead().map(id -> ctx.person(id).displayName()).orElse(""),
        o.type().label().toLowerCase(Locale.ROOT)
            + " "
            + TrackerPage.number(min, o)
            + " of "
            + minute.toLowerCase(Locale.ROOT),
        status.label(),
        status.key(),
        l.to(SitePaths.tracker(c.id()) + "#" + o.id()));
  }
}
