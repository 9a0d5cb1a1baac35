package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tabled.model.Council;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * "Name, role on the day": one wording for cover sheets, trackers and work programmes, web and
 * print.
 */
class NamesTest {

  private static Person person(String id) {
    Council c = Councils.resolved(Fixtures.fixture("golden")).council();
    return c.person(new PersonId(id)).orElseThrow();
  }

  @Test
  void aCouncillorWithAPortfolioAndAnOfficerWithAJob() {
    assertEquals(
        "Councillor Finn Lowry, Cabinet Member for Finance",
        Names.Named.on(person("finn-lowry"), LocalDate.of(2025, 3, 4)).label());
    assertEquals(
        "Tomas Reyes, " + person("tomas-reyes").jobTitle(),
        Names.Named.on(person("tomas-reyes"), LocalDate.of(2025, 3, 4)).label());
  }

  @Test
  void aCouncillorWithNoRoleIsNamedAlone() {
    assertEquals(
        "Councillor Cora Vance",
        Names.Named.on(person("cora-vance"), LocalDate.of(2025, 3, 4)).label());
    assertEquals("", Names.Named.on(person("cora-vance"), LocalDate.of(2025, 3, 4)).role());
  }
}
