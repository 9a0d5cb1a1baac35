package org.tabled.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tabled.model.AgendaItem;
import org.tabled.model.Issue;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Reissue;

/**
 * Which issue of a pack a build prints (issue 15): issue 1 until the content records a reissue of
 * it ({@code reissues} in {@code meeting.yaml}), then issue 2, 3 … Reissues are counted in the
 * order written, whatever the build's day: the content is already changed when an officer records
 * one. The items a reissue changed are those whose papers' text differs from the issue before (by
 * the digest of each paper's folder, {@link Paper#digest}), or that the issue before printed and
 * this one does not; once Tabled has recorded the issue, the recorded list is printed, so it never
 * moves.
 */
public final class Issues {

  private Issues() {}

  /**
   * A pack issued again.
   *
   * @param number 2 for the first reissue …
   * @param date the day the reissue is published
   * @param reason why, from the content
   * @param changed the numbers of the items that changed from the issue before, in order
   * @param reissue the content's record of it
   */
  public record Current(
      int number, LocalDate date, String reason, List<Integer> changed, Reissue reissue) {
    public Current {
      changed = List.copyOf(changed);
    }
  }

  /** The issue number pack {@code p} of meeting {@code m} is printed as: 1 plus its reissues. */
  public static int number(Meeting m, Packs.Pack p) {
    return m.reissuesOf(p.id().supplement()).size() + 1;
  }

  /**
   * The reissue pack {@code p} of meeting {@code m} (as published for the build's audience) is, or
   * empty for a first issue, which prints nothing about its issue.
   */
  public static Optional<Current> of(Meeting m, Packs.Pack p) {
    List<Reissue> reissues = m.reissuesOf(p.id().supplement());
    if (reissues.isEmpty()) {
      return Optional.empty();
    }
    Reissue r = reissues.get(reissues.size() - 1);
    int number = reissues.size() + 1;
    List<Issue> recorded = m.issuesOf(p.id().supplement());
    List<Integer> changed =
        recorded.size() >= number
            ? recorded.get(number - 1).changed()
            : recorded.size() == number - 1 ? changed(m, p, recorded.get(number - 2)) : List.of();
    return Optional.of(new Current(number, r.date(), r.reason(), changed, r));
  }

  /**
   * The items of {@code p} whose papers differ from those {@code before} recorded, and the items
   * {@code before} printed that {@code p} no longer does. Papers the public may not see are left
   * out: an issued pack records the public pack.
   */
  public static List<Integer> changed(Meeting m, Packs.Pack p, Issue before) {
    Set<Integer> out = new TreeSet<>();
    Set<Integer> printed = new TreeSet<>();
    for (AgendaItem item : p.items()) {
      printed.add(item.number());
      for (PaperId id : item.papers()) {
        if (m.isRestricted(id)) {
          continue;
        }
        String now = m.paper(id).map(Paper::digest).orElse("");
        if (!now.equals(before.papers().get(id))) {
          out.add(item.number());
        }
      }
    }
    for (Integer n : before.items().keySet()) {
      if (!printed.contains(n)) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }
}
