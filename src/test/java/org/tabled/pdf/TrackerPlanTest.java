package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.OutcomeId;
import org.tabled.publish.Audience;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.testing.Fixtures;
import org.tabled.validate.Validator;
import org.tabled.view.PageWords;

/** Which pack prints each tracker response, on the example council, without rendering anything. */
class TrackerPlanTest {

  private static final CommitteeId CHILDREN = new CommitteeId("children-scrutiny");

  private static PublishedCouncil example(LocalDate asOf) {
    Path content = Fixtures.projectDir().resolve("content");
    Diagnostics d = new Diagnostics();
    var council = Validator.validate(Loader.load(content, Fixtures.projectDir(), d), d);
    var resolved = Resolver.resolve(council, new MarkdownEngine(content), d);
    assertTrue(!d.hasErrors(), d.toString());
    return Publication.select(resolved, Audience.PUBLIC, asOf);
  }

  private static TrackerPlan plan(PublishedCouncil pub) {
    Set<MeetingId> packs = new LinkedHashSet<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (pub.isAgendaPublished(m.id())
            && m.status() != MeetingStatus.CANCELLED
            && !m.agenda().isEmpty()) {
          packs.add(m.id());
        }
      }
    }
    return TrackerPlan.of(pub, packs);
  }

  private static Optional<LocalDate> printedOn(TrackerPlan plan, String outcome) {
    return plan.printedIn(new OutcomeId(outcome)).map(p -> p.pack().date());
  }

  @Test
  void aResponseIsPrintedInTheFirstTrackerPackPublishedAfterItArrived() {
    TrackerPlan plan = plan(example(LocalDate.of(2026, 11, 23)));
    // made on 10 March, received 21 April: the July pack (published 6 July) is the first tracker
    // after it
    assertEquals(
        Optional.of(LocalDate.of(2026, 7, 14)), printedOn(plan, "fh-evening-weekend-sessions"));
    // made on 14 July, received 30 July: the September pack (published 14 September)
    assertEquals(Optional.of(LocalDate.of(2026, 9, 22)), printedOn(plan, "youth-voice-task-group"));
    // received 18 September, after the September agenda was published: December, the next tracker
    assertEquals(
        Optional.of(LocalDate.of(2026, 12, 1)), printedOn(plan, "send-travel-post16-contribution"));
    // received on the day the December agenda was published: "on or after" takes that pack
    assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), printedOn(plan, "hnb-tribunal-appeals"));
    // no response: printed nowhere
    assertEquals(Optional.empty(), printedOn(plan, "hnb-inclusion-fund"));
    assertEquals(
        "1",
        plan.trackerOf(new MeetingId(CHILDREN, LocalDate.of(2026, 12, 1))).orElseThrow().label());
    assertEquals(
        "2",
        plan.trackerOf(new MeetingId(CHILDREN, LocalDate.of(2026, 7, 14))).orElseThrow().label());
  }

  @Test
  void onlyPacksTheBuildMakesCount() {
    // On 1 November the December agenda is not published: a response received in October waits.
    TrackerPlan plan = plan(example(LocalDate.of(2026, 11, 1)));
    assertEquals(Optional.empty(), printedOn(plan, "school-places-year7-information"));
    assertEquals(
        Optional.of(LocalDate.of(2026, 7, 14)), printedOn(plan, "fh-evening-weekend-sessions"));
  }

  @Test
  void pageListsAreWrittenAsCouncilsWriteThem() {
    assertEquals("page 5", PageWords.pages(5, 5));
    assertEquals("pages 4 & 5", PageWords.pages(4, 5));
    assertEquals("pages 2, 3 & 4", PageWords.pages(2, 4));
  }
}
