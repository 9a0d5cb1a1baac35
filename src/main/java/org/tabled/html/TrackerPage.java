package org.tabled.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tabled.feeds.TrackerJson;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.PersonId;
import org.tabled.model.TrackerResponse;
import org.tabled.model.TrackerStatus;
import org.tabled.output.SitePaths;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.Trackers;

/**
 * A committee's recommendation and action tracker: every recommendation, action and request for
 * information in its published minutes, grouped by the meeting and minute item it came from, with
 * its leads, where it stands and the executive's response.
 *
 * <p>The tracker is cumulative, as councils keep it: nothing drops off once answered. To narrow it
 * down by status without JavaScript, each status also has a page of its own ({@code tracker/open/}
 * …), linked from the summary of counts; with JavaScript the main page filters in place ({@code
 * assets/tracker.js}). Each entry's id is its outcome's id, so {@code [[tracker:ID]]} references
 * link to {@code tracker/#ID}.
 */
public final class TrackerPage {

  private TrackerPage() {}

  /**
   * The tracker page's view (the main page and each status page).
   *
   * @param committee the committee's title
   * @param committeeHref its page
   * @param status the status this page lists, "Open", or empty on the main page with every entry
   * @param statusKey the same as a key, "open", or empty
   * @param allHref the main page, listing every entry
   * @param counts how many entries have each status, each linked to its status page
   * @param total how many entries there are
   * @param shown how many entries this page lists
   * @param meetings the entries this page lists, by originating meeting, oldest first
   * @param dataHref the tracker as open data (JSON)
   */
  public record View(
      String committee,
      String committeeHref,
      String status,
      String statusKey,
      String allHref,
      List<Count> counts,
      int total,
      int shown,
      List<MeetingGroup> meetings,
      String dataHref) {}

  /**
   * The number of entries with one status.
   *
   * @param label "In progress"
   * @param key "in-progress", for styling and filtering
   * @param count how many
   * @param href the page listing them
   * @param current true on that page
   */
  public record Count(String label, String key, int count, String href, boolean current) {}

  /**
   * The entries made at one meeting.
   *
   * @param date "10 March 2026"
   * @param isoDate "2026-03-10"
   * @param minutesHref the minutes they were made in
   * @param items the entries by minute item
   */
  public record MeetingGroup(
      String date, String isoDate, String minutesHref, List<ItemGroup> items) {}

  /**
   * The entries made under one minute item.
   *
   * @param title "Minute 4: Early help and family hubs" (the minute's number and title)
   * @param href that item in the minutes
   * @param entries its entries, in the order minuted
   */
  public record ItemGroup(String title, String href, List<Entry> entries) {}

  /**
   * One tracked recommendation, action or request for information.
   *
   * @param id its id on the page: the outcome's id (the first one's, for outcomes sharing a
   *     response)
   * @param alsoIds the ids of the other outcomes that share its response, each an anchor in the
   *     entry so that links to them arrive here; usually none
   * @param count how many outcomes it stands for: 1, or those sharing one response
   * @param heading "Recommendation 2": its type and number among that type under its item, as the
   *     minutes list them; "Recommendations 3 and 4" for outcomes sharing a response
   * @param type "Recommendation"; "Recommendations" for several
   * @param typeKey "recommendation"
   * @param details what was agreed, as minuted: one text, or one per outcome sharing the response,
   *     each after its number ("3. That …")
   * @param politicalLead the cabinet member responsible, or null
   * @param officerLead the officer responsible, or null
   * @param status "Completed"
   * @param statusKey "completed"
   * @param received the day the response was received, "12 October 2026", or empty
   * @param circulated the day it was sent to the committee, or empty
   * @param response the response as HTML, or empty if none has been received
   * @param minutesHref the outcome in the minutes
   */
  public record Entry(
      String id,
      List<String> alsoIds,
      int count,
      String heading,
      String type,
      String typeKey,
      List<String> details,
      Lead politicalLead,
      Lead officerLead,
      String status,
      String statusKey,
      String received,
      String circulated,
      String response,
      String minutesHref) {}

  /**
   * A lead as they were on the day of the meeting.
   *
   * @param person their name, linked to their page if they have one
   * @param role their portfolio or job title on that day, or empty
   */
  public record Lead(Link person, String role) {}

  /**
   * The committee's tracker entries the audience can see (those in published minutes), in the order
   * the minutes list them: by meeting, minute item, then type ({@link Trackers#visible}).
   */
  static List<TrackerEntry> visible(SiteContext ctx, CommitteeId c) {
    return Trackers.visible(ctx.pub, c);
  }

  /** Writes the tracker page, one page per status, and the tracker's open data. */
  static void render(SiteContext ctx, Committee c) {
    List<TrackerEntry> entries = visible(ctx, c.id());
    Map<TrackerStatus, Integer> counts = Trackers.counts(entries);
    page(ctx, c, entries, counts, Optional.empty());
    for (TrackerStatus s : TrackerStatus.values()) {
      page(ctx, c, entries, counts, Optional.of(s));
    }
    TrackerJson.render(ctx.pub, c, entries, ctx::put);
    index(ctx, c, entries);
  }

  /**
   * Adds each entry to the search index, with its response: a resident looking for what became of a
   * recommendation finds the entry itself, on the tracker page.
   */
  private static void index(SiteContext ctx, Committee c, List<TrackerEntry> entries) {
    Linker l = Linker.from(SitePaths.tracker(c.id()));
    for (Trackers.Row row : Trackers.rows(entries)) {
      TrackerEntry e = row.first();
      Entry v = entry(ctx, l, row);
      String text =
          String.join(" ", String.join(" ", v.details()), v.status(), HtmlFixes.text(v.response()));
      ctx.index(
          new SearchPage.Entry(
              SitePaths.tracker(c.id()) + "#" + v.id(),
              v.heading() + ": " + e.itemTitle(),
              "Tracker: " + v.type().toLowerCase(Locale.ROOT),
              c.shortTitle(),
              Dates.medium(e.origin().date(), ctx.council.site().houseStyle()),
              text.strip()));
    }
  }

  private static void page(
      SiteContext ctx,
      Committee c,
      List<TrackerEntry> all,
      Map<TrackerStatus, Integer> counts,
      Optional<TrackerStatus> status) {
    String path =
        status.map(s -> SitePaths.trackerStatus(c.id(), s.key())).orElse(SitePaths.tracker(c.id()));
    Linker l = Linker.from(path);
    List<Count> countViews = new ArrayList<>();
    for (TrackerStatus s : TrackerStatus.values()) {
      countViews.add(
          new Count(
              s.label(),
              s.key(),
              counts.get(s),
              l.to(SitePaths.trackerStatus(c.id(), s.key())),
              status.equals(Optional.of(s))));
    }
    List<TrackerEntry> shown =
        all.stream().filter(e -> status.isEmpty() || e.status() == status.get()).toList();
    View v =
        new View(
            c.title(),
            l.to(SitePaths.committee(c.id())),
            status.map(TrackerStatus::label).orElse(""),
            status.map(TrackerStatus::key).orElse(""),
            l.to(SitePaths.tracker(c.id())),
            countViews,
            all.size(),
            shown.size(),
            groups(ctx, l, shown),
            l.to(SitePaths.trackerJson(c.id())));
    List<Link> crumbs = new ArrayList<>(MeetingPage.crumbs(l, c));
    String title = "Recommendation and action tracker";
    if (status.isPresent()) {
      crumbs.add(new Link(title, l.to(SitePaths.tracker(c.id()))));
      title += ": " + status.get().label().toLowerCase(Locale.ROOT);
    }
    ctx.write(
        l,
        "site/tracker.ftlh",
        title + " – " + c.shortTitle(),
        crumbs,
        v,
        status.isEmpty() ? List.of(SitePaths.asset("tracker.js")) : List.of());
  }

  private static List<MeetingGroup> groups(SiteContext ctx, Linker l, List<TrackerEntry> entries) {
    Map<MeetingId, Map<Integer, List<Trackers.Row>>> byMeeting = new LinkedHashMap<>();
    for (Trackers.Row row : Trackers.rows(entries)) {
      TrackerEntry e = row.first();
      byMeeting
          .computeIfAbsent(e.origin(), k -> new LinkedHashMap<>())
          .computeIfAbsent(e.outcome().item(), k -> new ArrayList<>())
          .add(row);
    }
    List<MeetingGroup> groups = new ArrayList<>();
    byMeeting.forEach(
        (meeting, items) -> {
          String minutes = SitePaths.minutes(meeting);
          List<ItemGroup> itemGroups = new ArrayList<>();
          items.forEach(
              (item, list) ->
                  itemGroups.add(
                      new ItemGroup(
                          Trackers.item(ctx.pub, list.get(0).first()),
                          l.to(minutes + anchor(list.get(0).first())),
                          list.stream().map(r -> entry(ctx, l, r)).toList())));
          groups.add(
              new MeetingGroup(
                  Dates.medium(meeting.date(), ctx.council.site().houseStyle()),
                  meeting.date().toString(),
                  l.to(minutes),
                  itemGroups));
        });
    return groups;
  }

  private static Entry entry(SiteContext ctx, Linker l, Trackers.Row row) {
    TrackerEntry e = row.first();
    Outcome o = e.outcome();
    Minutes min = ctx.council.meeting(e.origin()).flatMap(Meeting::minutes).orElseThrow();
    Optional<TrackerResponse> r = e.response();
    String response = r.map(x -> ctx.html(x.body(), l, o.id() + "-", 3)).orElse("");
    boolean one = row.entries().size() == 1;
    return new Entry(
        o.id().value(),
        row.entries().stream().skip(1).map(x -> x.outcome().id().value()).toList(),
        row.entries().size(),
        one ? o.type().label() + " " + number(min, o) : Trackers.type(ctx.pub, row),
        one ? o.type().label() : Trackers.typeWords(row),
        o.type().key(),
        one ? List.of(o.text()) : Trackers.details(ctx.pub, row),
        lead(ctx, l, o.politicalLead(), e),
        lead(ctx, l, o.officerLead(), e),
        e.status().label(),
        e.status().key(),
        r.flatMap(TrackerResponse::received)
            .map(d -> Dates.medium(d, ctx.council.site().houseStyle()))
            .orElse(""),
        r.flatMap(TrackerResponse::circulated)
            .map(d -> Dates.medium(d, ctx.council.site().houseStyle()))
            .orElse(""),
        response,
        l.to(SitePaths.minutes(e.origin()) + "#" + MinutesPage.anchor(o)));
  }

  /**
   * The fragment of the minutes page where entry {@code e}'s minute is, or none if it has no
   * anchor.
   */
  private static String anchor(TrackerEntry e) {
    return e.minute().anchor().isEmpty() ? "" : "#" + e.minute().anchor();
  }

  /** The outcome's number among the outcomes of its type under its minute item: 1, 2 … */
  static int number(Minutes min, Outcome o) {
    return Trackers.number(min, o);
  }

  private static Lead lead(SiteContext ctx, Linker l, Optional<PersonId> id, TrackerEntry e) {
    return Trackers.lead(ctx.council, id, e)
        .map(n -> new Lead(ctx.personLink(l, n.person().id()), n.role()))
        .orElse(null);
  }
}
