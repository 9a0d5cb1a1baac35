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

  private static Council example() {
    Diagnostics d = new Diagnostics();
    return Validator.validate(
        Loader.load(Fixtures.projectDir().resolve("content"), Fixtures.projectDir(), d), d);
  }

  /** {@code sorted} as the validator orders it, reversed, rotated, and its second alone. */
  private static <T> List<List<T>> orders(List<T> sorted) {
    List<T> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    List<T> rotated = new ArrayList<>(sorted);
    Collections.rotate(rotated, 1);
    return List.of(sorted, reversed, rotated, List.of(sorted.get(1)));
  }

  @Test
  void aMeetingIsFoundByItsDateInDateOrderAndInAnyOther() {
    Council council = example();
    Committee c =
        council.committees().stream()
            .filter(x -> x.meetings().size() >= 3)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the example has a committee of 3 meetings"));
    List<Meeting> sorted = c.meetings();
    for (List<Meeting> order : orders(sorted)) {
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
    Council council = example();
    List<Person> sorted = council.people();
    assertTrue(sorted.size() >= 3, "the example names several people");
    for (List<Person> order : orders(sorted)) {
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

  private record Keyed(int key, String name) {}

  @Test
  void ofSeveralWithTheSameKeyTheFirstIsFoundAsOneByOneWouldFindIt() {
    List<Keyed> sorted =
        List.of(
            new Keyed(1, "a"),
            new Keyed(2, "first"),
            new Keyed(2, "second"),
            new Keyed(2, "third"),
            new Keyed(2, "fourth"),
            new Keyed(3, "z"));
    assertEquals("first", Lookup.first(sorted, Keyed::key, 2).orElseThrow().name());
    List<Keyed> unsorted = List.of(new Keyed(3, "z"), new Keyed(2, "early"), new Keyed(2, "late"));
    assertEquals("early", Lookup.first(unsorted, Keyed::key, 2).orElseThrow().name());
    assertTrue(Lookup.first(sorted, Keyed::key, 4).isEmpty());
    assertTrue(Lookup.first(List.<Keyed>of(), Keyed::key, 1).isEmpty());
  }
}
