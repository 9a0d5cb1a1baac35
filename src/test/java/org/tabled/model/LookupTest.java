package org.tabled.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.testing.Fixtures;
import org.tabled.validate.Validator;

/**
 * A committee's meeting on a date, and a person by id, are found whatever order they are listed in.
 */
class LookupTest {

  @Test
  void aMeetingIsFoundByItsDateInDateOrderAndInAnyOther() {
    Diagnostics d = new Diagnostics();
    Council council =
        Validator.validate(
            Loader.load(Fixtures.projectDir().resolve("content"), Fixtures.projectDir(), d), d);
    Committee c =
        council.committees().stream()
            .filter(x -> x.meetings().size() >= 3)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the example has a committee of 3 meetings"));
    List<Meeting> sorted = c.meetings();
    List<Meeting> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    List<Meeting> shuffled = new ArrayList<>(sorted);
    Collections.rotate(shuffled, 1);
    for (List<Meeting> order : List.of(sorted, reversed, shuffled, List.of(sorted.get(1)))) {
      Committee x = c.withMeetings(order);
      for (Meeting m : order) {
        assertEquals(m, x.meetingOn(m.date()).orElseThrow(), m.date() + " in " + order.size());
      }
      assertTrue(x.meetingOn(sorted.get(0).date().minusDays(1)).isEmpty(), "before them all");
      assertTrue(x.meetingOn(sorted.get(sorted.size() - 1).date().plusDays(1)).isEmpty(), "after");
    }
    assertTrue(c.withMeetings(List.of()).meetingOn(sorted.get(0).date()).isEmpty(), "none");
    assertEquals(c, council.committee(c.id()).orElseThrow());
    assertTrue(council.committee(new CommitteeId("no-such-committee")).isEmpty());
  }

  @Test
  void aPersonIsFoundByIdInIdOrderAndInAnyOther() {
    Diagnostics d = new Diagnostics();
    Council council =
        Validator.validate(
            Loader.load(Fixtures.projectDir().resolve("content"), Fixtures.projectDir(), d), d);
    List<Person> sorted = council.people();
    assertTrue(sorted.size() >= 3, "the example names several people");
    List<Person> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    List<Person> shuffled = new ArrayList<>(sorted);
    Collections.rotate(shuffled, 1);
    for (List<Person> order : List.of(sorted, reversed, shuffled, List.of(sorted.get(1)))) {
      Council x = new Council(council.site(), order, council.committees());
      for (Person p : order) {
        assertEquals(p, x.person(p.id()).orElseThrow(), p.id() + " in " + order.size());
      }
      assertTrue(x.person(new PersonId("")).isEmpty(), "before them all");
      assertTrue(x.person(new PersonId("zzzz-no-such-person")).isEmpty(), "after them all");
    }
    assertTrue(
        new Council(council.site(), List.of(), List.of()).person(sorted.get(0).id()).isEmpty());
  }
}
