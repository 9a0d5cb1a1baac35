package org.tabled.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * One meeting of a committee: when and where, its agenda, the papers for it and, once held, its
 * minutes.
 *
 * @param id committee and date
 * @param time start time
 * @param venue where it is held
 * @param status scheduled, held or cancelled
 * @param published the date the agenda is published (the chief executive's sign-off date)
 * @param signedOffBy who signs the agenda
 * @param agenda the items, in order
 * @param papers the papers in the meeting's {@code papers/} folder, in agenda order, then any that
 *     no item lists (which are never published)
 * @param minutes the minutes, once written
 * @param note a short public note, e.g. why a meeting was cancelled
 * @param pos where the meeting was defined
 * @param webcast where to watch the meeting live or its recording, and where each item starts in it
 * @param reissues the packs issued again after a change, as the content records them, in order
 * @param issues what Tabled recorded of each pack as it was issued ({@code issued.yaml}), by pack
 *     and issue number
 * @param publishedPos where the agenda's publication date is written (the meeting's position if it
 *     is not)
 * @param alsoExpected people who are not members of the committee but are expected to attend
 *     (cabinet members, officers, guests), in the order written ({@code also_expected})
 */
public record Meeting(
    MeetingId id,
    LocalTime time,
    String venue,
    MeetingStatus status,
    Optional<LocalDate> published,
    PersonId signedOffBy,
    List<AgendaItem> agenda,
    List<Paper> papers,
    Optional<Minutes> minutes,
    String note,
    SourcePos pos,
    Optional<Webcast> webcast,
    List<Reissue> reissues,
    List<Issue> issues,
    SourcePos publishedPos,
    List<Minutes.Attendee> alsoExpected) {

  public Meeting {
    alsoExpected = List.copyOf(alsoExpected);
    Objects.requireNonNull(id, "id");
    agenda = List.copyOf(agenda);
    papers = List.copyOf(papers);
    Objects.requireNonNull(webcast, "webcast");
    reissues = List.copyOf(reissues);
    issues = List.copyOf(issues);
    Objects.requireNonNull(publishedPos, "publishedPos");
  }

  /**
   * The same meeting with only the items {@code only} on its agenda and the papers {@code with}:
   * what one of its packs prints (the agenda pack leaves out what was published later).
   */
  public Meeting withAgenda(List<AgendaItem> only, List<Paper> with) {
    return new Meeting(
        id,
        time,
        venue,
        status,
        published,
        signedOffBy,
        only,
        with,
        minutes,
        note,
        pos,
        webcast,
        reissues,
        issues,
        publishedPos,
        alsoExpected);
  }

  /** The recorded issues of pack {@code supplement} (0: the agenda pack), first issue first. */
  public List<Issue> issuesOf(int supplement) {
    return issues.stream().filter(i -> i.pack().supplement() == supplement).toList();
  }

  /** The reissues of pack {@code supplement} the content records, in order. */
  public List<Reissue> reissuesOf(int supplement) {
    return reissues.stream().filter(r -> r.supplement() == supplement).toList();
  }

  public LocalDate date() {
    return id.date();
  }

  public CommitteeId committee() {
    return id.committee();
  }

  /** The paper with {@code id}, if it belongs to this meeting. */
  public Optional<Paper> paper(PaperId paperId) {
    return papers.stream().filter(p -> p.id().equals(paperId)).findFirst();
  }

  /**
   * True if paper {@code paperId} of this meeting may never be published: it is marked
   * confidential, or it is attached to a Part 2 (exempt) item. Everything of such a paper (its
   * appendices, paragraphs, images and files) is restricted with it. This is the one statement of
   * the rule: the references check and the publication policy both ask it.
   */
  public boolean isRestricted(PaperId paperId) {
    boolean confidential = paper(paperId).map(Paper::confidential).orElse(false);
    return confidential
        || agenda.stream().anyMatch(i -> i.isExempt() && i.papers().contains(paperId));
  }

  /** The agenda item with this number, if any. */
  public Optional<AgendaItem> item(int number) {
    return agenda.stream().filter(i -> i.number() == number).findFirst();
  }
}
