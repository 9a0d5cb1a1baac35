package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class TermsTest {

  private final Terms terms = new Terms();

  /** Snowball's own test vocabulary for the English stemmer, with the stems it must give. */
  static List<String[]> snowballVocabulary() throws Exception {
    List<String[]> out = new ArrayList<>();
    try (var in = TermsTest.class.getResourceAsStream("/search/snowball-english.tsv.gz");
        var r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  @Test
  void theStemmerGivesSnowballsExpectedStemForEveryWordOfItsVocabulary() throws Exception {
    List<String[]> voc = snowballVocabulary();
    assertEquals(42_603, voc.size());
    List<String> wrong = new ArrayList<>();
    for (String[] w : voc) {
      String stem = terms.stem(w[0]);
      if (!stem.equals(w[1])) {
        wrong.add(w[0] + " -> " + stem + ", expected " + w[1]);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void wholeWordsOnly() {
    assertEquals(List.of("cabinet"), terms.terms("Cabinet"));
    assertEquals(List.of("parent"), terms.terms("parent"));
    assertEquals(List.of("care"), terms.terms("care"));
    assertNotEquals(terms.term("bin"), terms.term("Cabinet"));
    assertNotEquals(terms.term("rent"), terms.term("parent"));
    assertNotEquals(terms.term("car"), terms.term("care"));
  }

  @Test
  void wordsWithOtherEndingsShareATerm() {
    String t = terms.term("recommendation");
    for (String w : List.of("recommendations", "Recommendations", "RECOMMENDATION")) {
      assertEquals(t, terms.term(w), w);
    }
    assertEquals(terms.term("inspection"), terms.term("inspections"));
    assertEquals(terms.term("bins"), terms.term("bin"));
    assertEquals(terms.term("rented"), terms.term("renting"));
  }

  @Test
  void apostrophesInsideWordsStayAndPossessivesGo() {
    assertEquals(List.of("council", "budget"), terms.terms("the council’s budget".substring(4)));
    assertEquals(List.of("member", "allow"), terms.terms("members' allowances"));
    assertEquals(List.of("obrien"), terms.terms("O’Brien"));
    assertEquals(List.of("dont", "know"), terms.terms("don't know"));
    assertEquals(List.of("quot", "a"), terms.terms("'quot' 'a'"));
  }

  @Test
  void numbersKeepTheirPointsAndLoseTheirCommas() {
    assertEquals(
        List.of("1000", "4.5", "2026", "27", "3.4"), terms.terms("£1,000; 4.5%: 2026-27, 3.4."));
    assertEquals(List.of("1", "2"), terms.terms("1, 2"));
  }

  @Test
  void hyphensSplitWords() {
    assertEquals(List.of("larkspur", "canari", "5531"), terms.terms("LARKSPUR-CANARY-5531"));
    assertEquals(List.of("fli", "tip"), terms.terms("fly-tipping"));
  }

  @Test
  void accentsAndCompatibilityFormsAreFolded() {
    assertEquals(terms.terms("cafe naive"), terms.terms("café naïve"));
    assertEquals(terms.terms("cafe"), terms.terms("cafe\u0301")); // combining accent
    assertEquals(List.of("offic"), terms.terms("o\uFB03ce")); // the "ffi" ligature
    assertEquals(
        List.of("a"), terms.terms("\uD835\uDC00")); // mathematical bold capital A, a surrogate pair
  }

  @Test
  void tokensHaveTheirPlaceInTheText() {
    List<Terms.Token> t = terms.tokens("  The bins, emptied.");
    assertEquals(
        List.of(
            new Terms.Token(2, 5, "the"),
            new Terms.Token(6, 10, "bin"),
            new Terms.Token(12, 19, "empti")),
        t);
  }

  @Test
  void overlongRunsAndSymbolsAreNotWords() {
    assertEquals(List.of("ok"), terms.terms("a".repeat(Terms.MAX_LENGTH + 1) + " ok"));
    assertEquals(1, terms.terms("a".repeat(Terms.MAX_LENGTH)).size());
    assertEquals(List.of(), terms.terms("— … © ½ 😀 <> \uD800"));
    assertTrue(terms.terms("").isEmpty());
  }
}
