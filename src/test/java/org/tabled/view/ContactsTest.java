package org.tabled.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;

/**
 * The committee officer as the committee page and the front sheet give them. The front sheet used
 * to fall back to the council's email for an officer with none, and the committee page to show no
 * email at all.
 */
class ContactsTest {

  private static final Path GOLDEN = Fixtures.fixture("golden");

  private static Contacts.Officer officer(Path content) {
    Council council = Councils.resolved(content).council();
    return Contacts.officer(council, council.committee(new CommitteeId("audit")).orElseThrow());
  }

  @Test
  void anOfficersOwnEmail() {
    Contacts.Officer o = officer(GOLDEN);
    assertEquals("Ines Marlow", o.name());
    assertEquals("Committee Officer", o.jobTitle());
    assertEquals("ines.marlow@fernbrook.example", o.email());
    assertEquals("01999 400 112", o.phone());
  }

  @Test
  void anOfficerWithNoEmailGivesTheCouncils() {
    Path noEmail =
        Councils.edited(
            GOLDEN, "people/ines-marlow.yaml", "email: ines.marlow@fernbrook.example\n", "");
    String council = Councils.resolved(noEmail).council().site().contact().email();
    assertFalse(council.isEmpty());
    assertEquals(council, officer(noEmail).email());
  }

  @Test
  void appendicesAreNamedOneWay() {
    assertEquals("Appendix 2", Appendices.name("2"));
  }
}
