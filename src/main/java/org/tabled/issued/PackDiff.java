package org.tabled.issued;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.tabled.model.Issue;
import org.tabled.model.PaperId;

/**
 * What differs between two issues of a pack, item by item and page by page, as people read it: an
 * item whose pages moved, a paper whose text changed, an item added or gone, the agenda's wording,
 * the page count. What is compared is what members cite and read (the page map and the digests of
 * the papers' files and of the agenda), never the PDF's bytes, which a new version of a library can
 * change without changing a word or a page.
 */
public final class PackDiff {

  private PackDiff() {}

  /**
   * The differences from {@code before} to {@code after}, in agenda order; empty if they are the
   * same. If {@code pages} is false (a check, which lays nothing out) the page map is not compared.
   * {@code itemOf} gives the item each paper is for, to name it.
   */
  public static List<String> of(
      Issue before, Issue after, boolean pages, Map<PaperId, Integer> itemOf) {
    List<String> out = new ArrayList<>();
    if (!before.agenda().equals(after.agenda())) {
      out.add(
          "the agenda it prints changed (an item's title, purpose, sub-items, kind, exemption,"
              + " urgency or papers)");
    }
    TreeSet<Integer> items = new TreeSet<>(before.items().keySet());
    items.addAll(after.items().keySet());
    if (pages) {
      for (int n : items) {
        String was = before.items().get(n);
        String now = after.items().get(n);
        if (was == null) {
          out.add("item " + n + " is new, on pages " + now);
        } else if (now == null) {
          out.add("item " + n + " (pages " + was + ") is no longer in it");
        } else if (!was.equals(now)) {
          out.add("item " + n + "'s pages move from " + was + " to " + now);
        }
      }
    }
    for (Map.Entry<PaperId, String> e : before.papers().entrySet()) {
      String now = after.papers().get(e.getKey());
      if (now == null) {
        out.add("paper '" + e.getKey() + "'" + item(itemOf, e.getKey()) + " is no longer in it");
      } else if (!now.equals(e.getValue())) {
        out.add("the text of paper '" + e.getKey() + "'" + item(itemOf, e.getKey()) + " changed");
      }
    }
    for (PaperId p : after.papers().keySet()) {
      if (!before.papers().containsKey(p)) {
        out.add("paper '" + p + "'" + item(itemOf, p) + " is new in it");
      }
    }
    if (pages && before.pages() != after.pages()) {
      out.add("it has " + after.pages() + " pages, not " + before.pages());
    }
    return out;
  }

  private static String item(Map<PaperId, Integer> itemOf, PaperId p) {
    Integer n = itemOf.get(p);
    return n == null ? "" : " (item " + n + ")";
  }

  /** The papers whose text or files differ between the two issues, or that only one has. */
  public static List<PaperId> papers(Issue before, Issue after) {
    List<PaperId> out = new ArrayList<>();
    before
        .papers()
        .forEach(
            (p, sha) -> {
              if (!Objects.equals(after.papers().get(p), sha)) {
                out.add(p);
              }
            });
    after.papers().keySet().stream().filter(p -> !before.papers().containsKey(p)).forEach(out::add);
    return out;
  }
}
