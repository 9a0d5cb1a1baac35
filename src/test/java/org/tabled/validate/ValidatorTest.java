package org.tabled.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.testing.Fixtures;

/**
 * The validate stage on its own: loaded content in, the immutable model and every problem out. Each
 * case edits one file of a copy of the minimal council, so that a failure names the rule.
 */
class ValidatorTest {

  private static final MeetingId MARCH =
      new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 3, 11));

  @TempDir Path root;

  private Path content() throws IOException {
    Path c = root.resolve("content");
    if (!Files.isDirectory(c)) {
      Fixtures.copy(Fixtures.fixture("minimal"), c);
    }
    return c;
  }

  private Council validate(Diagnostics d) throws IOException {
    return Validator.validate(Loader.load(content(), root, d), d);
  }

  private void edit(String file, String from, String to) throws IOException {
    Path f = content().resolve(file);
    String text = Files.readString(f);
    assertTrue(text.contains(from), file + " should contain " + from);
    Files.writeString(f, text.replace(from, to));
  }

  private static List<String> errors(Diagnostics d) {
    return d.all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void theMinimalCouncilBecomesTheModelWithoutProblems() throws IOException {
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    assertEquals(List.of(), errors(d));
    Meeting march = c.meeting(MARCH).orElseThrow();
    assertEquals(4, march.agenda().size());
    assertTrue(march.item(4).orElseThrow().isExempt(), "item 4 is Part 2");
    assertTrue(march.paper(new PaperId("fees-review")).isPresent());
    assertEquals(LocalDate.of(2025, 1, 14), march.item(2).orElseThrow().minutesOf().orElseThrow());
  }

  @Test
  void anEmptyExemptionIsAnErrorAtItsKeyAndNeverReadAsPublic() throws IOException {
    edit("committees/audit/meetings/2025-03-11/meeting.yaml", "    exempt: 1\n", "    exempt:\n");
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).startsWith("content/committees/audit/meetings/2025-03-11/meeting.yaml:"),
        errors.get(0));
    assertTrue(errors.get(0).contains("'exempt' has no value"), errors.get(0));
    c.meeting(MARCH)
        .flatMap(m -> m.item(4))
        .ifPresent(i -> assertTrue(i.isExempt(), "read as restricted"));
  }

  @Test
  void anUnknownKeyIsNamedWithTheKeyItWasMeantToBe() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "    title: Fees review\n",
        "    titel: Fees review\n");
    Diagnostics d = new Diagnostics();
    validate(d);
    String all = String.join("\n", errors(d));
    assertTrue(all.contains("'titel'"), all);
    assertTrue(all.contains("did you mean 'title'"), all);
  }

  @Test
  void aReferenceToAPersonWhoDoesNotExistIsReportedWhereItIsWritten() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/papers/fees-review/paper.md",
        "author: ed-fenwick",
        "author: ed-fenwik");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .get(0)
            .startsWith(
                "content/committees/audit/meetings/2025-03-11/papers/fees-review/paper.md:4:"),
        errors.get(0));
    assertTrue(errors.get(0).contains("ed-fenwick"), "with a hint: " + errors.get(0));
  }

  @Test
  void aDateThatDoesNotExistAndAnOutOfOrderAgendaAreBothReported() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "published: 2025-03-03",
        "published: 2025-02-30");
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "  - number: 3\n    title: Fees review",
        "  - number: 5\n    title: Fees review");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertTrue(errors.size() >= 2, "all problems at once: " + errors);
    assertTrue(errors.stream().anyMatch(e -> e.contains("2025-02-30")), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("number")), errors.toString());
  }

  @Test
  void theReservedPaperIdIsRefused() throws IOException {
    Path from = content().resolve("committees/audit/meetings/2025-03-11/papers/fees-review");
    Files.move(from, from.resolveSibling("minutes"));
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "papers: [fees-review]",
        "papers: [minutes]");
    Diagnostics d = new Diagnostics();
    validate(d);
    assertFalse(errors(d).isEmpty());
    assertTrue(errors(d).stream().anyMatch(e -> e.contains("minutes")), errors(d).toString());
  }

  @Test
  void aMistypedOrRepeatedCabinetMemberInAListIsAnErrorAtItsPlace() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/papers/fees-review/paper.md",
        "cabinet_member: ben-tran",
        "cabinet_member: [ben-tran, ben-tarn, ben-tran]");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("did you mean 'ben-tran'"), errors.get(0));
    assertTrue(errors.get(1).contains("'ben-tran' is named twice"), errors.get(1));
    assertTrue(
        errors
            .get(1)
            .startsWith(
                "content/committees/audit/meetings/2025-03-11/papers/fees-review/paper.md:"),
        errors.get(1));
  }

  @Test
  void aLeadIsAKnownPersonOrWrittenAsTextNeverAMistypedIdTakenAsWords() throws IOException {
    Path wp = content().resolve("committees/audit/work-programme/2025-26.yaml");
    Files.createDirectories(wp.getParent());
    Files.writeString(
        wp,
        "meetings:\n"
            + "  - date: 2025-06-10\n"
            + "    topics:\n"
            + "      - title: Fees\n"
            + "        leads: [ben-tarn, Director of Housing, {text: Riverside Police}, {text: Riverside Police}]\n");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("did you mean 'ben-tran'"), errors.get(0));
    assertTrue(errors.get(1).contains("'Director of Housing' is not a person id"), errors.get(1));
    assertTrue(errors.get(1).contains("text: Director of Housing"), errors.get(1));
    assertTrue(errors.get(2).contains("named twice"), errors.get(2));
    assertTrue(
        errors.get(0).startsWith("content/committees/audit/work-programme/2025-26.yaml:5:"),
        errors.get(0));
  }

  @Test
  void anOutcomeIdUsedByTwoCommitteesIsReportedAtTheLaterOneWhicheverThreadReadItFirst()
      throws IOException {
    Path audit = content().resolve("committees/audit");
    for (String copy : List.of("audit-copy", "zeta")) { // read beside audit, on other threads
      Fixtures.copy(audit, content().resolve("committees/" + copy));
    }
    String minutes = "committees/%s/meetings/2025-01-14/minutes.md:17:9";
    String expected =
        "content/"
            + minutes.formatted("audit-copy")
            + ": error: outcome id 'audit-fees-report' is already used at content/"
            + minutes.formatted("audit");
    List<String> first = null;
    for (int run = 0; run < 5; run++) {
      Diagnostics d = new Diagnostics(10_000);
      validate(d);
      List<String> errors = errors(d);
      assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), errors.toString());
      assertTrue(
          errors.stream()
              .anyMatch(
                  e ->
                      e.startsWith("content/" + minutes.formatted("zeta"))
                          && e.contains("already used at content/" + minutes.formatted("audit"))),
          errors.toString());
      assertFalse(
          errors.stream()
              .anyMatch(e -> e.startsWith("content/" + minutes.formatted("audit") + ": error")),
          "the first use is not the one reported: " + errors);
      if (first == null) {
        first = errors;
      } else {
        assertEquals(first, errors, "the same problems, in the same order, on every run");
      }
    }
  }
}
