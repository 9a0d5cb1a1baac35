package org.tabled.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.Interest;
import org.tabled.model.InterestCategory;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.Register;
import org.tabled.source.SourcePos;
import org.tabled.testing.Fixtures;

/**
 * The register of interests in {@code people/ID.yaml}, whole-meeting declarations in minutes and
 * the {@code schedule_of_interests} item option, as the validate stage reads them: what a careless
 * author writes is reported where it is written, and a sensitive interest's details never reach the
 * model, whatever the file holds.
 */
class RegisterOfInterestsTest {

  private static final String ADA = "people/ada-okafor.yaml";
  private static final PersonId ADA_ID = new PersonId("ada-okafor");
  private static final String CANARY = "CANARY-7f3a";

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

  private void append(String file, String text) throws IOException {
    Path f = content().resolve(file);
    Files.writeString(f, Files.readString(f) + text);
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

  private static Optional<Register> register(Council c) {
    return c.person(ADA_ID).orElseThrow().register();
  }

  @Test
  void aRegisterIsReadWithItsCategoriesDatesAndSpouseFlag() throws IOException {
    append(
        ADA,
        """
        interests_updated: 2025-01-06
        interests:
          - category: employment
            organisation: North Ward Credit Union
            nature: Manager
            from: 2019-02-04
          - category: corporate-tenancies
            organisation: Unit 3, Town Yard
            nature: Tenant
            from: 2020-01-01
            spouse_or_partner: true
          - category: other
            organisation: North Bowls Club
            nature: Secretary
            from: 2015-01-01
            to: 2024-12-31
        """);
    Diagnostics d = new Diagnostics();
    Register r = register(validate(d)).orElseThrow();
    assertEquals(List.of(), errors(d));
    assertEquals(Optional.of(LocalDate.of(2025, 1, 6)), r.updated());
    assertEquals(3, r.entries().size());
    Interest tenancy = r.entries().get(1);
    assertEquals(Optional.of(InterestCategory.CORPORATE_TENANCIES), tenancy.category());
    assertTrue(tenancy.spouseOrPartner());
    assertEquals("Corporate tenancies", tenancy.category().get().label());
    assertEquals(2, r.heldOn(LocalDate.of(2025, 1, 6)).size(), "the ended interest is not held");
    assertEquals(3, r.heldOn(LocalDate.of(2024, 12, 31)).size(), "held on its last day");
  }

  @Test
  void anEmptyRegisterIsNotTheSameAsNoRegister() throws IOException {
    Diagnostics d = new Diagnostics();
    assertEquals(Optional.empty(), register(validate(d)), "no key: no register");
    append(ADA, "interests: []\n");
    Diagnostics d2 = new Diagnostics();
    Register r = register(validate(d2)).orElseThrow();
    assertEquals(List.of(), errors(d2));
    assertTrue(r.entries().isEmpty());
  }

  @Test
  void anEmptyValueOrAnUpdateWithoutARegisterIsAnError() throws IOException {
    append(ADA, "interests:\n");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("content/" + ADA + ":5:"), errors.get(0));
    assertTrue(errors.get(0).contains("'interests' has no value"), errors.get(0));

    edit(ADA, "interests:\n", "interests_updated: 2025-01-06\n");
    Diagnostics d2 = new Diagnostics();
    validate(d2);
    String all = String.join("\n", errors(d2));
    assertTrue(all.contains("'interests_updated' is given but there is no 'interests' list"), all);
  }

  @Test
  void anUnknownCategoryIsAnErrorThatSuggestsTheNearest() throws IOException {
    append(
        ADA,
        """
        interests:
          - category: contract
            organisation: Town Cleaning Ltd
            from: 2020-01-01
        """);
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("content/" + ADA + ":6:"), errors.get(0));
    assertTrue(errors.get(0).contains("did you mean 'contracts'"), errors.get(0));
  }

  @Test
  void endBeforeStartMissingOrganisationAndDuplicatesAreErrorsWhereWritten() throws IOException {
    append(
        ADA,
        """
        interests:
          - category: land
            organisation: 2 Mill Lane
            from: 2020-01-01
            to: 2019-12-31
          - category: securities
            nature: Shareholder
            from: 2020-01-01
          - category: other
            organisation: North Bowls Club
            from: 2015-01-01
          - category: other
            organisation: north bowls club
            from: 2015-01-01
        """);
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("content/" + ADA + ":9:"), errors.get(0));
    assertTrue(errors.get(0).contains("'to' is before 'from'"), errors.get(0));
    assertTrue(errors.get(1).startsWith("content/" + ADA + ":10:"), errors.get(1));
    assertTrue(errors.get(1).contains("missing required key 'organisation'"), errors.get(1));
    assertTrue(errors.get(2).startsWith("content/" + ADA + ":16:"), errors.get(2));
    assertTrue(errors.get(2).contains("repeats the one at line 13"), errors.get(2));
  }

  @Test
  void aSensitiveInterestKeepsNoDetailsInTheModel() throws IOException {
    append(
        ADA,
        """
        interests:
          - category: land
            organisation: %s address
            nature: %s nature
            from: 2020-01-01
            spouse_or_partner: true
            sensitive: true
        """
            .formatted(CANARY, CANARY));
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    assertEquals(List.of(), errors(d));
    Interest i = register(c).orElseThrow().entries().get(0);
    assertTrue(i.sensitive());
    assertEquals(Optional.empty(), i.category(), "not even the category");
    assertFalse(c.person(ADA_ID).orElseThrow().toString().contains(CANARY));
    assertFalse(c.toString().contains(CANARY), "nowhere in the council");
  }

  @Test
  void aSensitiveFlagWithoutAValidValueIsAnErrorReadAsSensitive() throws IOException {
    for (String value : List.of("", " maybe", " ~", " [true]")) {
      Path fresh = root.resolve("content");
      if (Files.isDirectory(fresh)) {
        try (var s = Files.walk(fresh)) {
          s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      append(
          ADA,
          """
          interests:
            - category: land
              organisation: %s address
              from: 2020-01-01
              sensitive:%s
          """
              .formatted(CANARY, value));
      Diagnostics d = new Diagnostics();
      Council c = validate(d);
      List<String> errors = errors(d);
      assertEquals(1, errors.size(), "sensitive:" + value + " " + errors);
      assertTrue(errors.get(0).startsWith("content/" + ADA + ":9:"), errors.get(0));
      Interest i = register(c).orElseThrow().entries().get(0);
      assertTrue(i.sensitive(), "sensitive:" + value + " is read as sensitive");
      assertFalse(c.toString().contains(CANARY), "sensitive:" + value);
    }
  }

  @Test
  void theModelRefusesASensitiveEntryWithDetails() {
    SourcePos pos = SourcePos.file("people/x.yaml");
    LocalDate day = LocalDate.of(2020, 1, 1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Interest(
                Optional.of(InterestCategory.LAND),
                "",
                "",
                day,
                Optional.empty(),
                false,
                true,
                pos));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Interest(Optional.empty(), "x", "", day, Optional.empty(), false, true, pos));
  }

  @Test
  void datesAfterTheBuildsDayAreErrors() throws IOException {
    append(
        ADA,
        """
        interests_updated: 2025-03-01
        interests:
          - category: land
            organisation: 2 Mill Lane
            from: 2025-02-01
          - category: other
            organisation: North Bowls Club
            from: 2015-01-01
            to: 2025-02-20
        """);
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    assertEquals(List.of(), errors(d));
    Registers.check(c, LocalDate.of(2025, 3, 1), d);
    assertEquals(List.of(), errors(d), "nothing after the day itself");
    Registers.check(c, LocalDate.of(2025, 1, 31), d);
    List<String> errors = errors(d);
    assertEquals(3, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("content/" + ADA + ":5:"), errors.get(0));
    assertTrue(
        errors.get(0).contains("updated on 2025-03-01, after the build's day"), errors.get(0));
    assertTrue(errors.get(1).contains("held from 2025-02-01"), errors.get(1));
    assertTrue(errors.get(2).contains("ends on 2025-02-20"), errors.get(2));
  }

  @Test
  void aDeclarationWithoutAnItemConcernsTheWholeMeeting() throws IOException {
    String minutes = "committees/audit/meetings/2025-01-14/minutes.md";
    edit(
        minutes,
        "    interest: A relative works for the external auditor.\n",
        "    interest: A relative works for the external auditor.\n"
            + "  - person: gus-hale\n"
            + "    interest: He chairs a body the whole agenda concerns.\n"
            + "  - person: gus-hale\n"
            + "    item: 9\n"
            + "    interest: Not an item of this agenda.\n");
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("there is no agenda item 9"), errors.get(0));
    List<Minutes.Declaration> decs =
        c.meeting(new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 1, 14)))
            .orElseThrow()
            .minutes()
            .orElseThrow()
            .declarations();
    assertEquals(2, decs.size());
    assertEquals(Optional.of(3), decs.get(0).item());
    assertEquals(Optional.empty(), decs.get(1).item());
  }

  @Test
  void aScheduleOfInterestsIsNotPrintedUnderAPart2Item() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "    exempt: 1\n",
        "    exempt: 1\n    schedule_of_interests: true\n");
    Diagnostics d = new Diagnostics();
    validate(d);
    List<String> errors = errors(d);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("a schedule of interests is public"), errors.get(0));
  }

  @Test
  void theScheduleOptionIsReadAndDefaultsToFalse() throws IOException {
    edit(
        "committees/audit/meetings/2025-03-11/meeting.yaml",
        "    title: Membership\n",
        "    title: Membership\n    schedule_of_interests: true\n");
    Diagnostics d = new Diagnostics();
    Council c = validate(d);
    assertEquals(List.of(), errors(d));
    var m =
        c.meeting(new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 3, 11))).orElseThrow();
    assertTrue(m.item(1).orElseThrow().scheduleOfInterests());
    assertFalse(m.item(2).orElseThrow().scheduleOfInterests());
  }

  @Test
  void aPersonWithoutARegisterHasNone() throws IOException {
    Diagnostics d = new Diagnostics();
    Person p = validate(d).person(new PersonId("ed-fenwick")).orElseThrow();
    assertEquals(Optional.empty(), p.register());
  }
}
