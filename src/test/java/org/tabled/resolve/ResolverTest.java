package org.tabled.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.MeetingId;
import org.tabled.testing.Fixtures;
import org.tabled.validate.Validator;

/**
 * The resolve stage on its own: references between documents are checked against the whole council,
 * with hints, and the minutes chain is worked out.
 */
class ResolverTest {

  private static final CommitteeId AUDIT = new CommitteeId("audit");

  @TempDir Path root;

  private ResolvedCouncil resolve(Diagnostics d) throws IOException {
    Path c = content();
    Council council = Validator.validate(Loader.load(c, root, d), d);
    assertEquals(List.of(), errors(d), "the content itself is valid");
    return Resolver.resolve(council, new MarkdownEngine(c), d);
  }

  private Path content() throws IOException {
    Path c = root.resolve("content");
    if (!Files.isDirectory(c)) {
      Fixtures.copy(Fixtures.fixture("minimal"), c);
    }
    return c;
  }

  private void append(String file, String text) throws IOException {
    Path f = content().resolve(file);
    Files.writeString(f, Files.readString(f) + text);
  }

  private static List<String> errors(Diagnostics d) {
    return d.all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void theMinimalCouncilResolvesAndItsMinutesAreApprovedAtTheNextMeeting() throws IOException {
    Diagnostics d = new Diagnostics();
    ResolvedCouncil r = resolve(d);
    assertEquals(List.of(), errors(d));
    assertEquals(
        new MeetingId(AUDIT, LocalDate.of(2025, 3, 11)),
        r.minutesApprovedAt(new MeetingId(AUDIT, LocalDate.of(2025, 1, 14))).orElseThrow());
  }

  @Test
  void aReferenceToAPaperThatDoesNotExistIsAnErrorWithAHint() throws IOException {
    append(
        "committees/audit/meetings/2025-03-11/papers/fees-review/paper.md",
        "\nSee [[paper:anual-report]] for last year.\n");
    Diagnostics d = new Diagnostics();
    resolve(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .get(0)
            .startsWith(
                "content/committees/audit/meetings/2025-03-11/papers/fees-review/paper.md:"),
        errors.get(0));
    assertTrue(errors.get(0).contains("annual-report"), "did you mean: " + errors.get(0));
  }

  @Test
  void publicTextMayNotReferToAPart2Paper() throws IOException {
    append(
        "committees/audit/meetings/2025-03-11/papers/fees-review/paper.md",
        "\nThe staffing matter is in [[paper:staff-case]].\n");
    Diagnostics d = new Diagnostics();
    resolve(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("staff-case"), errors.get(0));
  }

  @Test
  void everyBrokenReferenceIsReportedAtOnce() throws IOException {
    append(
        "committees/audit/meetings/2025-03-11/papers/fees-review/paper.md",
        "\n[[paper:nope-one]] and [[appendix:9]] and [[paper:nope-two]].\n");
    Diagnostics d = new Diagnostics();
    resolve(d);
    assertEquals(3, errors(d).size(), errors(d).toString());
  }
}
