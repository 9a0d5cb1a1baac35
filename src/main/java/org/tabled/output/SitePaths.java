package org.tabled.output;

import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;

/**
 * Where each thing lives in the output, in one place, so that the website, the packs and the feeds
 * agree and the addresses never change between builds. All paths are relative to the output folder,
 * with forward slashes; folders end in '/' and hold an {@code index.html}.
 *
 * <pre>
 * committees/COMMITTEE/                              committee page
 * committees/COMMITTEE/YYYY-MM-DD/                   meeting page
 * committees/COMMITTEE/YYYY-MM-DD/agenda-pack-COMMITTEE-YYYY-MM-DD.pdf
 * committees/COMMITTEE/YYYY-MM-DD/minutes/           minutes page
 * committees/COMMITTEE/YYYY-MM-DD/minutes/minutes-COMMITTEE-YYYY-MM-DD.pdf   the minutes as a PDF
 * committees/COMMITTEE/YYYY-MM-DD/PAPER/             paper page
 * committees/COMMITTEE/YYYY-MM-DD/PAPER/PAPER.pdf    paper with its appendices
 * committees/COMMITTEE/YYYY-MM-DD/PAPER/appendix-N/  appendix page (Markdown appendices)
 * committees/COMMITTEE/YYYY-MM-DD/PAPER/appendix-N.pdf   an appendix supplied as a PDF
 * committees/COMMITTEE/YYYY-MM-DD/meeting.ics        the meeting, for a calendar
 * committees/COMMITTEE/YYYY-MM-DD/meeting.json       the meeting as open data
 * committees/COMMITTEE/meetings.ics                  every meeting of the committee
 * committees/COMMITTEE/tracker/                      recommendation and action tracker
 * committees/COMMITTEE/tracker/STATUS/               its entries with one status (open, in-progress …)
 * committees/COMMITTEE/tracker.json                  the tracker as open data
 * committees/COMMITTEE/work-programme/YYYY-YY/       work programme for a municipal year
 * people/                                            index of councillors and committee members
 * people/PERSON/                                     person page
 * search/, accessibility/, 404.html                  search, accessibility statement, not found
 * search/committees/COMMITTEE/YYYY-YY/               a committee's papers and minutes for a municipal year
 * search/search-index.js, search/index/, search/text/  the search index (org.tabled.search)
 * meetings.ics, papers.atom, sitemap.xml             all meetings, newly published papers, sitemap
 * assets/FILE                                        the theme's stylesheet and scripts
 * </pre>
 */
public final class SitePaths {

  private SitePaths() {}

  public static String committee(CommitteeId c) {
    return "committees/" + c + "/";
  }

  public static String meeting(MeetingId m) {
    return committee(m.committee()) + m.date() + "/";
  }

  public static String pack(MeetingId m) {
    return meeting(m) + "agenda-pack-" + m.committee() + "-" + m.date() + ".pdf";
  }

  /** Supplementary agenda {@code n} of meeting {@code m}, beside its agenda pack. */
  public static String supplement(MeetingId m, int n) {
    return meeting(m) + "supplementary-agenda-" + n + "-" + m.committee() + "-" + m.date() + ".pdf";
  }

  /**
   * The kept copy of issue {@code number} of pack {@code supplement} (0: the agenda pack) of
   * meeting {@code m}, once a later issue replaced it.
   */
  public static String issued(MeetingId m, int supplement, int number) {
    return meeting(m)
        + (supplement == 0 ? "agenda-pack" : "supplementary-agenda-" + supplement)
        + "-issue-"
        + number
        + "-"
        + m.committee()
        + "-"
        + m.date()
        + ".pdf";
  }

  public static String minutes(MeetingId m) {
    return meeting(m) + "minutes/";
  }

  /** The minutes as a PDF, beside the minutes page. */
  public static String minutesPdf(MeetingId m) {
    return minutes(m) + "minutes-" + m.committee() + "-" + m.date() + ".pdf";
  }

  public static String paper(MeetingId m, PaperId p) {
    return meeting(m) + p + "/";
  }

  public static String paperPdf(MeetingId m, PaperId p) {
    return paper(m, p) + p + ".pdf";
  }

  public static String appendix(MeetingId m, PaperId p, String label) {
    return paper(m, p) + "appendix-" + label + "/";
  }

  public static String appendixPdf(MeetingId m, PaperId p, String label) {
    return paper(m, p) + "appendix-" + label + ".pdf";
  }

  public static String tracker(CommitteeId c) {
    return committee(c) + "tracker/";
  }

  /** The tracker's entries with one status, {@code status} being its key ("in-progress"). */
  public static String trackerStatus(CommitteeId c, String status) {
    return tracker(c) + status + "/";
  }

  public static String trackerJson(CommitteeId c) {
    return committee(c) + "tracker.json";
  }

  public static String workProgramme(CommitteeId c, String year) {
    return committee(c) + "work-programme/" + year + "/";
  }

  public static String person(PersonId p) {
    return people() + p + "/";
  }

  public static String people() {
    return "people/";
  }

  public static String meetingIcs(MeetingId m) {
    return meeting(m) + "meeting.ics";
  }

  public static String meetingJson(MeetingId m) {
    return meeting(m) + "meeting.json";
  }

  public static String committeeIcs(CommitteeId c) {
    return committee(c) + "meetings.ics";
  }

  /** The home page. */
  public static String home() {
    return "";
  }

  public static String search() {
    return "search/";
  }

  /**
   * The list of a committee's papers and minutes for a municipal year, for search without
   * JavaScript.
   */
  public static String searchDocuments(CommitteeId c, String year) {
    return search() + "committees/" + c + "/" + year + "/";
  }

  public static String accessibility() {
    return "accessibility/";
  }

  /** The page web servers show for an address that does not exist. */
  public static String notFound() {
    return "404.html";
  }

  public static String allMeetingsIcs() {
    return "meetings.ics";
  }

  public static String papersFeed() {
    return "papers.atom";
  }

  public static String sitemap() {
    return "sitemap.xml";
  }

  /** The open data page: what data the site publishes, in which standards, under which licence. */
  public static String openData() {
    return "data/";
  }

  /** People, organizations, memberships and posts in the Popolo standard. */
  public static String popolo() {
    return "data/popolo.json";
  }

  /** Every listed meeting as an Open Civic Data event. */
  public static String ocdEvents() {
    return "data/ocd-events.json";
  }

  /** The decisions recorded in published minutes as Open Civic Data vote events. */
  public static String ocdVoteEvents() {
    return "data/ocd-vote-events.json";
  }

  /** The next day the public output changes by itself, for schedulers. */
  public static String nextChange() {
    return "next-change.json";
  }

  /** A file of the theme (stylesheet, script), e.g. {@code asset("site.css")}. */
  public static String asset(String name) {
    return "assets/" + name;
  }

  /** A file (image, logo) copied from the content, named by a digest of its bytes. */
  public static String media(String digest, String fileName) {
    return "media/" + digest + "/" + fileName;
  }

  /** The file a page is written to: {@code index.html} inside a folder page. */
  public static String file(String page) {
    return page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
  }

  /**
   * A link from the page at {@code fromPage} (a folder path ending in '/', or "" for the home page)
   * to {@code target}, relative so that the site works from any address and from disk.
   */
  public static String relative(String fromPage, String target) {
    String from =
        fromPage.endsWith("/") || fromPage.isEmpty()
            ? fromPage
            : fromPage.substring(0, fromPage.lastIndexOf('/') + 1);
    String[] a = from.isEmpty() ? new String[0] : from.split("/");
    String[] b = target.split("/", -1);
    int common = 0;
    while (common < a.length && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder s = new StringBuilder();
    for (int i = common; i < a.length; i++) {
      s.append("../");
    }
    for (int i = common; i < b.length; i++) {
      s.append(b[i]);
      if (i < b.length - 1) {
        s.append('/');
      }
    }
    return s.length() == 0 ? "./" : s.toString();
  }
}
