package org.tabled.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.PaperId;
import org.tabled.resolve.RefTarget;
import org.tabled.resolve.TrackerEntry;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/** The queries renderers use instead of the unfiltered council, each answered for its audience. */
class PublishedCouncilTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final CommitteeId AUDIT = new CommitteeId("audit");
  private static final MeetingId MARCH = new MeetingId(AUDIT, LocalDate.of(2025, 3, 4));
  private static final MeetingId JUNE = new MeetingId(AUDIT, LocalDate.of(2025, 6, 10));
  private static final MeetingId JULY = new MeetingId(AUDIT, LocalDate.of(2025, 7, 22));

  /** The golden council with March's minutes a draft not marked for publication. */
  private static Path draftMarchMinutes() {
    return Councils.edited(
        GOLDEN,
        "committees/audit/meetings/2025-03-04/minutes.md",
        "status: approved",
        "status: draft");
  }

  @Test
  void agendasArePublishedOnTheirDayAndEveryMeetingIsListed() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertTrue(pub.isAgendaPublished(MARCH));
    assertTrue(pub.isAgendaPublished(JUNE));
    assertFalse(pub.isAgendaPublished(JULY), "published on 14 July");
    assertTrue(
        pub.council().meetings().stream().allMatch(pub::isListed),
        "the calendar of meetings is public");
    assertTrue(Councils.publish(GOLDEN, LocalDate.of(2025, 7, 14)).isAgendaPublished(JULY));
  }

  @Test
  void theItemCarryingAPaperIsFoundOnlyOnAPublishedAgenda() {
    PublishedCouncil june5 = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    // embargoed until 9 June, but its item's number and title are public with the agenda
    assertEquals(
        Optional.of(new RefTarget.Item(JUNE, 4)),
        june5.itemCarrying(new PaperId("annual-audit-opinion")));
    assertTrue(
        june5
            .council()
            .meeting(JUNE)
            .orElseThrow()
            .paper(new PaperId("annual-audit-opinion"))
            .isEmpty());
    // a Part 2 paper: the item is public (title and exemption), the paper is not
    assertEquals(
        Optional.of(new RefTarget.Item(MARCH, 6)),
        june5.itemCarrying(new PaperId("supplier-dispute")));
    // before the June agenda is published, nothing about its items is known
    assertEquals(
        Optional.empty(),
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 1))
            .itemCarrying(new PaperId("internal-audit-plan")));
    assertEquals(Optional.empty(), june5.itemCarrying(new PaperId("no-such-paper")));
  }

  @Test
  void theMeetingApprovingMinutesIsNamedOnceItsAgendaIsPublished() {
    assertEquals(
        Optional.empty(),
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 1)).minutesApprovedAt(MARCH));
    assertEquals(
        Optional.of(JUNE),
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 2)).minutesApprovedAt(MARCH));
  }

  @Test
  void theTrackerHoldsOnlyOutcomesOfPublishedMinutes() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    List<OutcomeId> all = pub.tracker(AUDIT).stream().map(e -> e.outcome().id()).toList();
    assertTrue(all.contains(new OutcomeId("audit-refinancing-options")), all.toString());
    // The same minutes as a draft not marked for publication: not tracked in public until the
    // agenda
    // that asks the committee to approve them (June, published on 2 June) is published.
    Path draft = draftMarchMinutes();
    PublishedCouncil hidden = Councils.publish(draft, LocalDate.of(2025, 6, 1));
    List<TrackerEntry> left = hidden.tracker(AUDIT);
    assertTrue(left.stream().noneMatch(e -> e.origin().equals(MARCH)), left.toString());
    assertTrue(hidden.council().meeting(MARCH).orElseThrow().minutes().isEmpty());
    assertFalse(hidden.resolved().tracker(AUDIT).isEmpty(), "the resolver still tracks them");
    // members see everything
    assertEquals(
        hidden.resolved().tracker(AUDIT).size(),
        Councils.publish(draft, LocalDate.of(2025, 6, 1), Audience.CONFIDENTIAL)
            .tracker(AUDIT)
            .size());
    PublishedCouncil june2 = Councils.publish(draft, LocalDate.of(2025, 6, 2));
    assertTrue(
        june2.council().meeting(MARCH).orElseThrow().minutes().isPresent(),
        "the draft is in June's pack");
    assertTrue(june2.tracker(AUDIT).stream().anyMatch(e -> e.origin().equals(MARCH)));
  }

  @Test
  void aCouncilHandedTrackersOtherThanItsOwnIsRefused() {
    PublishedCouncil hidden = Councils.publish(draftMarchMinutes(), LocalDate.of(2025, 6, 1));
    assertTrue(hidden.tracker(AUDIT).stream().noneMatch(e -> e.origin().equals(MARCH)));
    assertFalse(hidden.tracks(AUDIT, new OutcomeId("audit-refinancing-options")));
    // the resolver's whole tracker, March's draft minutes' rows included, as a careless caller
    // might pass it: refused, not shown
    java.util.Map<CommitteeId, PublishedCouncil.Tracker> everything = new java.util.HashMap<>();
    hidden
        .resolved()
        .trackers()
        .forEach(
            (c, rows) ->
                everything.put(
                    c,
                    new PublishedCouncil.Tracker(
                        rows,
                        rows.stream()
                            .map(e -> e.outcome().id())
                            .collect(java.util.stream.Collectors.toSet()))));
    java.util.function.Function<
            java.util.Map<CommitteeId, PublishedCouncil.Tracker>, PublishedCouncil>
        handed =
            trackers ->
                new PublishedCouncil(
                    hidden.council(),
                    hidden.resolved(),
                    hidden.audience(),
                    hidden.asOf(),
                    hidden.agendaPublished(),
                    trackers);
    for (java.util.Map<CommitteeId, PublishedCouncil.Tracker> wrong :
        List.of(everything, java.util.Map.<CommitteeId, PublishedCouncil.Tracker>of())) {
      assertThrows(IllegalArgumentException.class, () -> handed.apply(wrong));
    }
    assertEquals(hidden, handed.apply(hidden.trackers()), "its own trackers are taken");
  }

  /**
   * What the build cache may keep of a text's parse follows {@link PublishedCouncil#texts}: the
   * minutes and tracker responses the site shows are kept, so that a rebuild does not parse them
   * again, and a draft nobody may see yet is not.
   */
  @Test
  void theTextsKeptAreThoseTheAudienceMayReadMinutesAndTrackerResponsesIncluded() {
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    var march = pub.council().meeting(MARCH).orElseThrow().minutes().orElseThrow();
    assertTrue(pub.texts().contains(march.body()), "approved minutes are published");
    List<TrackerEntry> rows = pub.tracker(AUDIT);
    assertTrue(rows.stream().anyMatch(e -> e.response().isPresent()), rows.toString());
    for (TrackerEntry e : rows) {
      e.response().ifPresent(r -> assertTrue(pub.texts().contains(r.body()), e.toString()));
    }
    Path draft = draftMarchMinutes();
    PublishedCouncil hidden = Councils.publish(draft, LocalDate.of(2025, 6, 1));
    var unseen =
        hidden.resolved().council().meeting(MARCH).orElseThrow().minutes().orElseThrow().body();
    assertFalse(hidden.texts().contains(unseen), "a draft not yet in any published pack");
    List<TrackerEntry> hiddenRows =
        hidden.resolved().tracker(AUDIT).stream()
            .filter(e -> e.origin().equals(MARCH) && e.response().isPresent())
            .toList();
    assertFalse(hiddenRows.isEmpty(), "March's outcomes have responses");
    for (TrackerEntry e : hiddenRows) {
      assertFalse(
          hidden.texts().contains(e.response().orElseThrow().body()),
          "the response to an outcome of unpublished minutes: " + e);
    }
  }

  @Test
  void draftMinutesNamedOnlyByAPart2ItemOrByNoAgendaStayPrivate() {
    Path draft = draftMarchMinutes();
    Path part2 =
        Councils.edited(
            draft,
            "committees/audit/meetings/2025-06-10/meeting.yaml",
            "    minutes_of: 2025-03-04",
            "    minutes_of: 2025-03-04\n    exempt: 1");
    assertTrue(
        Councils.publish(part2, LocalDate.of(2025, 6, 5))
            .council()
            .meeting(MARCH)
            .orElseThrow()
            .minutes()
            .isEmpty(),
        "a Part 2 item does not publish the minutes it approves");
    Path unnamed =
        Councils.edited(
            draft,
            "committees/audit/meetings/2025-06-10/meeting.yaml",
            "    minutes_of: 2025-03-04\n",
            "");
    assertTrue(
        Councils.publish(unnamed, LocalDate.of(2025, 6, 5))
            .council()
            .meeting(MARCH)
            .orElseThrow()
            .minutes()
            .isEmpty());
  }

  @Test
  void theWebsiteOfAMembersBuildIsThePublicSelection() {
    PublishedCouncil members =
        Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5), Audience.CONFIDENTIAL);
    assertTrue(
        members
            .council()
            .meeting(MARCH)
            .orElseThrow()
            .paper(new PaperId("supplier-dispute"))
            .isPresent());
    PublishedCouncil site = members.website();
    assertEquals(Audience.PUBLIC, site.audience());
    assertEquals(members.asOf(), site.asOf());
    assertTrue(
        site.council()
            .meeting(MARCH)
            .orElseThrow()
            .paper(new PaperId("supplier-dispute"))
            .isEmpty());
    PublishedCouncil pub = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertSame(pub, pub.website());
  }
}
