package org.tabled.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Meeting;
import org.tabled.output.SitePaths;
import org.tabled.publish.Packs;

/**
 * The supplementary agendas of a meeting, as its page lists them beside the agenda pack, and which
 * one each agenda item's papers (or the item itself, if added late) were published in.
 */
public final class MeetingPacks {

  private MeetingPacks() {}

  /**
   * A supplementary agenda on the meeting page.
   *
   * @param title "Supplementary agenda 1"
   * @param published the day it was published, "27 November 2026"
   * @param items what it holds, "item 5" or "items 5 and 8"
   * @param pdf the PDF, or null if it was not rendered (a build without PDFs)
   */
  public record PackLink(String title, String published, String items, PdfLink pdf) {}

  /** The supplements of {@code m} published by the build's day, in order. */
  static List<PackLink> supplements(SiteContext ctx, Linker l, Meeting m) {
    List<PackLink> out = new ArrayList<>();
    for (Packs.Pack p : ctx.pub.packs(m.id())) {
      if (p.id().isSupplement()) {
        out.add(link(ctx, l, m, p));
      }
    }
    return out;
  }

  /** For each item number, the last supplement that brought its papers or added it. */
  static Map<Integer, PackLink> byItem(SiteContext ctx, Linker l, Meeting m) {
    Map<Integer, PackLink> out = new LinkedHashMap<>();
    for (Packs.Pack p : ctx.pub.packs(m.id())) {
      if (p.id().isSupplement()) {
        PackLink link = link(ctx, l, m, p);
        p.items().forEach(i -> out.put(i.number(), link));
      }
    }
    return out;
  }

  private static PackLink link(SiteContext ctx, Linker l, Meeting m, Packs.Pack p) {
    List<String> numbers = p.items().stream().map(AgendaItem::number).map(String::valueOf).toList();
    String items =
        (numbers.size() == 1 ? "item " : "items ")
            + (numbers.size() == 1
                ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1))
                    + " and "
                    + numbers.get(numbers.size() - 1));
    return new PackLink(
        "Supplementary agenda " + p.id().supplement(),
        Dates.medium(p.date(), ctx.council.site().houseStyle()),
        items,
        ctx.pdf(l, SitePaths.supplement(m.id(), p.id().supplement())));
  }
}
