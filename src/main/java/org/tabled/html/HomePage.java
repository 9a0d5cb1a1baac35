package org.tabled.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;
import org.tabled.publish.Publication;

/**
 * The home page: the meetings still to come (from the build's {@code --as-of} day), the papers
 * published most recently, and every committee.
 */
public final class HomePage {

  /** How many recently published papers the home page lists (the Atom feed has them all). */
  static final int RECENT_PAPERS = 10;

  private HomePage() {}

  /**
   * The home page's view.
   *
   * @param asOf the day "upcoming" is counted from, "23 November 2026"
   * @param upcoming meetings on or after that day, soonest first
   * @param recentPapers the latest papers, newest first
   * @param committees every committee
   */
  public record View(
      String asOf,
      List<MeetingSummary> upcoming,
      List<PaperSummary> recentPapers,
      List<CommitteeSummary> committees) {}

  /**
   * A committee in the list.
   *
   * @param title its title
   * @param href its page
   * @param purpose what it does, as HTML
   */
  public record CommitteeSummary(String title, String href, String purpose) {}

  /**
   * A paper with what it is sorted by: newest publication first, then meeting, then agenda order.
   */
  private record Dated(LocalDate published, LocalDate meeting, int order, PaperSummary summary) {}

  static void render(SiteContext ctx) {
    Linker l = Linker.from(SitePaths.home());
    List<Meeting> upcoming = new ArrayList<>();
    List<Dated> papers = new ArrayList<>();
    List<CommitteeSummary> committees = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      String purpose = ctx.html(c.purpose(), l, c.id() + "-", 2);
      committees.add(new CommitteeSummary(c.title(), l.to(SitePaths.committee(c.id())), purpose));
      for (Meeting m : ctx.meetings(c)) {
        if (!m.date().isBefore(ctx.pub.asOf())) {
          upcoming.add(m);
        }
        int order = 0;
        for (Paper p : m.papers()) {
          papers.add(
              new Dated(
                  Publication.publishedOn(m, p),
                  m.date(),
                  order++,
                  PaperSummary.of(ctx.council.site().houseStyle(), l, c, m, p)));
        }
      }
    }
    upcoming.sort(
        Comparator.comparing(Meeting::date)
            .thenComparing(Meeting::time)
            .thenComparing(Meeting::id));
    papers.sort(
        Comparator.comparing(Dated::published)
            .thenComparing(Dated::meeting)
            .reversed()
            .thenComparing(d -> d.summary().committee())
            .thenComparingInt(Dated::order));
    List<MeetingSummary> next =
        upcoming.stream()
            .map(
                m ->
                    MeetingSummary.of(
                        ctx.council.site().houseStyle(),
                        l,
                        ctx.council.committee(m.committee()).orElseThrow(),
                        m))
            .toList();
    View v =
        new View(
            Dates.medium(ctx.pub.asOf(), ctx.council.site().houseStyle()),
            next,
            papers.stream().limit(RECENT_PAPERS).map(Dated::summary).toList(),
            committees);
    ctx.write(l, "site/home.ftlh", "Committee meetings and papers", List.of(), v);
  }
}
