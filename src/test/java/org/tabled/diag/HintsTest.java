package org.tabled.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tabled.source.SourcePos;

class HintsTest {

  @Test
  void suggestsCloseSpellingsOnly() {
    List<String> keys = List.of("title", "purpose", "officer", "members", "chair_title");
    assertEquals(" (did you mean 'title'?)", Hints.didYouMean("titel", keys));
    assertEquals(" (did you mean 'members'?)", Hints.didYouMean("memebrs", keys));
    assertEquals(" (did you mean 'officer'?)", Hints.didYouMean("Officer", keys));
    assertEquals("", Hints.didYouMean("favourite_colour", keys));
    assertEquals("", Hints.didYouMean("x", keys));
  }

  @Test
  void transpositionCountsAsOneEdit() {
    assertEquals(1, Hints.distance("hled", "held"));
    assertEquals(3, Hints.distance("kitten", "sitting"));
  }

  @Test
  void diagnosticsAreSortedDeduplicatedAndCapped() {
    Diagnostics d = new Diagnostics(2);
    d.error(new SourcePos("b.yaml", 1, 1), "second");
    d.error(new SourcePos("a.yaml", 5, 2), "first");
    d.error(new SourcePos("a.yaml", 5, 2), "first");
    d.error(new SourcePos("c.yaml", 1, 1), "dropped");
    assertEquals(
        List.of("a.yaml:5:2: error: first", "b.yaml:1:1: error: second"),
        d.all().stream().map(Diagnostic::format).toList());
    assertEquals(3, d.errorCount());
  }
}
