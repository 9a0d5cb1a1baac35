package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.publish.Audience;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Minute;
import org.tabled.resolve.TrackerEntry;
import org.tabled.testing.Councils;

/**
 * A minute carries the number of the agenda item it records (issue 16): on 6 October 2026 the
 * minutes hold a procedural minute ("Exclusion of the press and public") before the Part 2 item, so
 * counting headings made agenda item 8 "minute 9" while declarations cited agenda numbers. A
 * council may number minutes on a yearly sequence instead.
 */
class MinuteNumbersTest {

  private static final Path EXAMPLE = Councils.example();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final MeetingId OCTOBER =
      new MeetingId(new CommitteeId("communities-scrutiny"), LocalDate.of(2026, 10, 6));
  private static final MeetingId JUNE =
      new MeetingId(new CommitteeId("communities-scrutiny"), LocalDate.of(2026, 6, 30));
  private static final MeetingId JULY =
      new MeetingId(new CommitteeId("children-scrutiny"), LocalDate.of(2026, 7, 14));

  @Test
  void aMinuteCarriesTheNumberOfTheAgendaItemItRecords() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    List<Minute> minutes = pub.minutes(OCTOBER);
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 0, 8), minutes.stream().map(Minute::number).toList());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 0, 8), minutes.stream().map(Minute::item).toList());
    Minute exclusion = minutes.get(7);
    assertEquals("Exclusion of the press and public", exclusion.title());
    assertEquals("", MinuteLabels.minute(pub, OCTOBER, exclusion));
    assertEquals("Minute 8", MinuteLabels.minute(pub, OCTOBER, minutes.get(8)));
    assertEquals("section-8", minutes.get(8).anchor());
  }

  @Test
  void minutesWrittenOutOfAgendaOrderKeepTheirItemsNumbers() {
    // 14 July: the minutes take the minutes of the last meeting before declarations of interest.
    List<Minute> minutes = Councils.publish(EXAMPLE, AS_OF).minutes(JULY);
    assertEquals(
        List.of("Membership", "Minutes", "Declarations of interest"),
        minutes.subList(0, 3).stream().map(Minute::title).toList());
    assertEquals(List.of(1, 3, 2), minutes.subList(0, 3).stream().map(Minute::number).toList());
  }

  @Test
  void theTrackerNamesTheMinuteAndTheMeetingPageFindsItsDecisions() {
    PublishedCouncil pub = Councils.publish(EXAMPLE, AS_OF);
    TrackerEntry e =
        pub.tracker(OCTOBER.committee()).stream()
            .filter(x -> x.outcome().id().value().equals("ta-out-of-borough-notices"))
            .findFirst()
            .orElseThrow();
    assertEquals("Minute 5: Temporary accommodation", Trackers.item(pub, e));
    Meeting m = pub.council().meeting(OCTOBER).orElseThrow();
    Map<Integer, Decisions.Decision> decisions = Decisions.byItem(pub, m);
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), List.copyOf(decisions.keySet()));
    Decisions.Decision ta = decisions.get(5);
    assertEquals("Minute 5", ta.label());
    assertEquals(
        List.of("ta-out-of-borough-notices", "ta-bed-and-breakfast-updates"),
        ta.outcomes().stream().map(x -> x.outcome().id().value()).toList());
    assertEquals(1, ta.resolutions().size());
    assertTrue(
        ta.resolutions().get(0).text().startsWith("RESOLVED: That the report be noted"),
        ta.resolutions().get(0).text());
    assertTrue(decisions.get(1).isEmpty(), "membership decided nothing");
  }

  @Test
  void minutesThePublicCannotSeeHaveNoDecisionsOnTheMeetingPage() {
    Path draft =
        Councils.edited(
            EXAMPLE,
            "committees/communities-scrutiny/meetings/2026-10-06/minutes.md",
            "publish: true",
            "publish: false");
    PublishedCouncil pub = Councils.publish(draft, AS_OF);
    assertEquals(List.of(), pub.minutes(OCTOBER));
    assertTrue(Decisions.byItem(pub, pub.council().meeting(OCTOBER).orElseThrow()).isEmpty());
    PublishedCouncil members = Councils.publish(draft, AS_OF, Audience.CONFIDENTIAL);
    assertEquals(9, members.minutes(OCTOBER).size(), "the members' build sees the draft");
  }

  @Test
  void aCouncilCanNumberMinutesOnAYearlySequence() {
    Path yearly =
        Councils.edited(
            EXAMPLE, "site.yaml", "language: en-GB", "language: en-GB\nminute_numbering: yearly");
    PublishedCouncil pub = Councils.publish(yearly, AS_OF);
    // Communities' minutes of 2026: 30 June has six minutes, so 6 October starts at 7.
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6), pub.minutes(JUNE).stream().map(Minute::number).toList());
    List<Minute> october = pub.minutes(OCTOBER);
    assertEquals(
        List.of(7, 8, 9, 10, 11, 12, 13, 14, 15), october.stream().map(Minute::number).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7, 0, 8),
        october.stream().map(Minute::item).toList(),
        "each still records its agenda item");
    assertEquals("Minute 15/2026", MinuteLabels.minute(pub, OCTOBER, october.get(8)));
    assertEquals(
        "Minute 14/2026",
        MinuteLabels.minute(pub, OCTOBER, october.get(7)),
        "procedural minutes count");
    TrackerEntry e =
        pub.tracker(OCTOBER.committee()).stream()
            .filter(x -> x.outcome().id().value().equals("ta-out-of-borough-notices"))
            .findFirst()
            .orElseThrow();
    assertEquals("Minute 11/2026: Temporary accommodation", Trackers.item(pub, e));
    assertEquals("section-11", e.minute().anchor());
  }
}
