package org.tabled.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A committee with its members, its meetings and its standing documents.
 *
 * @param id the folder name
 * @param title the full name, e.g. "Children and Young People Scrutiny Committee"
 * @param shortTitle a short form for tight spaces (defaults to the title)
 * @param purpose what the committee is for, in a sentence or two (Markdown)
 * @param officer the committee officer, the public's contact
 * @param members memberships over time
 * @param termsOfReference the terms of reference (Markdown), if written
 * @param chairTitle how the chair is styled: "Chair" unless the council says otherwise
 * @param numberFrontSheet whether the front sheet counts in the pack's page numbers
 * @param defaultVenue the usual venue, used when a meeting gives none
 * @param defaultTime the usual start time, used when a meeting gives none
 * @param meetings the meetings, in date order
 * @param tracker responses to recommendations and actions, from {@code tracker/}
 * @param workProgrammes plans by municipal year, from {@code work-programme/}
 * @param pos where the committee was defined
 * @param memberGroups the headings the committee lists its members under, in order (e.g.
 *     "Councillors", "Elected voting representatives"); empty for the usual councillors and
 *     co-opted members
 * @param memberOrder how members are listed: as {@code committee.yaml} writes them (the default),
 *     by office then surname, or by surname
 */
public record Committee(
    CommitteeId id,
    String title,
    String shortTitle,
    Markdown purpose,
    PersonId officer,
    List<Membership> members,
    Optional<Markdown> termsOfReference,
    String chairTitle,
    boolean numberFrontSheet,
    String defaultVenue,
    Optional<LocalTime> defaultTime,
    List<Meeting> meetings,
    List<TrackerResponse> tracker,
    List<WorkProgramme> workProgrammes,
    SourcePos pos,
    List<String> memberGroups,
    MemberOrder memberOrder) {

  public Committee {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(memberOrder, "memberOrder");
    members = List.copyOf(members);
    memberGroups = List.copyOf(memberGroups);
    meetings = List.copyOf(meetings);
    tracker = List.copyOf(tracker);
    workProgrammes = List.copyOf(workProgrammes);
  }

  /** This committee with {@code meetings} instead of its own: an audience's view of it. */
  public Committee withMeetings(List<Meeting> meetings) {
    return new Committee(
        id,
        title,
        shortTitle,
        purpose,
        officer,
        members,
        termsOfReference,
        chairTitle,
        numberFrontSheet,
        defaultVenue,
        defaultTime,
        meetings,
        tracker,
        workProgrammes,
        pos,
        memberGroups,
        memberOrder);
  }

  /** The memberships in force on {@code day}, substitutes included. */
  public List<Membership> membersOn(LocalDate day) {
    return members.stream().filter(m -> m.activeOn(day)).toList();
  }

  /** The meeting on {@code date}, if there is one. */
  public Optional<Meeting> meetingOn(LocalDate date) {
    // asked for at every reference and link: a ten-year archive has a thousand meetings, which the
    // validator puts in date order
    return Lookup.first(meetings, Meeting::date, date);
  }
}
