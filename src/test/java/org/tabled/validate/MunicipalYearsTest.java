package org.tabled.validate;

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
import org.tabled.format.Dates;
import org.tabled.load.Loader;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.HouseStyle;
import org.tabled.testing.Fixtures;

/**
 * Where municipal years start (issue 12 §3): the yearly day, the starts a council names ({@code
 * municipal_years}) or its annual meetings ({@code annual: true}), one decision for every year
 * computed, including the bounds of a work programme, which may plan a meeting in the first weeks
 * of the next year.
 */
class MunicipalYearsTest {

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

  private void programme(String year, String... dates) throws IOException {
    StringBuilder s = new StringBuilder("meetings:\n");
    for (String date : dates) {
      s.append("  - date: ")
          .append(date)
          .append("\n    topics:\n      - title: A topic\n        purpose: To look at it.\n");
    }
    Path f = content().resolve("committees/audit/work-programme/" + year + ".yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, s.toString());
  }

  private static List<String> errors(Diagnostics d) {
    return d.all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void aProgrammeMayPlanAMeetingInTheFirstWeeksOfTheNextYearButNoLater() throws IOException {
    programme("2024-25", "2025-01-14", "2025-03-11", "2025-06-10");
    programme("2025-26", "2025-07-15", "2026-06-30");
    Diagnostics d = new Diagnostics();
    Council council = validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors.get(0).contains("2026-06-30 is outside the municipal year 2025-26"),
        errors.toString());
    assertTrue(errors.get(0).contains("up to 2026-06-11"), errors.toString());
    assertEquals(
        "2024-25",
        council.committee(new CommitteeId("audit")).orElseThrow().workProgrammes().get(0).year());
  }

  @Test
  void anAnnualMeetingStartsAMunicipalYearEverywhere() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "status: scheduled",
        "status: scheduled\nannual: true");
    // The year 2024-25 now ends on 10 March 2025: a meeting planned in it for 10 June is too late.
    programme("2024-25", "2025-01-14", "2025-06-10");
    Diagnostics d = new Diagnostics();
    Council council = validate(d);
    HouseStyle hs = council.site().houseStyle();
    assertEquals(List.of(LocalDate.of(2025, 3, 11)), hs.yearStarts());
    assertEquals("2024-25", Dates.municipalYear(LocalDate.of(2025, 3, 10), hs));
    assertEquals("2025-26", Dates.municipalYear(LocalDate.of(2025, 3, 11), hs));
    assertEquals("2025-26", Dates.municipalYear(LocalDate.of(2026, 4, 30), hs));
    assertEquals("2026-27", Dates.municipalYear(LocalDate.of(2026, 5, 1), hs));
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .get(0)
            .contains(
                "2025-06-10 is outside the municipal year 2024-25 (2024-05-01 to 2025-03-10)"),
        errors.toString());
  }

  @Test
  void annualMustBeTrueOrFalse() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "status: scheduled",
        "status: scheduled\nannual: sometimes");
    Diagnostics d = new Diagnostics();
    Council council = validate(d);
    assertTrue(council.site().houseStyle().yearStarts().isEmpty());
    assertTrue(errors(d).stream().anyMatch(e -> e.contains("'annual'")), "reported: " + errors(d));
  }

  @Test
  void namedYearStartsComeFromSiteYaml() throws IOException {
    edit(
        "site.yaml",
        "chief_executive: fay-gill",
        "chief_executive: fay-gill\nhouse_style:\n  municipal_years: [2024-05-22, 2025-05-21]");
    Diagnostics d = new Diagnostics();
    Council council = validate(d);
    assertTrue(errors(d).isEmpty(), errors(d).toString());
    HouseStyle hs = council.site().houseStyle();
    assertEquals("2024-25", Dates.municipalYear(LocalDate.of(2025, 5, 20), hs));
    assertEquals("2025-26", Dates.municipalYear(LocalDate.of(2025, 5, 21), hs));
  }
}
