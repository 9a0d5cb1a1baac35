package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tabled.diag.Diagnostics;
import org.tabled.load.LoadedContent;
import org.tabled.load.RawMarkdown;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Person;
import org.tabled.model.Site;
import org.tabled.model.TrackerResponse;
import org.tabled.model.WorkProgramme;
import org.tabled.source.SourcePos;

/**
 * The validate stage: turns {@link LoadedContent} into the immutable {@link Council}, reporting
 * every problem it finds — unknown and missing keys, wrong types, impossible dates, duplicate ids,
 * references to things that do not exist, attendance that does not match the membership — and
 * carrying on after each, so that one run lists them all.
 *
 * <p>It works in two passes. The first gathers the ids that exist: people (read in full, since
 * checks depend on what kind of person someone is) and the committee, meeting and paper folders.
 * The second reads every document and checks each reference where it is written, so an error points
 * at the exact line and column of the reference, with a "did you mean" hint.
 *
 * <p>A document with errors still yields a model value where it safely can (with defaults for the
 * broken fields), so that one mistake does not cascade into "unknown paper" errors elsewhere. The
 * pipeline never renders a model that came with errors.
 */
public final class Validator {

  private Validator() {}

  /** Validates everything loaded; check {@code d.hasErrors()} before using the result. */
  public static Council validate(LoadedContent raw, Diagnostics d) {
    Registry known = new Registry(d);
    List<Person> people = new ArrayList<>();
    for (RawYaml file : raw.people()) {
      PersonReader.read(file, d)
          .ifPresent(
              p -> {
                people.add(p);
                known.addPerson(p);
              });
    }
    for (String file : raw.personFiles()) {
      String id = file.substring(0, file.length() - ".yaml".length());
      if (Fields.isId(id)) {
        known.addBrokenPerson(id); // no effect for people read above
      }
    }
    // by identity: a loaded record's hash is of everything in it, every text of the archive
    List<Map.Entry<LoadedContent.Committee, CommitteeId>> committeeIds = new ArrayList<>();
    Map<LoadedContent.Meeting, MeetingId> meetingIds = new IdentityHashMap<>();
    for (LoadedContent.Committee c : raw.committees()) {
      if (!Fields.isId(c.id())) {
        d.error(
            c.pos(),
            "'" + c.id() + "' is not a valid committee id (the folder name)",
            "name the folder with lower-case letters, digits and hyphens, e.g. children-scrutiny");
        continue;
      }
      CommitteeId cid = new CommitteeId(c.id());
      committeeIds.add(Map.entry(c, cid));
      known.addCommittee(cid);
      for (LoadedContent.Meeting m : c.meetings()) {
        Optional<LocalDate> date = Fields.parseDate(m.folder());
        if (date.isEmpty()) {
          d.error(
              m.pos(),
              "'"
                  + m.folder()
                  + "' is not a meeting date; name meeting folders YYYY-MM-DD, e.g. 2025-03-04");
          continue;
        }
        MeetingId mid = new MeetingId(cid, date.get());
        meetingIds.put(m, mid);
        known.addMeeting(mid);
        for (LoadedContent.Paper p : m.papers()) {
          if (Fields.isId(p.id())) {
            known.addPaper(new PaperId(p.id()), mid, p.pos());
          }
        }
      }
    }
    Site site =
        raw.site()
            .map(s -> SiteReader.read(s, raw.root(), known, annualMeetings(meetingIds), d))
            .orElse(SiteReader.placeholder(SourcePos.file("site.yaml"), raw.root()));
    // Each committee on its own, on all processors: everything shared is only read (the registry
    // is complete by now), each committee's problems are told to diagnostics of its own (some
    // readers compare the count of errors before and after a part), and what must be unique
    // across the council is checked afterwards, in the committees' order.
    List<CommitteeResult> results =
        committeeIds.parallelStream()
            .map(
                e -> {
                  Diagnostics own = new Diagnostics();
                  List<Map.Entry<String, SourcePos>> outcomeIds = new ArrayList<>();
                  Optional<Committee> c =
                      committee(
                          e.getKey(), e.getValue(), meetingIds, site, raw, known, outcomeIds, own);
                  return new CommitteeResult(c, outcomeIds, own);
                })
            .toList();
    Map<String, SourcePos> outcomeIds = new HashMap<>();
    List<Committee> committees = new ArrayList<>();
    for (CommitteeResult r : results) {
      d.addAll(r.diagnostics());
      for (Map.Entry<String, SourcePos> id : r.outcomeIds()) {
        SourcePos first = outcomeIds.putIfAbsent(id.getKey(), id.getValue());
        if (first != null) {
          d.error(
              id.getValue(),
              "outcome id '" + id.getKey() + "' is already used at " + first,
              "outcome ids must be unique across the council");
        }
      }
      r.committee().ifPresent(committees::add);
    }
    people.sort(Comparator.comparing(Person::id));
    committees.sort(Comparator.comparing(Committee::id));
    return new Council(site, people, committees);
  }

  private static Optional<Committee> committee(
      LoadedContent.Committee c,
      CommitteeId id,
      Map<LoadedContent.Meeting, MeetingId> meetingIds,
      Site site,
      LoadedContent raw,
      Registry known,
      List<Map.Entry<String, SourcePos>> outcomeIds,
      Diagnostics d) {
    if (c.committee().isEmpty()) {
      return Optional.empty(); // missing committee.yaml is reported by the loader
    }
    CommitteeReader.Header h =
        CommitteeReader.read(
            id, c.committee().get(), raw.root().resolve("committees").resolve(c.id()), known, d);
    Optional<Markdown> terms =
        c.terms()
            .map(
                t -> {
                  if (!t.front().entries().isEmpty()) {
                    Fields.of(t.front(), "terms of reference", Set.of(), Set.of(), d);
                  }
                  return new Markdown(t.body(), t.bodyPos(), t.dir());
                });
    List<Meeting> meetings = new ArrayList<>();
    Set<String> outcomes = new TreeSet<>();
    boolean outcomesKnown = true;
    for (LoadedContent.Meeting m : c.meetings()) {
      MeetingId mid = meetingIds.get(m);
      if (mid != null && m.meeting().isPresent()) {
        Meeting meeting = meeting(m, mid, h, site, raw, known, outcomeIds, outcomes, d);
        meetings.add(meeting);
        outcomesKnown &= !m.minutesFile() || meeting.minutes().isPresent();
      } else {
        outcomesKnown &= !m.minutesFile();
      }
    }
    meetings.sort(Comparator.comparing(Meeting::date));
    // each outcome with the meeting and agenda item it was made under, which a response that
    // answers several must share
    Map<String, String> outcomesWhere = new TreeMap<>();
    for (Meeting m : meetings) {
      m.minutes().stream()
          .flatMap(min -> min.outcomes().stream())
          .forEach(
              o ->
                  outcomesWhere.put(o.id().value(), "agenda item " + o.item() + " of " + m.date()));
    }
    for (String o : outcomes) {
      outcomesWhere.putIfAbsent(o, "");
    }
    Map<String, String> answered = new HashMap<>();
    for (RawMarkdown t : c.tracker()) {
      String name = t.path().substring(t.path().lastIndexOf('/') + 1);
      answered.put(name.substring(0, name.length() - ".md".length()), t.path());
    }
    List<TrackerResponse> tracker = new ArrayList<>();
    for (RawMarkdown t : c.tracker()) {
      TrackerReader.read(t, outcomesWhere, outcomesKnown, answered, d).ifPresent(tracker::add);
    }
    List<WorkProgramme> programmes = new ArrayList<>();
    for (RawYaml w : c.workProgrammes()) {
      WorkProgrammeReader.read(id, w, site.houseStyle(), known, d).ifPresent(programmes::add);
    }
    return Optional.of(
        new Committee(
            id,
            h.title(),
            h.shortTitle(),
            h.purpose(),
            h.officer(),
            h.members(),
            terms,
            h.chairTitle(),
            h.numberFrontSheet(),
            h.venue(),
            h.time(),
            meetings,
            tracker,
            programmes,
            h.pos(),
            h.memberGroups(),
            h.memberOrder()));
  }

  /**
   * The dates of meetings marked {@code annual: true}, each the start of a municipal year, read
   * before anything else because the year of every date depends on them ({@code annual} itself is
   * checked with the rest of the meeting).
   */
  private static List<LocalDate> annualMeetings(Map<LoadedContent.Meeting, MeetingId> meetings) {
    List<LocalDate> out = new ArrayList<>();
    meetings.forEach(
        (m, id) ->
            m.meeting()
                .map(RawYaml::root)
                .filter(YamlNode.Mapping.class::isInstance)
                .flatMap(r -> ((YamlNode.Mapping) r).get("annual"))
                .filter(YamlNode.Scalar.class::isInstance)
                .map(n -> ((YamlNode.Scalar) n).text().strip().toLowerCase(Locale.ROOT))
                .filter(t -> t.equals("true") || t.equals("yes"))
                .ifPresent(t -> out.add(id.date())));
    return out;
  }

  private static Meeting meeting(
      LoadedContent.Meeting m,
      MeetingId id,
      CommitteeReader.Header committee,
      Site site,
      LoadedContent raw,
      Registry known,
      List<Map.Entry<String, SourcePos>> outcomeIds,
      Set<String> committeeOutcomes,
      Diagnostics d) {
    Set<String> paperFolders = new TreeSet<>();
    m.papers().forEach(p -> paperFolders.add(p.id()));
    MeetingReader.Header h =
        MeetingReader.read(
            id, m.meeting().get(), committee, site.chiefExecutive(), paperFolders, known, d);
    Map<PaperId, Paper> papers = new LinkedHashMap<>();
    for (LoadedContent.Paper p : m.papers()) {
      PaperReader.read(id, p, raw.root(), raw.files(), known, d)
          .ifPresent(paper -> papers.put(paper.id(), paper));
    }
    List<Paper> ordered = new ArrayList<>();
    for (AgendaItem item : h.agenda()) {
      for (PaperId pid : item.papers()) {
        Optional.ofNullable(papers.remove(pid)).ifPresent(ordered::add);
      }
    }
    for (Paper unused : h.papersResolved() ? papers.values() : List.<Paper>of()) {
      d.warning(
          unused.pos(), "paper '" + unused.id() + "' is not on the agenda, so it is not published");
    }
    // Papers not on the agenda stay in the model (after the others), so that references to them
    // still resolve; the publish stage only ever publishes papers that an agenda item lists.
    ordered.addAll(papers.values());
    Optional<Minutes> minutes = Optional.empty();
    if (m.minutes().isPresent()) {
      RawMarkdown file = m.minutes().get();
      if (h.statusKnown() && h.status() != MeetingStatus.HELD) {
        d.error(
            file.front().pos(),
            "there are minutes for a meeting whose status is '" + h.status().key() + "'",
            "set status: held in meeting.yaml once the meeting has taken place");
      } else {
        minutes =
            MinutesReader.read(
                file,
                id.date(),
                committee.members(),
                committee.membersValid(),
                h.agenda(),
                outcomeIds,
                committeeOutcomes,
                known,
                d);
      }
    }
    return new Meeting(
        id,
        h.time(),
        h.venue(),
        h.status(),
        h.published(),
        h.signedOffBy(),
        h.agenda(),
        ordered,
        minutes,
        h.note(),
        h.pos(),
        h.webcast(),
        h.reissues(),
        IssuedReader.read(id, m, raw.root(), d),
        h.publishedPos(),
        h.alsoExpected());
  }

  /** The outcomes of a committee's meetings, oldest first (used by the tracker). */
  public static List<Outcome> outcomes(Committee c) {
    return c.meetings().stream()
        .flatMap(m -> m.minutes().stream())
        .flatMap(min -> min.outcomes().stream())
        .toList();
  }

  /**
   * One committee validated: the committee if it could be read, the outcome ids its minutes give in
   * the order written, and the problems found in it.
   */
  private record CommitteeResult(
      Optional<Committee> committee,
      List<Map.Entry<String, SourcePos>> outcomeIds,
      Diagnostics diagnostics) {}
}
