package org.tabled.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tabled.markdown.ParsedDoc;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.resolve.Minute;
import org.tabled.resolve.RefTarget;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.TrackerEntry;

/**
 * The content a renderer is allowed to see, for one audience on one day.
 *
 * <p>For the public, {@link #council()} is a copy of the validated council from which every exempt
 * paper, confidential paper, embargoed agenda and unpublished draft minutes have been removed:
 * renderers cannot leak what they are never given. What was worked out across the whole council
 * (the minutes chain, the trackers, which item carries a paper) is reached only through the queries
 * below, each of which answers for this audience.
 *
 * <p>{@link #resolved()} is the whole, unfiltered council. Only {@code publish} and {@code view}
 * may use it (for titles, which read the same before and after publication); the renderers {@code
 * html}, {@code pdf} and {@code feeds} may not, and {@code ArchitectureTest} fails the build if one
 * does.
 *
 * @param council the council as this audience may see it
 * @param resolved everything worked out across documents, for the whole council: not for renderers
 * @param audience public or confidential
 * @param asOf the day the build publishes for
 * @param agendaPublished the meetings whose agendas are published on {@code asOf}
 * @param trackers each committee's tracker as this audience sees it ({@link #tracker}), worked out
 *     once ({@link #of}) since it is asked for at every reference to a tracker row; it must be
 *     exactly the rows whose minutes {@code council} holds, or the council is refused
 */
public record PublishedCouncil(
    Council council,
    ResolvedCouncil resolved,
    Audience audience,
    LocalDate asOf,
    Set<MeetingId> agendaPublished,
    Map<CommitteeId, Tracker> trackers) {

  public PublishedCouncil {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(asOf, "asOf");
    agendaPublished = Set.copyOf(agendaPublished);
    trackers = Map.copyOf(trackers);
    // a row shown whose minutes this audience may not see would publish it: never taken on trust
    if (!trackers.equals(shown(council, resolved))) {
      throw new IllegalArgumentException(
          "the trackers must show exactly the rows whose minutes the council holds");
    }
  }

  /**
   * A committee's tracker as an audience sees it.
   *
   * @param entries the rows whose minutes the audience's council holds, in the resolver's order
   * @param outcomes the outcomes of those rows
   */
  public record Tracker(List<TrackerEntry> entries, Set<OutcomeId> outcomes) {
    public Tracker {
      entries = List.copyOf(entries);
      outcomes = Set.copyOf(outcomes);
    }
  }

  /**
   * The council {@code council} as {@code audience} sees it on {@code asOf}, the whole of it being
   * {@code resolved}: each tracker shows the rows whose minutes {@code council} holds.
   */
  public static PublishedCouncil of(
      Council council,
      ResolvedCouncil resolved,
      Audience audience,
      LocalDate asOf,
      Set<MeetingId> agendaPublished) {
    return new PublishedCouncil(
        council, resolved, audience, asOf, agendaPublished, shown(council, resolved));
  }

  /** Each committee's tracker showing the rows whose minutes {@code council} holds. */
  private static Map<CommitteeId, Tracker> shown(Council council, ResolvedCouncil resolved) {
    Map<CommitteeId, Tracker> trackers = new HashMap<>();
    for (Map.Entry<CommitteeId, List<TrackerEntry>> t : resolved.trackers().entrySet()) {
      List<TrackerEntry> shown =
          t.getValue().stream()
              .filter(e -> council.meeting(e.origin()).flatMap(Meeting::minutes).isPresent())
              .toList();
      Set<OutcomeId> outcomes = new HashSet<>();
      shown.forEach(e -> outcomes.add(e.outcome().id()));
      trackers.put(t.getKey(), new Tracker(shown, outcomes));
    }
    return trackers;
  }

  /** True if the meeting's agenda (and so its papers) may be shown. */
  public boolean isAgendaPublished(MeetingId id) {
    return agendaPublished.contains(id);
  }

  /**
   * True if the meeting appears in listings, calendars and feeds. Every meeting does: the calendar
   * of meetings (date, time, venue, status) is public in advance, as councils publish it; the
   * agenda and papers appear only from the agenda's publication date ({@link #isAgendaPublished}).
   */
  public boolean isListed(Meeting m) {
    return true;
  }

  /**
   * Whether this audience may see what a reference points at on {@link #asOf}, by the rules of
   * {@link Publication}: a meeting and a person always; an agenda item once its agenda is
   * published; a paper, its appendices and its paragraphs once the paper itself is published
   * (never, for the public, if it is Part 2 or confidential); a tracker entry once the minutes that
   * record it are published. What is not {@link Visibility#VISIBLE} may be named only by what is
   * already public: its meeting ({@code RefTitles#embargoedTitle}).
   */
  public Visibility visibility(RefTarget t) {
    if (confidential() || t instanceof RefTarget.Meeting || t instanceof RefTarget.Person) {
      return Visibility.VISIBLE;
    }
    if (t instanceof RefTarget.Item i) {
      return isAgendaPublished(i.meeting()) ? Visibility.VISIBLE : Visibility.NOT_YET;
    }
    if (t instanceof RefTarget.Tracker tr) {
      return tracks(tr.committee(), tr.outcome()) ? Visibility.VISIBLE : Visibility.NOT_YET;
    }
    MeetingId meeting =
        t instanceof RefTarget.Paper p
            ? p.meeting()
            : t instanceof RefTarget.Appendix a ? a.meeting() : ((RefTarget.Paragraph) t).meeting();
    PaperId paper =
        t instanceof RefTarget.Paper p
            ? p.paper()
            : t instanceof RefTarget.Appendix a ? a.paper() : ((RefTarget.Paragraph) t).paper();
    if (resolved.council().meeting(meeting).map(m -> m.isRestricted(paper)).orElse(true)) {
      return Visibility.NEVER;
    }
    return council.meeting(meeting).flatMap(m -> m.paper(paper)).isPresent()
        ? Visibility.VISIBLE
        : Visibility.NOT_YET;
  }

  /** True if {@code t} is {@link Visibility#VISIBLE} to this audience on {@link #asOf}. */
  public boolean isVisible(RefTarget t) {
    return visibility(t) == Visibility.VISIBLE;
  }

  /**
   * The Markdown texts this audience may read on {@link #asOf}: the site's notes and accessibility
   * statement, each committee's purpose and terms of reference, the papers of every meeting whose
   * agenda is published, with their appendices' texts (never a restricted paper's), the minutes
   * this audience may see, and the responses its tracker shows ({@link #tracker}). What is not here
   * is copied nowhere outside the output: the build cache keeps what parsing found only of these
   * texts.
   */
  public Set<Markdown> texts() {
    Set<Markdown> out = new HashSet<>();
    out.add(council.site().admissionNote());
    out.add(council.site().membersNote());
    out.add(council.site().accessibility().statement());
    for (Committee c : council.committees()) {
      out.add(c.purpose());
      c.termsOfReference().ifPresent(out::add);
      for (TrackerEntry e : tracker(c.id())) { // a response is read where its row is shown
        e.response().ifPresent(r -> out.add(r.body()));
      }
      for (Meeting m : c.meetings()) {
        m.minutes().ifPresent(min -> out.add(min.body())); // this audience's council: only theirs
        if (!isAgendaPublished(m.id())) {
          continue;
        }
        for (Paper p : m.papers()) {
          if (!isVisible(new RefTarget.Paper(m.id(), p.id()))) { // the one decision, for its texts
            continue;
          }
          out.add(p.body());
          for (Appendix a : p.appendices()) {
            if (a.source() instanceof Appendix.MarkdownSource s) {
              out.add(s.body());
            } else if (a.source() instanceof Appendix.PdfSource s) {
              s.alternative().ifPresent(out::add);
            }
          }
        }
      }
    }
    return out;
  }

  /** The parsed form of a Markdown text of the council. */
  public ParsedDoc doc(Markdown md) {
    return resolved.doc(md);
  }

  /**
   * What the reference written {@code [[raw]]} in {@code md} points at. The target may be one this
   * audience cannot see: ask {@code view.Addresses} whether it has an address.
   */
  public Optional<RefTarget> ref(Markdown md, String raw) {
    return resolved.ref(md, raw);
  }

  /**
   * The entries of committee {@code c}'s tracker this audience can see: the outcomes of minutes in
   * {@link #council()}, each with its response, in the order the resolver assembled them.
   */
  public List<TrackerEntry> tracker(CommitteeId c) {
    Tracker t = trackers.get(c);
    return t == null ? List.of() : t.entries();
  }

  /** True if committee {@code c}'s tracker, as this audience sees it, has a row for {@code o}. */
  public boolean tracks(CommitteeId c, OutcomeId o) {
    Tracker t = trackers.get(c);
    return t != null && t.outcomes().contains(o);
  }

  /**
   * The minutes of meeting {@code id} in order, each with the agenda item it records and its
   * number, if this audience can see them; else empty.
   */
  public List<Minute> minutes(MeetingId id) {
    return council.meeting(id).flatMap(Meeting::minutes).isPresent()
        ? resolved.minutes(id)
        : List.of();
  }

  /**
   * The meeting at which the minutes of {@code id} are (to be) approved, once that meeting's agenda
   * is published: before that, this audience cannot know which meeting will take them.
   */
  public Optional<MeetingId> minutesApprovedAt(MeetingId id) {
    return resolved.minutesApprovedAt(id).filter(this::isAgendaPublished);
  }

  /**
   * The agenda item that carries paper {@code p}, on an agenda this audience can see. An item's
   * number and title are public with its agenda, so the item is found even when the paper itself is
   * not public (Part 2, or published later than the agenda).
   */
  public Optional<RefTarget.Item> itemCarrying(PaperId p) {
    for (Meeting m : resolved.council().meetings()) {
      if (!isAgendaPublished(m.id())) {
        continue;
      }
      for (AgendaItem i : m.agenda()) {
        if (i.papers().contains(p)) {
          return Optional.of(new RefTarget.Item(m.id(), i.number()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The day the first paper of item {@code item} of meeting {@code id} that this audience will see
   * but cannot see yet is published (its own {@code published} date, later than the agenda's), if
   * the agenda is published and the item has such a paper. Only the day is told, never the paper; a
   * Part 2 or confidential paper is never published, so it has no day.
   */
  public Optional<LocalDate> paperDue(MeetingId id, int item) {
    if (!isAgendaPublished(id)) {
      return Optional.empty();
    }
    Optional<Meeting> whole = resolved.council().meeting(id);
    Optional<AgendaItem> i = whole.flatMap(m -> m.item(item)).filter(x -> !x.isExempt());
    if (i.isEmpty()) {
      return Optional.empty();
    }
    return i.get().papers().stream()
        .map(p -> whole.get().paper(p))
        .flatMap(Optional::stream)
        .filter(p -> !p.confidential())
        .map(p -> p.published())
        .flatMap(Optional::stream)
        .filter(d -> d.isAfter(asOf))
        .min(LocalDate::compareTo);
  }

  /**
   * The council as the public website of the same day sees it: this one for a public build; for the
   * members' confidential build, whose packs link to the public website, the public selection.
   */
  public PublishedCouncil website() {
    return audience == Audience.PUBLIC ? this : Publication.select(resolved, Audience.PUBLIC, asOf);
  }

  /**
   * The next day after {@link #asOf} on which the public output changes by itself, and what kind of
   * thing is published then; which meeting or paper is not told.
   */
  public Optional<NextChange.Change> nextChange() {
    return NextChange.after(resolved.council(), asOf);
  }

  /**
   * The packs of meeting {@code id} this audience may see on {@link #asOf}: the agenda pack and the
   * supplementary agendas published by then ({@link Packs}); none before the agenda is published or
   * for a cancelled meeting.
   */
  public List<Packs.Pack> packs(MeetingId id) {
    if (!isAgendaPublished(id)) {
      return List.of();
    }
    Optional<Meeting> whole = resolved.council().meeting(id);
    return council
        .meeting(id)
        .filter(m -> m.status() != MeetingStatus.CANCELLED && whole.isPresent())
        .map(m -> Packs.of(m, whole.get()))
        .orElse(List.of())
        .stream()
        .filter(p -> !p.date().isAfter(asOf))
        .toList();
  }

  /**
   * The council as this audience saw it on an earlier {@code day} (never later than {@link #asOf}):
   * how a pack published that day is made, so that it reads the same whenever it is built again.
   */
  public PublishedCouncil onDay(LocalDate day) {
    return day.isBefore(asOf) ? Publication.select(resolved, audience, day) : this;
  }

  /** True for the confidential members' build. */
  public boolean confidential() {
    return audience == Audience.CONFIDENTIAL;
  }

  /**
   * For the folder of each text of the whole council (published or not), the committees whose
   * meetings or tracker its references point into: every committee for a reference of a kind that
   * points into none in particular (a person's references are left out, since they read no
   * committee). Names only, for the build cache to tell which meetings a change can reach; a text
   * not yet public is counted too, since counting more only renders more.
   */
  public Map<Path, Set<CommitteeId>> committeesReferenced() {
    Set<CommitteeId> every = new TreeSet<>();
    council.committees().forEach(c -> every.add(c.id()));
    resolved.council().committees().forEach(c -> every.add(c.id()));
    Map<Path, Set<CommitteeId>> out = new HashMap<>();
    for (Map.Entry<Markdown, Map<String, RefTarget>> e : resolved.refs().entrySet()) {
      for (RefTarget t : e.getValue().values()) {
        if (t instanceof RefTarget.Person) {
          continue;
        }
        Set<CommitteeId> to = out.computeIfAbsent(e.getKey().dir(), k -> new TreeSet<>());
        Optional<CommitteeId> c = committeeOf(t);
        if (c.isPresent()) {
          to.add(c.get());
        } else {
          to.addAll(every);
        }
      }
    }
    return out;
  }

  /**
   * For the folder of each text of the whole council (published or not), the papers its {@code
   * paragraph} references point into, by meeting. Such a reference reads the paper's text (the
   * paragraph must be there, and its anchor is the text's), where a {@code paper} or {@code
   * appendix} reference reads only what the paper's front matter gives (its title, its appendices'
   * titles) and the pages of its pack; so the build cache counts every file of these papers as read
   * by the meetings of the text's committee. Names only, as {@link #committeesReferenced}.
   */
  public Map<Path, Map<MeetingId, Set<PaperId>>> paragraphsReferenced() {
    Map<Path, Map<MeetingId, Set<PaperId>>> out = new HashMap<>();
    for (Map.Entry<Markdown, Map<String, RefTarget>> e : resolved.refs().entrySet()) {
      for (RefTarget t : e.getValue().values()) {
        if (t instanceof RefTarget.Paragraph x) {
          out.computeIfAbsent(e.getKey().dir(), k -> new HashMap<>())
              .computeIfAbsent(x.meeting(), k -> new TreeSet<>())
              .add(x.paper());
        }
      }
    }
    return out;
  }

  /**
   * Every paper of the whole council, published or not, as the build cache counts it for meetings
   * other than its own ({@link PaperOutline}): a paper of a meeting whose agenda is not out yet is
   * printed by other meetings (a work programme lists it) by what its front matter gives. Digests
   * only; counting more only renders more.
   */
  public List<PaperOutline> paperOutlines() {
    List<PaperOutline> out = new ArrayList<>();
    for (Committee c : resolved.council().committees()) {
      for (Meeting m : c.meetings()) {
        m.papers().forEach(p -> out.add(PaperOutline.of(p)));
      }
    }
    return out;
  }

  /** The committee whose meetings or tracker a reference points into, if it is one of those. */
  private static Optional<CommitteeId> committeeOf(RefTarget t) {
    if (t instanceof RefTarget.Meeting x) {
      return Optional.of(x.meeting().committee());
    } else if (t instanceof RefTarget.Item x) {
      return Optional.of(x.meeting().committee());
    } else if (t instanceof RefTarget.Paper x) {
      return Optional.of(x.meeting().committee());
    } else if (t instanceof RefTarget.Appendix x) {
      return Optional.of(x.meeting().committee());
    } else if (t instanceof RefTarget.Paragraph x) {
      return Optional.of(x.meeting().committee());
    } else if (t instanceof RefTarget.Tracker x) {
      return Optional.of(x.committee());
    }
    return Optional.empty();
  }
}
