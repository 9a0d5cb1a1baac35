package org.tabled.issued;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Issue;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PrintedPack;
import org.tabled.model.Reissue;
import org.tabled.output.OutputTree;
import org.tabled.publish.Issues;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.source.SourcePos;
import org.tabled.view.PackNames;

/**
 * Compares every pack a public build makes with what was issued of it ({@code issued.yaml}), and
 * works out what the build is to record.
 *
 * <p>A pack is issued once its publication date has passed (it is in the build for its day). The
 * issue it is printed as is 1 plus the reissues the content records of it ({@link Issues}). If that
 * issue is recorded, the pack must not differ from the record: the same pages for every item, the
 * same page count, the same digest of each paper's files and of the agenda it prints; else it is
 * one error naming the pack and every difference ({@link PackDiff}), at the changed paper if one
 * paper changed, else at the meeting. If it is not recorded, it is new: issue 1, or a reissue whose
 * predecessor is recorded; it is recorded once its date has come.
 */
public final class IssuedPacks {

  private IssuedPacks() {}

  /**
   * What a build records of one meeting.
   *
   * @param meeting the meeting
   * @param dir its folder in the content
   * @param issues every issue {@code issued.yaml} is to hold, the recorded ones first
   * @param kept the PDFs of the new issues, by name relative to {@code dir}
   * @param added one line for each new issue, for the build's report
   */
  public record Record(
      MeetingId meeting,
      Path dir,
      List<Issue> issues,
      Map<String, byte[]> kept,
      List<String> added) {
    public Record {
      issues = List.copyOf(issues);
      kept = Map.copyOf(kept);
      added = List.copyOf(added);
    }
  }

  /**
   * Compares the packs of a public build with their records and returns what is to be recorded.
   *
   * @param pub the council as published for the public on the build's day
   * @param printed what the PDF renderer printed of each pack; empty for {@code check}, which lays
   *     nothing out and so compares only the papers and the agenda
   * @param out the output, for the bytes of each new issue's PDF, kept beside its record
   * @param contentDir the content folder, where each meeting's folder is
   * @param asOf the build's day
   * @param keep whether the records will be written: if not, no new issue's PDF is read for its
   *     bytes (a build with {@code --no-record} of an archive not recorded yet would read every
   *     pack, a few hundred megabytes, to keep none)
   */
  public static List<Record> compare(
      PublishedCouncil pub,
      Map<PackId, PrintedPack> printed,
      OutputTree out,
      Path contentDir,
      LocalDate asOf,
      boolean keep,
      Diagnostics d) {
    boolean pages = !printed.isEmpty();
    List<Record> records = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        Path dir = meetingDir(contentDir, m);
        List<Issue> all = new ArrayList<>(m.issues());
        Map<String, byte[]> kept = new TreeMap<>();
        List<String> added = new ArrayList<>();
        Set<Integer> built = new TreeSet<>();
        for (Packs.Pack p : pub.packs(m.id())) {
          built.add(p.id().supplement());
          PrintedPack print = printed.get(p.id());
          if (pages && print == null) {
            continue; // not rendered: its error is reported already
          }
          Optional<Issue> next = pack(m, p, print, dir, asOf, pages, d);
          if (next.isPresent()) {
            Issue i = next.get();
            all.add(i);
            added.add("issue " + i.number() + " of " + name(p.id(), m));
            if (print != null && keep) {
              kept.put(IssuedFile.keptName(i.pack(), i.number()), out.get(print.path()));
            }
          }
        }
        if (pub.isAgendaPublished(m.id())) {
          reissues(m, built, d);
        }
        for (Issue i : m.issues()) {
          if (i.number() == 1
              && !i.date().isAfter(asOf)
              && !built.contains(i.pack().supplement())) {
            d.error(
                i.pos(),
                name(i.pack(), m)
                    + " was issued on "
                    + Dates.medium(i.date())
                    + ", but the content no longer makes it",
                "members hold it: restore the meeting's agenda, or its papers' publication dates");
          }
        }
        if (!added.isEmpty()) {
          records.add(new Record(m.id(), dir, all, kept, added));
        }
      }
    }
    return records;
  }

  /**
   * A reissue of a pack the meeting does not have (a mistyped {@code supplement}, or one not
   * published yet), or out of date order, would otherwise be ignored: each is an error.
   */
  private static void reissues(Meeting m, Set<Integer> built, Diagnostics d) {
    Map<Integer, LocalDate> last = new TreeMap<>();
    for (Reissue r : m.reissues()) {
      if (!built.contains(r.supplement())) {
        d.error(
            r.pos(),
            "there is no supplementary agenda "
                + r.supplement()
                + " of this meeting"
                + " (published by the build's day) to reissue",
            "give the number of a supplementary agenda, or leave 'supplement' out for the agenda"
                + " pack");
      }
      LocalDate before = last.put(r.supplement(), r.date());
      if (before != null && r.date().isBefore(before)) {
        d.error(
            r.pos(),
            "this reissue ("
                + r.date()
                + ") is dated before the one above it ("
                + before
                + "): write reissues in the order they are published");
      }
    }
  }

  /**
   * Checks one pack against its record; returns the issue to record, if it is new and due.
   *
   * @param print what the renderer printed, or null in a check
   */
  private static Optional<Issue> pack(
      Meeting m,
      Packs.Pack p,
      PrintedPack print,
      Path dir,
      LocalDate asOf,
      boolean pages,
      Diagnostics d) {
    int s = p.id().supplement();
    List<Issue> recorded = m.issuesOf(s);
    List<Reissue> reissues = m.reissuesOf(s);
    int number = Issues.number(m, p);
    if (recorded.size() > number) {
      d.error(
          recorded.get(number).pos(),
          "issued.yaml records issue "
              + recorded.size()
              + " of "
              + name(p.id(), m)
              + ", but meeting.yaml records "
              + (number - 1)
              + " reissue(s) of it",
          "a reissue was removed from meeting.yaml: restore it (git log shows it)");
      return Optional.empty();
    }
    if (recorded.size() < number - 1) {
      Reissue r = reissues.get(recorded.size());
      d.error(
          r.pos(),
          recorded.isEmpty()
              ? name(p.id(), m) + " has not been issued yet, so it cannot be reissued"
              : "this reissue of "
                  + name(p.id(), m)
                  + " follows another that has not been issued yet",
          recorded.isEmpty()
              ? "remove the reissue: a pack is issued on its publication date, as it is then"
              : "record one reissue at a time, and build once its date has come");
      return Optional.empty();
    }
    LocalDate date = number == 1 ? p.date() : reissues.get(number - 2).date();
    Issue now = current(m, p, print, dir, number, date);
    if (recorded.size() == number) {
      Issue was = recorded.get(number - 1);
      Map<PaperId, Integer> itemOf = new LinkedHashMap<>();
      m.agenda().forEach(i -> i.papers().forEach(x -> itemOf.putIfAbsent(x, i.number())));
      List<String> diff = PackDiff.of(was, now, pages && print != null, itemOf);
      if (!diff.isEmpty()) {
        List<PaperId> papers = PackDiff.papers(was, now);
        SourcePos at =
            papers.size() == 1 ? m.paper(papers.get(0)).map(Paper::pos).orElse(m.pos()) : m.pos();
        d.error(
            at,
            name(p.id(), m)
                + " (issue "
                + number
                + ", published "
                + Dates.medium(was.date())
                + ") would change: "
                + String.join("; ", diff),
            "members hold the pack as issued: undo the change, or record a reissue of it in"
                + " meeting.yaml (reissues: - date, reason"
                + (s > 0 ? ", supplement: " + s : "")
                + "); tabled diff shows the differences");
      }
      return Optional.empty();
    }
    // a new issue: recorded once its day has come (a check only says so)
    if (date.isAfter(asOf)) {
      return Optional.empty();
    }
    return Optional.of(now);
  }

  /**
   * What this build makes of pack {@code p} of meeting {@code m}, as its next issue would record it
   * (for {@code tabled diff}).
   */
  public static Issue now(Meeting m, Packs.Pack p, PrintedPack print, Path contentDir) {
    int number = Issues.number(m, p);
    List<Reissue> reissues = m.reissuesOf(p.id().supplement());
    LocalDate date = number == 1 ? p.date() : reissues.get(number - 2).date();
    return current(m, p, print, meetingDir(contentDir, m), number, date);
  }

  /** The folder of meeting {@code m} in the content folder. */
  static Path meetingDir(Path contentDir, Meeting m) {
    return contentDir
        .resolve("committees")
        .resolve(m.committee().value())
        .resolve("meetings")
        .resolve(m.date().toString());
  }

  /** What this build makes of pack {@code p}, as an issue would record it. */
  private static Issue current(
      Meeting m, Packs.Pack p, PrintedPack print, Path dir, int number, LocalDate date) {
    Map<PaperId, String> papers = new LinkedHashMap<>();
    for (PaperId id : p.papers()) {
      if (!m.isRestricted(id)) {
        m.paper(id).ifPresent(x -> papers.put(id, x.digest()));
      }
    }
    List<Integer> changed =
        number > 1
            ? Issues.changed(m, p, m.issuesOf(p.id().supplement()).get(number - 2))
            : List.of();
    return new Issue(
        p.id(),
        number,
        date,
        "",
        changed,
        dir.resolve(IssuedFile.keptName(p.id(), number)),
        print == null ? "" : print.sha256(),
        print == null ? 0 : print.pages(),
        print == null ? Map.of() : print.items(),
        papers,
        p.agendaDigest(),
        0,
        Map.of(),
        m.pos());
  }

  /** "the agenda pack for 1 December 2026", "supplementary agenda 1 for 1 December 2026". */
  public static String name(PackId pack, Meeting m) {
    return PackNames.inSentence(pack)
        + " for "
        + m.committee().value()
        + " on "
        + Dates.medium(m.date());
  }
}
