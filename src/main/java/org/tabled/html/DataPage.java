package org.tabled.html;

import java.util.ArrayList;
import java.util.List;
import org.tabled.model.Committee;
import org.tabled.model.Site;
import org.tabled.output.SitePaths;

/**
 * The open data page ({@link SitePaths#openData}): every data file the site publishes, in which
 * standard, and the licence they are published under ({@code open_data_licence} in site.yaml).
 */
final class DataPage {

  private DataPage() {}

  /**
   * The page's view.
   *
   * @param council the council's name
   * @param licence the licence's name
   * @param licenceHref the licence's address
   * @param files the council-wide files
   * @param committees each committee's files
   */
  public record View(
      String council,
      String licence,
      String licenceHref,
      List<DataFile> files,
      List<CommitteeFiles> committees) {}

  /**
   * One data file.
   *
   * @param title what it is
   * @param href where it is, relative to the page
   * @param format its format or standard, e.g. "Popolo (JSON)"
   * @param description what it holds
   */
  public record DataFile(String title, String href, String format, String description) {}

  /** A committee's files: its calendar and its tracker. */
  public record CommitteeFiles(String title, List<DataFile> files) {}

  static void render(SiteContext ctx) {
    Site site = ctx.council.site();
    Linker l = Linker.from(SitePaths.openData());
    List<DataFile> files =
        List.of(
            new DataFile(
                "People, committees and memberships",
                l.to(SitePaths.popolo()),
                "Popolo (JSON)",
                "Councillors, co-opted and other committee members; the council, its committees and political groups;"
                    + " each councillor's ward seat, committee memberships with their roles and dates, chairs and"
                    + " vice-chairs, and portfolios."),
            new DataFile(
                "Meetings",
                l.to(SitePaths.ocdEvents()),
                "Open Civic Data events (JSON)",
                "Every meeting with its date, time, place and status; once its agenda is published, its agenda items,"
                    + " papers and pack; once its minutes are published, attendance and the minutes."),
            new DataFile(
                "Decisions",
                l.to(SitePaths.ocdVoteEvents()),
                "Open Civic Data vote events (JSON)",
                "The recommendations, actions and requests for information agreed in published minutes."),
            new DataFile(
                "All meetings",
                l.to(SitePaths.allMeetingsIcs()),
                "iCalendar",
                "Every meeting, for calendar programs."),
            new DataFile(
                "Newly published papers",
                l.to(SitePaths.papersFeed()),
                "Atom feed",
                "Each paper as it is published."),
            new DataFile(
                "Next change",
                l.to(SitePaths.nextChange()),
                "JSON",
                "The next day on which an agenda or paper is published, for programs that rebuild or check the site."));
    List<CommitteeFiles> committees = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      committees.add(
          new CommitteeFiles(
              c.title(),
              List.of(
                  new DataFile(
                      "Meetings of the " + c.shortTitle(),
                      l.to(SitePaths.committeeIcs(c.id())),
                      "iCalendar",
                      "Its meetings, for calendar programs. Each meeting's page also links to the meeting as JSON."),
                  new DataFile(
                      "Recommendations and actions tracker",
                      l.to(SitePaths.trackerJson(c.id())),
                      "JSON",
                      "Every recommendation, action and request for information of its published minutes, with its status"
                          + " and response."))));
    }
    ctx.write(
        l,
        "site/data.ftlh",
        "Open data",
        List.of(new Link("Home", l.to(SitePaths.home()))),
        new View(
            site.council(),
            site.openDataLicence().name(),
            site.openDataLicence().url(),
            files,
            committees));
  }
}
