package org.tabled.feeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.Site;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.Agendas;

/**
 * An Atom feed (RFC 4287) of newly published papers, newest first, so that residents, journalists
 * and councillors can follow what is published without checking every committee. Each entry's date
 * is the day the paper was published; its id is the paper's permanent address.
 */
public final class AtomFeed {

  /** How many papers the feed carries. */
  static final int ENTRIES = 50;

  private AtomFeed() {}

  private record Entry(
      LocalDate published, Committee committee, Meeting meeting, Paper paper, int order) {}

  /** Writes {@link SitePaths#papersFeed()}. */
  public static void render(PublishedCouncil pub, OutputTree out) {
    Site site = pub.council().site();
    String base = site.baseUrl();
    List<Entry> entries = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        for (int i = 0; i < m.papers().size(); i++) {
          entries.add(
              new Entry(Publication.publishedOn(m, m.papers().get(i)), c, m, m.papers().get(i), i));
        }
      }
    }
    entries.sort(
        Comparator.comparing(Entry::published)
            .reversed()
            .thenComparing(e -> e.meeting().id())
            .thenComparingInt(Entry::order));
    LocalDate updated = entries.isEmpty() ? pub.asOf() : entries.get(0).published();
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
            .append(Xml.escape(site.language()))
            .append("\">\n");
    line(s, 1, "title", site.council() + ": newly published committee papers");
    line(s, 1, "id", base + SitePaths.papersFeed());
    s.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(Xml.escape(base + SitePaths.papersFeed()))
        .append("\"/>\n");
    s.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Xml.escape(base))
        .append("\"/>\n");
    line(s, 1, "updated", timestamp(updated));
    s.append("  <author>\n");
    line(s, 2, "name", site.council());
    if (!site.contact().email().isEmpty()) {
      line(s, 2, "email", site.contact().email());
    }
    s.append("  </author>\n");
    for (Entry e : entries.stream().limit(ENTRIES).toList()) {
      entry(s, base, e, site.houseStyle());
    }
    out.put(SitePaths.papersFeed(), s.append("</feed>\n").toString());
  }

  private static void entry(StringBuilder s, String base, Entry e, HouseStyle hs) {
    String url = base + SitePaths.paper(e.meeting().id(), e.paper().id());
    s.append("  <entry>\n");
    line(s, 2, "title", e.paper().title());
    line(s, 2, "id", url);
    s.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Xml.escape(url))
        .append("\"/>\n");
    line(s, 2, "published", timestamp(e.published()));
    line(s, 2, "updated", timestamp(e.published()));
    s.append("    <category term=\"")
        .append(Xml.escape(e.committee().id().value()))
        .append("\" label=\"")
        .append(Xml.escape(e.committee().title()))
        .append("\"/>\n");
    line(s, 2, "summary", summary(e, hs));
    s.append("  </entry>\n");
  }

  /** The entry's summary, for people: the meeting's date in the council's house style. */
  private static String summary(Entry e, HouseStyle hs) {
    String item =
        Agendas.itemOf(e.meeting(), e.paper().id()).map(i -> ", item " + i.number()).orElse("");
    // a paper published after its agenda is in a supplementary agenda of that day (publish.Packs)
    boolean late = e.meeting().published().filter(p -> e.published().isAfter(p)).isPresent();
    return "For the "
        + e.committee().title()
        + " meeting on "
        + Dates.long_(e.meeting().date(), hs)
        + item
        + "."
        + (late ? " Published after the agenda, in a supplementary agenda." : "");
  }

  private static void line(StringBuilder s, int depth, String tag, String text) {
    s.append("  ".repeat(depth))
        .append('<')
        .append(tag)
        .append('>')
        .append(Xml.escape(text))
        .append("</")
        .append(tag)
        .append(">\n");
  }

  private static String timestamp(LocalDate d) {
    return d + "T00:00:00Z";
  }
}
