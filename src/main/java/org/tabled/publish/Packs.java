package org.tabled.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.tabled.model.AgendaItem;
import org.tabled.model.Meeting;
import org.tabled.model.PackId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;

/**
 * Which pack each part of an agenda is published in: the agenda pack, on the agenda's publication
 * date, holds every item on the agenda as published with the papers published with it; a paper
 * published later (a {@code published} date of its own, or the paper of a "to follow" item that has
 * arrived) or an item added later ({@code added}) goes in the <b>supplementary agenda</b> of that
 * day, numbered 1, 2 … in date order. Papers published on the same later day share one supplement.
 *
 * <p>So a pack never changes when a later one appears: the agenda pack prints "To follow" for an
 * item whose paper came later, whatever the day of the build, and the supplement lists that item
 * again with the paper's pages.
 */
public final class Packs {

  private Packs() {}

  /**
   * One pack of a meeting.
   *
   * @param id the meeting and the pack's number (0: the agenda pack)
   * @param date the day it is published
   * @param items the items it prints, in agenda order, each with only the papers in this pack: for
   *     the agenda pack every item on the agenda as published; for a supplement the items it adds
   *     and the items whose papers it brings
   */
  public record Pack(PackId id, LocalDate date, List<AgendaItem> items) {
    public Pack {
      items = List.copyOf(items);
    }

    /** The ids of the papers in the pack, in order. */
    public List<PaperId> papers() {
      return items.stream().flatMap(i -> i.papers().stream()).toList();
    }

    /** True if {@code item} was added to the agenda after it was published (a late item). */
    public boolean isLate(AgendaItem item) {
      return item.added().isPresent();
    }

    /**
     * A digest of the agenda the pack prints, apart from page numbers: each item's number, title,
     * purpose, sub-items, kind, exemption, urgency and the papers it brings. An issued pack records
     * it, so that a change to the agenda as issued is seen without laying the pack out again.
     */
    public String agendaDigest() {
      StringBuilder s = new StringBuilder();
      for (AgendaItem i : items) {
        s.append(i.number())
            .append('\u0000')
            .append(i.title())
            .append('\u0000')
            .append(i.purpose())
            .append('\u0000')
            .append(String.join("\u0001", i.subItems()))
            .append('\u0000')
            .append(i.kind().key())
            .append('\u0000')
            .append(i.exemption().map(e -> String.valueOf(e.paragraph())).orElse(""))
            .append('\u0000')
            .append(i.urgency())
            .append('\u0000')
            .append(i.added().map(Object::toString).orElse(""))
            .append('\u0000')
            .append(i.papers())
            .append('\n');
      }
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The packs of meeting {@code m} as it is given (a {@link PublishedCouncil}'s meeting: only what
   * that audience may see, on the day it is published for), agenda pack first; none if it has no
   * agenda. Supplements whose day has not come are not in {@code m} for the public, so they are not
   * here either.
   */
  public static List<Pack> of(Meeting m) {
    return of(m, m);
  }

  /**
   * The packs of {@code m}, a selection of meeting {@code whole} for an audience, numbered as the
   * packs of {@code whole} are: a supplement that holds nothing this audience may see (only a
   * confidential paper, say) keeps its number, so that "Supplementary agenda 2" is the same pack
   * for the public and for members.
   */
  public static List<Pack> of(Meeting m, Meeting whole) {
    if (m.published().isEmpty() || m.agenda().isEmpty()) {
      return List.of();
    }
    List<LocalDate> days =
        whole == m ? List.of() : of(whole, whole).stream().skip(1).map(Pack::date).toList();
    LocalDate agenda = m.published().get();
    TreeMap<LocalDate, List<AgendaItem>> later = new TreeMap<>();
    List<AgendaItem> main = new ArrayList<>();
    for (AgendaItem item : m.agenda()) {
      LocalDate itemDay = Publication.publishedOn(m, Optional.of(item));
      TreeMap<LocalDate, List<PaperId>> byDay = new TreeMap<>();
      byDay.put(itemDay, new ArrayList<>());
      for (PaperId id : item.papers()) {
        Optional<Paper> p = m.paper(id);
        if (p.isPresent()) {
          LocalDate day = p.get().published().filter(d -> d.isAfter(itemDay)).orElse(itemDay);
          byDay.computeIfAbsent(day, x -> new ArrayList<>()).add(id);
        }
      }
      byDay.forEach(
          (day, papers) -> {
            if (day.equals(agenda)) {
              main.add(item.withPapers(papers));
            } else if (day.equals(itemDay) || !papers.isEmpty()) {
              // a late item is listed in the supplement of its day; an item on the agenda as
              // published
              // only in the supplements that bring one of its papers
              later.computeIfAbsent(day, x -> new ArrayList<>()).add(item.withPapers(papers));
            }
          });
    }
    List<Pack> out = new ArrayList<>();
    out.add(new Pack(PackId.agenda(m.id()), agenda, main));
    int n = 1;
    for (var e : later.entrySet()) {
      int number = days.isEmpty() ? n++ : days.indexOf(e.getKey()) + 1;
      if (number > 0) {
        out.add(new Pack(new PackId(m.id(), number), e.getKey(), e.getValue()));
      }
    }
    return out;
  }
}
