package org.tabled.feeds;

import static org.tabled.feeds.JsonTree.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;
import org.tabled.publish.NextChange;
import org.tabled.publish.PublishedCouncil;

/**
 * For schedulers: {@link SitePaths#nextChange}, the day the build was made for and the next day the
 * public output changes by itself ({@link NextChange}), with what is published then ("agenda",
 * "paper"). No more than that: which meeting or paper is not told before it is published.
 */
public final class NextChangeJson {

  private NextChangeJson() {}

  /** Writes the file for {@code pub}, whose day is its {@code asOf}. */
  public static void render(PublishedCouncil pub, OutputTree out) {
    out.put(SitePaths.nextChange(), JsonTree.bytes(tree(pub)));
  }

  static Map<String, Object> tree(PublishedCouncil pub) {
    Optional<NextChange.Change> next = pub.nextChange();
    List<String> what = new ArrayList<>();
    next.filter(NextChange.Change::agendas).ifPresent(c -> what.add("agenda"));
    next.filter(NextChange.Change::papers).ifPresent(c -> what.add("paper"));
    Map<String, Object> tree = object("built_as_of", pub.asOf().toString());
    tree.put("next_change", next.map(c -> c.date().toString()).orElse(null));
    tree.put("published_then", what);
    tree.put(
        "note",
        "Rebuild the site on next_change (or every day) so that what is published that day appears;"
            + " null means nothing dated is waiting to be published.");
    return tree;
  }
}
