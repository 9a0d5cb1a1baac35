package org.tabled.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.issued.IssuedPacks;
import org.tabled.issued.PackDiff;
import org.tabled.load.Loader;
import org.tabled.model.Council;
import org.tabled.model.Issue;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import org.tabled.model.PaperId;
import org.tabled.model.PrintedPack;
import org.tabled.publish.Packs;
import org.tabled.source.SourcePos;
import org.tabled.validate.Validator;

/**
 * {@code tabled diff}: the differences, item by item and page by page, between two recorded issues
 * of a pack, or between its last recorded issue and what a build would print now.
 */
public final class IssueDiff {

  private IssueDiff() {}

  /**
   * What to compare.
   *
   * @param meeting the meeting
   * @param supplement the pack: 0 for the agenda pack, else the supplementary agenda's number
   * @param from the earlier issue; 0 for the one before {@code to}
   * @param to the later issue; 0 for the last recorded, or, with {@code now}, unused
   * @param now compare the last recorded issue with what a build on {@code asOf} would print
   * @param asOf the build's day, with {@code now}
   */
  public record Request(
      MeetingId meeting, int supplement, int from, int to, boolean now, LocalDate asOf) {}

  /** The lines to print; empty with the problem in {@code d} if there is nothing to compare. */
  public static List<String> run(
      Path contentDir, Path templatesDir, Path displayBase, Request r, Diagnostics d) {
    Council council = Validator.validate(Loader.load(contentDir, displayBase, d), d);
    Optional<Meeting> meeting = council.meeting(r.meeting());
    SourcePos where = SourcePos.file(contentDir.toString());
    if (meeting.isEmpty()) {
      d.error(where, "there is no meeting " + r.meeting() + " in the content");
      return List.of();
    }
    Meeting m = meeting.get();
    PackId pack = new PackId(m.id(), r.supplement());
    List<Issue> issues = m.issuesOf(r.supplement());
    if (issues.isEmpty()) {
      d.error(m.pos(), IssuedPacks.name(pack, m) + " has no recorded issue");
      return List.of();
    }
    Issue after;
    Issue before;
    if (r.now()) {
      Diagnostics build = new Diagnostics();
      Optional<Pipeline.Packs> now =
          Pipeline.packs(contentDir, templatesDir, displayBase, r.asOf(), build);
      build.all().stream().filter(x -> x.severity().name().equals("ERROR")).forEach(d::add);
      if (now.isEmpty()) {
        return List.of();
      }
      Meeting published = now.get().pub().council().meeting(m.id()).orElse(m);
      Optional<Packs.Pack> p =
          now.get().pub().packs(m.id()).stream().filter(x -> x.id().equals(pack)).findFirst();
      PrintedPack print = now.get().printed().get(pack);
      if (p.isEmpty() || print == null) {
        d.error(m.pos(), "a build on " + r.asOf() + " makes no " + IssuedPacks.name(pack, m));
        return List.of();
      }
      after = IssuedPacks.now(published, p.get(), print, contentDir);
      before = issues.get(issues.size() - 1);
    } else {
      int to = r.to() == 0 ? issues.size() : r.to();
      int from = r.from() == 0 ? to - 1 : r.from();
      if (to < 1 || to > issues.size() || from < 1 || from > issues.size()) {
        d.error(
            m.pos(),
            issues.size() == 1 && r.from() == 0 && r.to() == 0
                ? IssuedPacks.name(pack, m) + " has one issue only"
                : IssuedPacks.name(pack, m) + " has issues 1 to " + issues.size(),
            "compare the issue with what a build would print now: tabled diff --now");
        return List.of();
      }
      before = issues.get(from - 1);
      after = issues.get(to - 1);
    }
    Map<PaperId, Integer> itemOf = new LinkedHashMap<>();
    m.agenda().forEach(i -> i.papers().forEach(x -> itemOf.putIfAbsent(x, i.number())));
    List<String> out = new ArrayList<>();
    out.add(
        IssuedPacks.name(pack, m)
            + ": issue "
            + before.number()
            + " ("
            + Dates.medium(before.date())
            + ", "
            + before.pages()
            + " pages) against "
            + (r.now()
                ? "a build on " + Dates.medium(r.asOf())
                : "issue " + after.number() + " (" + Dates.medium(after.date()) + ")")
            + ", "
            + after.pages()
            + " pages");
    List<String> diff = PackDiff.of(before, after, true, itemOf);
    if (diff.isEmpty()) {
      out.add("  no differences: the same pages for every item, the same text of every paper");
    }
    diff.forEach(x -> out.add("  - " + x));
    return out;
  }
}
