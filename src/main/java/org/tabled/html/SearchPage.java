package org.tabled.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.tabled.diag.Timings;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.output.SitePaths;
import org.tabled.search.IndexRecord;
import org.tabled.search.SearchDocument;
import org.tabled.search.SearchIndex;
import org.tabled.search.SearchPart;

/**
 * The search page, its index, and the lists of documents that stand in for search without
 * JavaScript.
 *
 * <p>Search runs in the browser ({@code assets/search.js}) over the index that {@link SearchIndex}
 * builds from every public paper, appendix and minutes, tracker entry and work programme, so the
 * site needs no server. The index is sharded: a search downloads the metadata, the few shards that
 * hold its words and the passages it shows, not the archive.
 *
 * <p>Without JavaScript the page explains that search needs it and lists, for each committee, its
 * tracker, its work programmes and a page of papers and minutes per municipal year ({@code
 * search/committees/C/YYYY-YY/}), so a long archive is never one giant page.
 */
public final class SearchPage {

  /** The index's metadata, loaded by the search page with a script tag. */
  static final String INDEX = SitePaths.search() + SearchIndex.META;

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
   * @param anchors its numbered sections and paragraphs, where a result can link to
   */
  public record Entry(
      String path,
      String title,
      String kind,
      String committee,
      String date,
      String text,
      List<SearchDocument.Anchor> anchors) {

    /** A document of plain text, with no anchors. */
    public Entry(
        String path, String title, String kind, String committee, String date, String text) {
      this(path, title, kind, committee, date, text, List.of());
    }

    /** A document whose body is rendered Markdown: its words, and its numbered paragraphs. */
    /** An entry whose words {@code t} were read from its rendered body. */
    static Entry of(
        String path,
        String title,
        String kind,
        String committee,
        String date,
        SearchDocument.Text t) {
      return new Entry(path, title, kind, committee, date, t.text(), t.anchors());
    }

    SearchDocument document() {
      return new SearchDocument(
          path, title, kind, committee, date, new SearchDocument.Text(text, anchors));
    }
  }

  /** The search page's view: each committee's records and years of papers and minutes. */
  public record View(List<CommitteeDocs> committees) {}

  /**
   * A committee's records and the years it has papers and minutes in.
   *
   * @param records the tracker, if it has entries, and the work programmes, newest first
   * @param years the municipal years with papers or minutes, newest first
   */
  public record CommitteeDocs(Link committee, List<Link> records, List<Year> years) {}

  /**
   * A municipal year's page of papers and minutes.
   *
   * @param year "2026-27"
   * @param meetings how many meetings it lists
   * @param current whether it is the page this link is on
   */
  public record Year(String year, String href, int meetings, boolean current) {}

  /**
   * A page of a committee's papers and minutes for one municipal year.
   *
   * @param meetings newest first
   * @param years every year of the committee, newest first, for moving between pages
   */
  public record YearView(
      Link committee, String year, List<MeetingDocs> meetings, List<Year> years, Link search) {}

  /** A meeting and its documents: papers and minutes. */
  public record MeetingDocs(Link meeting, List<Link> documents) {}

  /**
   * A committee's documents in the index.
   *
   * @param key the key of the committee's site record, under which the words of its documents and
   *     their passage files are kept ({@link SiteRecords}); empty if they are not to be kept
   */
  record Part(CommitteeId committee, Optional<String> key, List<Entry> entries) {}

  /**
   * Renders the search page, its lists and its index of the documents of {@code parts}, every
   * committee's, which are every document {@code ctx} indexed; what was kept of each part under its
   * key is taken from {@code kept}.
   */
  static void render(SiteContext ctx, List<Part> parts, SiteRecords kept) {
    Linker l = Linker.from(SitePaths.search());
    List<CommitteeDocs> committees = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      Map<String, List<Meeting>> byYear = byYear(ctx, c);
      List<Year> years = new ArrayList<>();
      byYear.forEach(
          (y, ms) ->
              years.add(new Year(y, l.to(SitePaths.searchDocuments(c.id(), y)), ms.size(), false)));
      byYear.forEach((y, ms) -> renderYear(ctx, c, y, ms, List.copyOf(byYear.keySet())));
      List<Link> records = new ArrayList<>();
      if (!TrackerPage.visible(ctx, c.id()).isEmpty()) {
        records.add(new Link("Recommendation and action tracker", l.to(SitePaths.tracker(c.id()))));
      }
      WorkProgrammePage.years(l, c)
          .forEach(y -> records.add(new Link("Work programme " + y.text(), y.href())));
      committees.add(
          new CommitteeDocs(
              new Link(c.title(), l.to(SitePaths.committee(c.id()))), records, years));
    }
    index(ctx, parts, kept);
    ctx.write(
        l,
        "site/search.ftlh",
        "Search papers and minutes",
        List.of(new Link("Home", l.to(SitePaths.home()))),
        new View(committees),
        List.of(INDEX, SitePaths.asset("snowball-english.js"), SitePaths.asset("search.js")));
  }

  /**
   * Writes the index: each committee's documents read into a {@link SearchPart} (or the part kept
   * for them taken), on every core, and its passage files written (or those of the last build
   * linked, if the committee's documents are numbered from the same place); then the shards.
   * Committees are taken in order of their folders, which is the order of their documents' paths.
   */
  private static void index(SiteContext ctx, List<Part> given, SiteRecords records) {
    BiConsumer<String, String> out = (name, text) -> ctx.out.put(SitePaths.search() + name, text);
    List<Part> parts = new ArrayList<>(given);
    parts.sort(Comparator.comparing(p -> SitePaths.committee(p.committee())));
    if (parts.stream().mapToInt(p -> p.entries().size()).sum() != ctx.searchEntries().size()) {
      // a document indexed by a page of no committee's: the whole index is read afresh
      SearchIndex.write(ctx.searchEntries().stream().map(Entry::document).toList(), out);
      return;
    }
    List<SearchPart> read =
        IntStream.range(0, parts.size())
            .parallel()
            .mapToObj(
                i -> {
                  Part p = parts.get(i);
                  List<SearchDocument> docs = p.entries().stream().map(Entry::document).toList();
                  return p.key()
                      .flatMap(k -> records.searchPart(k, docs))
                      .orElseGet(
                          () -> {
                            // the documents an edit left alone taken from the last build's part
                            SearchPart s = records.readPart(docs, i, parts.size());
                            p.key().ifPresent(k -> records.searchPartRead(k, s));
                            return s;
                          });
                })
            .toList(); // in order
    Timings.done("website: search index: committees read");
    int first = 0;
    for (int i = 0; i < parts.size(); i++) {
      Optional<String> key = parts.get(i).key();
      SearchPart part = read.get(i);
      if (key.isEmpty() || !records.replayPassages(key.get(), first, ctx.out)) {
        SearchIndex.writePassages(part, first, out);
        int from = first;
        key.ifPresent(
            k ->
                records.passagesWritten(
                    k,
                    from,
                    part.passageFiles(from).stream().map(f -> SitePaths.search() + f).toList()));
      }
      first += part.size();
    }
    Timings.done("website: search index: passages");
    if (parts.stream().allMatch(p -> p.key().isPresent())) {
      // the shards the changed committees' documents did not reach taken as the last build wrote
      // them, when it recorded how it cut them; else the index written whole, and recorded
      List<String> keys = parts.stream().map(p -> p.key().get()).toList();
      List<List<SearchDocument>> docs =
          parts.stream().map(p -> p.entries().stream().map(Entry::document).toList()).toList();
      IndexRecord index =
          records
              .updateSearchIndex(keys, read, docs, out, ctx.out)
              .orElseGet(() -> SearchIndex.writeIndex(read, out));
      records.searchIndexWritten(keys, index);
    } else {
      SearchIndex.writeIndex(read, out);
    }
  }

  /**
   * The committee's listed meetings that have papers or minutes, by municipal year, newest first.
   */
  private static Map<String, List<Meeting>> byYear(SiteContext ctx, Committee c) {
    Map<String, List<Meeting>> byYear = new TreeMap<>(Comparator.reverseOrder());
    List<Meeting> newestFirst = new ArrayList<>(ctx.meetings(c));
    Collections.reverse(newestFirst);
    for (Meeting m : newestFirst) {
      if (!m.papers().isEmpty() || m.minutes().isPresent()) {
        byYear
            .computeIfAbsent(
                Dates.municipalYear(m.date(), ctx.council.site().houseStyle()),
                y -> new ArrayList<>())
            .add(m);
      }
    }
    return new LinkedHashMap<>(byYear);
  }

  private static void renderYear(
      SiteContext ctx, Committee c, String year, List<Meeting> meetings, List<String> allYears) {
    Linker l = Linker.from(SitePaths.searchDocuments(c.id(), year));
    List<MeetingDocs> list = new ArrayList<>();
    for (Meeting m : meetings) {
      List<Link> docs = new ArrayList<>();
      for (Paper p : m.papers()) {
        docs.add(new Link(p.title(), l.to(SitePaths.paper(m.id(), p.id()))));
      }
      m.minutes().ifPresent(min -> docs.add(new Link("Minutes", l.to(SitePaths.minutes(m.id())))));
      list.add(
          new MeetingDocs(
              new Link(
                  Dates.long_(m.date(), ctx.council.site().houseStyle()),
                  l.to(SitePaths.meeting(m.id()))),
              docs));
    }
    List<Year> years =
        allYears.stream()
            .map(y -> new Year(y, l.to(SitePaths.searchDocuments(c.id(), y)), 0, y.equals(year)))
            .toList();
    Link search = new Link("Search", l.to(SitePaths.search()));
    YearView v =
        new YearView(
            new Link(c.title(), l.to(SitePaths.committee(c.id()))), year, list, years, search);
    ctx.write(
        l,
        "site/search-year.ftlh",
        "Papers and minutes: " + c.title() + ", " + year,
        List.of(new Link("Home", l.to(SitePaths.home())), search),
        v);
  }
}
