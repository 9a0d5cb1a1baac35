package org.tabled.html;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Issue;
import org.tabled.model.Meeting;
import org.tabled.model.PaperId;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.Issues;
import org.tabled.publish.Packs;
import org.tabled.view.PackNames;

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

  /**
   * For each item number, the last supplement that brought its papers or added it, its link opening
   * the PDF at the item's first page ({@code #page=N}) if the item has documents there.
   */
  static Map<Integer, PackLink> byItem(SiteContext ctx, Linker l, Meeting m) {
    Map<Integer, PackLink> out = new LinkedHashMap<>();
    for (Packs.Pack p : ctx.pub.packs(m.id())) {
      if (p.id().isSupplement()) {
        PackLink link = link(ctx, l, m, p);
        PdfFile file = ctx.pdfs.get(SitePaths.supplement(m.id(), p.id().supplement()));
        for (AgendaItem i : p.items()) {
          Integer page = file == null ? null : file.items().get(i.number());
          out.put(
              i.number(),
              page == null || link.pdf() == null
                  ? link
                  : new PackLink(
                      link.title(),
                      link.published(),
                      link.items(),
                      new PdfLink(
                          link.pdf().href() + "#page=" + page,
                          link.pdf().pages(),
                          link.pdf().size())));
        }
      }
    }
    return out;
  }

  /** For a reissued agenda pack, "issue 2, reissued 3 December 2026"; else empty. */
  static String agendaIssue(SiteContext ctx, Meeting m) {
    List<Packs.Pack> packs = ctx.pub.packs(m.id());
    return packs.isEmpty()
        ? ""
        : Issues.of(m, packs.get(0))
            .map(i -> "issue " + i.number() + ", reissued " + Dates.medium(i.date()))
            .orElse("");
  }

  /**
   * The earlier issues of the meeting's reissued packs, as members were sent them: each kept copy
   * is copied into the site beside the pack ({@link SitePaths#issued}). A kept issue that holds a
   * paper the public may no longer see (made confidential since, say) is not published: it is left
   * out, never the paper alone.
   */
  static List<PackLink> earlier(SiteContext ctx, Linker l, Meeting m) {
    List<PackLink> out = new ArrayList<>();
    Set<PaperId> visible = new HashSet<>();
    m.papers().forEach(p -> visible.add(p.id()));
    for (Packs.Pack p : ctx.pub.packs(m.id())) {
      int current = Issues.number(m, p);
      for (Issue i : m.issuesOf(p.id().supplement())) {
        if (i.number() >= current || !visible.containsAll(i.papers().keySet())) {
          continue;
        }
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(i.file());
        } catch (IOException e) {
          continue; // read and checked against its digest when the content was validated
        }
        String path = SitePaths.issued(m.id(), p.id().supplement(), i.number());
        ctx.put(path, bytes);
        PdfFile f = new PdfFile(path, i.pages(), bytes.length);
        out.add(
            new PackLink(
                PackNames.title(p.id()) + ", issue " + i.number(),
                Dates.medium(i.date(), ctx.council.site().houseStyle()),
                "replaced by issue " + (i.number() + 1),
                new PdfLink(l.to(path), f.pages(), f.size())));
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
        PackNames.title(p.id()),
        Dates.medium(p.date(), ctx.council.site().houseStyle()),
        items,
        ctx.pdf(l, SitePaths.supplement(m.id(), p.id().supplement())));
  }
}
