package org.tabled.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.output.SitePaths;
import org.tabled.view.AgendaText;
import org.tabled.view.Agendas;
import org.tabled.view.Contacts;
import org.tabled.view.Interests;
import org.tabled.view.Names;
import org.tabled.view.Webcasts;

/**
 * The meeting page: when and where, whom to contact and how to attend, the agenda with links to
 * each item's papers, the agenda pack, the webcast, and once the meeting is held, who attended, the
 * minutes (as a page and a PDF) and under each item what was decided.
 *
 * <p>Part 2 (exempt) items are listed apart, by title and the paragraph of Schedule 12A that
 * applies, which the law requires to be public; their papers never reach this renderer.
 */
public final class MeetingPage {

  private MeetingPage() {}

  /**
   * The meeting page's view.
   *
   * @param summary date, time, venue and status
   * @param agendaPublished false for a meeting listed without an agenda (cancelled, or not yet
   *     published)
   * @param published the day the agenda was published, "14 September 2026", or empty
   * @param part1 the items taken in public
   * @param part2 the items taken in private (title and exemption only)
   * @param part2Note the sentence under the Part 2 heading: why the public may be excluded
   * @param pack the agenda pack PDF, or null
   * @param minutesHref the minutes page, or empty if none are published
   * @param minutes whether the published minutes are approved and where, or null if none are
   *     published
   * @param minutesDue true for a meeting that has been held but whose minutes are not published yet
   * @param attendance who attended (from the minutes), or null
   * @param calendarHref the meeting as an iCalendar file; empty for a cancelled meeting, which
   *     nobody should add to a calendar
   * @param dataHref the meeting as open data (JSON)
   * @param officer the committee officer, whom the public asks about the meeting
   * @param admissionNote for a meeting still to come, how the public can attend (HTML), else empty
   * @param minutesPdf the minutes as a PDF, or null
   * @param webcast where to watch the meeting live or its recording, or null
   * @param supplements the supplementary agendas published so far, in order
   * @param alsoExpected people who are not members but are expected to attend, as the front sheet
   *     lists them, under the house style's heading; null once minutes give the attendance, before
   *     the agenda is published, or when none are listed
   * @param packIssue for a reissued agenda pack, "issue 2, reissued 3 December 2026", else empty
   * @param earlier the earlier issues of reissued packs, kept as they were issued, in order
   */
  public record View(
      MeetingSummary summary,
      boolean agendaPublished,
      String published,
      List<Item> part1,
      List<Item> part2,
      String part2Note,
      PdfLink pack,
      String minutesHref,
      MinutesChain minutes,
      boolean minutesDue,
      Attendance attendance,
      String calendarHref,
      String dataHref,
      Contacts.Officer officer,
      String admissionNote,
      PdfLink minutesPdf,
      WebcastLink webcast,
      List<MeetingPacks.PackLink> supplements,
      Attendance.Section alsoExpected,
      String packIssue,
      List<MeetingPacks.PackLink> earlier) {}

  /**
   * A meeting's webcast or recording.
   *
   * @param text "Watch the recording on Ashcombe Webcasting"
   * @param href its address (another site)
   */
  public record WebcastLink(String text, String href) {}

  /**
   * Where an agenda item starts in the recording.
   *
   * @param href the recording at that point, or the recording
   * @param start "0:42:10"
   * @param provider who hosts it
   */
  public record ItemWebcast(String href, String start, String provider) {}

  /**
   * An agenda item.
   *
   * @param number its number
   * @param title its title
   * @param purpose what the committee is asked to do, or empty
   * @param subItems lettered sub-items
   * @param lead who introduces it (a link with an empty href if they have no page), or null
   * @param leadRole the lead's role on the day, or empty
   * @param papers its public papers
   * @param label "To follow" or "Verbal update", or empty
   * @param minutes for a minutes item: the minutes to approve, or null if not published
   * @param minutesOf for a minutes item: the date of the meeting, or empty
   * @param exemptParagraph for a Part 2 item: the paragraph of Schedule 12A, else 0
   * @param exemptReason for a Part 2 item: what that paragraph covers, else empty
   * @param exemption for a Part 2 item: its exemption as the law words it, "Exempt information
   *     under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: …", else
   *     empty
   * @param toFollowNote for an item "To follow": why, and when its paper is expected; else empty
   * @param webcast where the item starts in the recording, or null
   * @param decisions once the minutes are published, what the meeting decided on the item, or null
   * @param supplement the supplementary agenda that published the item's papers (or the item), or
   *     null
   * @param schedule the schedule of interests printed under the item, or null
   */
  public record Item(
      int number,
      String title,
      String purpose,
      List<String> subItems,
      Link lead,
      String leadRole,
      List<PaperRef> papers,
      String label,
      Link minutes,
      String minutesOf,
      int exemptParagraph,
      String exemptReason,
      String exemption,
      String toFollowNote,
      ItemWebcast webcast,
      MeetingDecisions.View decisions,
      MeetingPacks.PackLink supplement,
      Schedule schedule) {}

  /**
   * The schedule of interests of the committee's members on the meeting's day, as the pack prints
   * it under the item.
   *
   * @param caption "Schedule of interests: members of the … on 22 September 2026"
   * @param rows one row per interest, or per member with none
   */
  public record Schedule(String caption, List<Interests.ScheduleRow> rows) {}

  /**
   * A paper of an item.
   *
   * @param title its title
   * @param href its page
   * @param pdf its PDF, or null
   */
  public record PaperRef(String title, String href, PdfLink pdf) {}

  static void render(SiteContext ctx, Committee c, Meeting m) {
    Linker l = Linker.from(SitePaths.meeting(m.id()));
    MeetingSummary summary = MeetingSummary.of(ctx.council.site().houseStyle(), l, c, m);
    Agendas.Parts parts = Agendas.parts(m);
    Map<Integer, MeetingDecisions.View> decisions = MeetingDecisions.of(ctx, l, m);
    Map<Integer, MeetingPacks.PackLink> inSupplement = MeetingPacks.byItem(ctx, l, m);
    List<Item> part1 =
        parts.part1().stream()
            .map(item -> item(ctx, l, c, m, item, decisions, inSupplement))
            .toList();
    List<Item> part2 =
        parts.part2().stream()
            .map(item -> item(ctx, l, c, m, item, decisions, inSupplement))
            .toList();
    boolean cancelled = m.status() == MeetingStatus.CANCELLED;
    View v =
        new View(
            summary,
            ctx.pub.isAgendaPublished(m.id()),
            m.published().map(p -> Dates.medium(p, ctx.council.site().houseStyle())).orElse(""),
            part1,
            part2,
            Agendas.part2Note(false),
            ctx.pdf(l, SitePaths.pack(m.id())),
            m.minutes().isPresent() ? l.to(SitePaths.minutes(m.id())) : "",
            MinutesChain.of(ctx, l, m),
            m.status() == MeetingStatus.HELD && m.minutes().isEmpty(),
            m.minutes().map(min -> Attendance.of(ctx, l, c, m, min)).orElse(null),
            cancelled ? "" : l.to(SitePaths.meetingIcs(m.id())),
            l.to(SitePaths.meetingJson(m.id())),
            Contacts.officer(ctx.council, c),
            m.status() == MeetingStatus.SCHEDULED
                ? ctx.html(ctx.council.site().admissionNote(), l, "admission-", 1)
                : "",
            ctx.pdf(l, SitePaths.minutesPdf(m.id())),
            m.webcast().map(w -> new WebcastLink(Webcasts.linkText(m, w), w.url())).orElse(null),
            MeetingPacks.supplements(ctx, l, m),
            alsoExpected(ctx, l, m),
            MeetingPacks.agendaIssue(ctx, m),
            MeetingPacks.earlier(ctx, l, m));
    ctx.write(
        l,
        "site/meeting.ftlh",
        c.title() + ", " + Dates.long_(m.date(), ctx.pub.council().site().houseStyle()),
        crumbs(l, c),
        v);
  }

  /** The people expected who are not members, until the minutes say who came. */
  private static Attendance.Section alsoExpected(SiteContext ctx, Linker l, Meeting m) {
    if (m.minutes().isPresent()
        || m.alsoExpected().isEmpty()
        || m.status() == MeetingStatus.CANCELLED
        || !ctx.pub.isAgendaPublished(m.id())) {
      return null;
    }
    return new Attendance.Section(
        ctx.council.site().houseStyle().word("also_expected"),
        Attendance.lines(
            ctx, l, org.tabled.view.Attendance.others(m.alsoExpected(), m.date(), ctx.council)),
        false);
  }

  static List<Link> crumbs(Linker l, Committee c) {
    return List.of(
        new Link("Home", l.to(SitePaths.home())),
        new Link(c.title(), l.to(SitePaths.committee(c.id()))));
  }

  private static Item item(
      SiteContext ctx,
      Linker l,
      Committee c,
      Meeting m,
      AgendaItem item,
      Map<Integer, MeetingDecisions.View> decisions,
      Map<Integer, MeetingPacks.PackLink> inSupplement) {
    if (item.isExempt()) {
      var e = item.exemption().get();
      // By law only the title and the exemption are public, and what the public minutes record of
      // it.
      return new Item(
          item.number(),
          item.title(),
          "",
          List.of(),
          null,
          "",
          List.of(),
          "",
          null,
          "",
          e.paragraph(),
          e.description(),
          e.statement(),
          "",
          null,
          decisions.get(item.number()),
          inSupplement.get(item.number()),
          null);
    }
    List<PaperRef> papers = new ArrayList<>();
    for (PaperId id : item.papers()) {
      Paper p = m.paper(id).orElseThrow();
      papers.add(
          new PaperRef(
              p.title(),
              l.to(SitePaths.paper(m.id(), id)),
              ctx.pdf(l, SitePaths.paperPdf(m.id(), id))));
    }
    String label = AgendaText.marker(ctx.pub, m, item);
    String minutesOf =
        item.kind() == ItemKind.MINUTES
            ? item.minutesOf().map(d -> Dates.long_(d, ctx.council.site().houseStyle())).orElse("")
            : "";
    Link minutes =
        Agendas.minutesToApprove(ctx.pub, m, item)
            .map(
                earlier ->
                    new Link(
                        "Minutes of the meeting on " + minutesOf,
                        l.to(SitePaths.minutes(earlier.id()))))
            .orElse(null);
    Link lead = item.lead().map(id -> ctx.personLink(l, id)).orElse(null);
    String leadRole =
        item.lead().map(id -> Names.Named.on(ctx.person(id), m.date()).role()).orElse("");
    ItemWebcast webcast =
        Webcasts.start(m, item.number())
            .map(
                st ->
                    new ItemWebcast(
                        Webcasts.href(m.webcast().get(), st),
                        st.time(),
                        m.webcast().get().provider()))
            .orElse(null);
    return new Item(
        item.number(),
        item.title(),
        AgendaText.purpose(ctx.pub, item),
        item.subItems(),
        lead,
        leadRole,
        papers,
        label,
        minutes,
        minutesOf,
        0,
        "",
        "",
        AgendaText.toFollowNote(ctx.pub, m, item),
        webcast,
        decisions.get(item.number()),
        inSupplement.get(item.number()),
        item.scheduleOfInterests()
            ? new Schedule(
                Interests.caption(c, m.date(), ctx.council.site().houseStyle()),
                Interests.schedule(ctx.council, c, m.date()))
            : null);
  }
}
