package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.model.CommitteeId;
import org.tabled.model.TrackerStatus;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;
import org.tabled.validate.Validator;

/**
 * Outcomes that share one response ({@code also_answers}): one tracker row citing each, counted one
 * by one (issue 12 §5), and the ways an author can get the grouping wrong.
 */
class TrackerRowsTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");
  private static final String RESPONSE = "committees/audit/tracker/audit-refinancing-options.md";
  private static final CommitteeId AUDIT = new CommitteeId("audit");

  private static Path grouped(String also) {
    return Councils.edited(
        GOLDEN,
        RESPONSE,
        "received: 2025-04-02\n",
        "received: 2025-04-02\nalso_answers: " + also + "\n");
  }

  private static List<String> errors(Path content) {
    Diagnostics d = new Diagnostics();
    Validator.validate(Loader.load(content, Fixtures.projectDir(), d), d);
    return d.all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void outcomesSharingAResponseAreOneRowCitingEachButCountOneByOne() {
    PublishedCouncil pub =
        Councils.publish(grouped("[audit-loan-schedule]"), LocalDate.of(2025, 6, 5));
    List<TrackerEntry> entries = Trackers.visible(pub, AUDIT);
    List<Trackers.Row> rows = Trackers.rows(entries);
    assertEquals(entries.size() - 1, rows.size(), "two entries became one row");
    Trackers.Row row = rows.stream().filter(r -> r.entries().size() == 2).findFirst().orElseThrow();
    assertEquals("audit-refinancing-options", row.first().outcome().id().value());
    assertEquals("audit-loan-schedule", row.entries().get(1).outcome().id().value());
    assertEquals("Recommendation 1 and Action 1", Trackers.type(pub, row));
    assertEquals("Recommendation and Action", Trackers.typeWords(row));
    List<String> details = Trackers.details(pub, row);
    assertTrue(
        details.get(0).startsWith("1. That the Cabinet Member considers"), details.toString());
    assertTrue(details.get(1).startsWith("1. The Head of Finance to send"), details.toString());
    // both outcomes have the response and its status; the totals count each
    assertEquals(TrackerStatus.IN_PROGRESS, row.entries().get(1).status());
    int total = Trackers.counts(entries).values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(entries.size(), total);
    PublishedCouncil apart = Councils.publish(GOLDEN, LocalDate.of(2025, 6, 5));
    assertEquals(
        Trackers.counts(Trackers.visible(apart, AUDIT)).get(TrackerStatus.IN_PROGRESS) + 1,
        Trackers.counts(entries).get(TrackerStatus.IN_PROGRESS),
        "the action shares the recommendation's status, and counts");
  }

  @Test
  void anOlderPackBeforeTheResponseArrivedListsThemApartAsOpen() {
    PublishedCouncil pub =
        Councils.publish(grouped("[audit-loan-schedule]"), LocalDate.of(2025, 6, 5));
    List<TrackerEntry> then =
        Trackers.asOf(pub, AUDIT, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 4, 1));
    assertEquals(then.size(), Trackers.rows(then).size(), "no response yet, nothing shared");
  }

  @Test
  void aGroupMustBeOfOneItemNamedOnceAndAnsweredOnce() throws IOException {
    List<String> wrongItem = errors(grouped("[audit-fraud-report-date]"));
    assertEquals(1, wrongItem.size(), wrongItem.toString());
    assertTrue(wrongItem.get(0).contains(RESPONSE + ":4:16: error: "), wrongItem.get(0));
    assertTrue(wrongItem.get(0).contains("agenda item 5 of 2025-03-04"), wrongItem.get(0));
    List<String> typo = errors(grouped("[audit-loan-schedul]"));
    assertEquals(1, typo.size(), typo.toString());
    assertTrue(typo.get(0).contains("did you mean 'audit-loan-schedule'"), typo.get(0));
    List<String> twice = errors(grouped("[audit-loan-schedule, audit-loan-schedule]"));
    assertEquals(1, twice.size(), twice.toString());
    assertTrue(twice.get(0).contains("named twice"), twice.get(0));
    List<String> self = errors(grouped("[audit-refinancing-options]"));
    assertEquals(1, self.size(), self.toString());
    // an outcome with a response file of its own cannot be answered again elsewhere
    Path both = grouped("[audit-loan-schedule]");
    Files.writeString(
        both.resolve("committees/audit/tracker/audit-loan-schedule.md"),
        "---\nstatus: open\nreceived: 2025-04-02\n---\n\nThe schedule is attached.\n");
    List<String> answeredTwice = errors(both);
    assertEquals(1, answeredTwice.size(), answeredTwice.toString());
    assertTrue(
        answeredTwice.get(0).contains("'audit-loan-schedule' already has a response, in"),
        answeredTwice.get(0));
  }
}
