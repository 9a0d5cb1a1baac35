package org.tabled.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;

/**
 * The search page and its index. Search runs in the browser over a prebuilt index of the titles
 * and full text of every public paper, appendix and minutes, every tracker entry with its response,
 * and every work programme, so the site needs no server.
 *
 * <p>The index is JSON wrapped in one line of JavaScript ({@code search/search-index.js}), loaded
 * with a script tag rather than fetched: browsers refuse to fetch files from a site opened from
 * disk, and a council may well look at its site that way. Without JavaScript the page lists every
 * document by committee and meeting instead, so nothing is out of reach.
 */
public final class SearchPage {

  /** Where the index is published. */
  static final String INDEX = SitePaths.search() + "search-index.js";

  private static final JsonFactory JSON = new JsonFactory();

  private SearchPage() {}

  /**
   * A document in the index.
   *
   * @param path its page, relative to the site's root
   * @param title its title
   * @param kind "Paper", "Appendix", "Minutes", "Tracker: recommendation" (or action, request for
   *     information) or "Work programme"
   * @param committee the committee's short title
   * @param date the meeting's date, "22 September 2026"
   * @param text its words
   */
  public record Entry(String path, String title, String kind, String committee, String date, String text) {}

  /**
   * The search page's view: every committee's meetings and their documents, for use without
   * JavaScript.
   */
  public record View(List<CommitteeDocs> committees) {}

  /**
   * A committee's meetings with documents, and its tracker and work programmes.
   *
   * @param records the tracker, if it has entries, and the work programmes, newest first
   */
  public record CommitteeDocs(Link committee, List<MeetingDocs> meetings, List<Link> records) {}

  /** A meeting and its documents: papers and minutes. */
  public record MeetingDocs(Link meeting, List<Link> documents) {}

  static void render(SiteContext ctx) {
    Linker l = Linker.from(SitePaths.search());
    List<CommitteeDocs> committees = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      List<MeetingDocs> meetings = new ArrayList<>();
      List<Meeting> newestFirst = new ArrayList<>(ctx.meetings(c));
      Collections.reverse(newestFirst);
      for (Meeting m : newestFirst) {
        List<Link> docs = new ArrayList<>();
        for (Paper p : m.papers()) {
          docs.add(new Link(p.title(), l.to(SitePaths.paper(m.id(), p.id()))));
        }
        m.minutes().ifPresent(min -> docs.add(new Link("Minutes", l.to(SitePaths.minutes(m.id())))));
        if (!docs.isEmpty()) {
          meetings.add(new MeetingDocs(new Link(Dates.long_(m.date()), l.to(SitePaths.meeting(m.id()))), docs));
        }
      }
      List<Link> records = new ArrayList<>();
      if (!TrackerPage.visible(ctx, c.id()).isEmpty()) {
        records.add(new Link("Recommendation and action tracker", l.to(SitePaths.tracker(c.id()))));
      }
      WorkProgrammePage.years(l, c).forEach(y -> records.add(new Link("Work programme " + y.text(), y.href())));
      committees.add(new CommitteeDocs(new Link(c.title(), l.to(SitePaths.committee(c.id()))), meetings, records));
    }
    ctx.out.put(INDEX, index(ctx.searchEntries()));
    ctx.write(l, "site/search.ftlh", "Search papers and minutes", List.of(new Link("Home", l.to(SitePaths.home()))),
        new View(committees), List.of(INDEX, SitePaths.asset("search.js")));
  }

  /** The index as a script that sets {@code window.tabledSearchIndex}; documents sorted by path. */
  static String index(List<Entry> entries) {
    StringWriter w = new StringWriter();
    w.write("window.tabledSearchIndex = ");
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeArrayFieldStart("documents");
      for (Entry e : entries.stream().sorted(Comparator.comparing(Entry::path)).toList()) {
        g.writeStartObject();
        g.writeStringField("path", e.path());
        g.writeStringField("title", e.title());
        g.writeStringField("kind", e.kind());
        g.writeStringField("committee", e.committee());
        g.writeStringField("date", e.date());
        g.writeStringField("text", e.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.write(";\n");
    return w.toString();
  }
}
