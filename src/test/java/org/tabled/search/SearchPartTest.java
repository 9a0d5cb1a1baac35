package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

/**
 * An index joined from parts (a committee's documents each) is the index of all their documents,
 * byte for byte, whether each part was read from its documents or from the bytes a build kept of
 * it; kept bytes of other documents, or damaged, are refused.
 */
class SearchPartTest {

  /** Documents of three committees, with words shared between them and words of their own. */
  private static List<SearchDocument> archive() {
    List<SearchDocument> docs = new ArrayList<>();
    String[] committees = {"audit", "audit-and-risk", "planning"}; // "audit-…" sorts first
    Random random = new Random(7);
    for (int i = 0; i < 240; i++) {
      String c = committees[i % 3];
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 50 + random.nextInt(900); w++) {
        text.append(
                switch (random.nextInt(6)) {
                  case 0 -> "council";
                  case 1 -> "tax";
                  case 2 -> c;
                  case 3 -> "word" + random.nextInt(3000);
                  case 4 -> "Recommendations.";
                  default -> "the";
                })
            .append(' ');
      }
      docs.add(
          SearchIndexTest.doc(
              "committees/" + c + "/2026-0" + (1 + i % 9) + "-01/report-" + i + "/",
              "Report " + i + " on " + c,
              text.toString()));
    }
    Collections.shuffle(docs, new Random(3));
    return docs;
  }

  /** The parts of {@code docs} by committee, in order of their folders, each through {@code f}. */
  private static List<SearchPart> byCommittee(List<SearchDocument> docs, Reader f)
      throws IOException {
    Map<String, List<SearchDocument>> by = new TreeMap<>();
    for (SearchDocument d : docs) {
      by.computeIfAbsent("committees/" + d.path().split("/")[1] + "/", k -> new ArrayList<>())
          .add(d);
    }
    List<SearchPart> parts = new ArrayList<>();
    for (List<SearchDocument> part : by.values()) {
      parts.add(f.read(part));
    }
    return parts;
  }

  @FunctionalInterface
  private interface Reader {
    SearchPart read(List<SearchDocument> docs) throws IOException;
  }

  private static Map<String, String> joined(List<SearchPart> parts) {
    Map<String, String> files = new ConcurrentSkipListMap<>();
    int first = 0;
    for (SearchPart p : parts) {
      SearchIndex.writePassages(p, first, files::put);
      List<String> named = p.passageFiles(first);
      for (String f : named) {
        assertTrue(files.containsKey(f), "passage file named and written: " + f);
      }
      first += p.size();
    }
    SearchIndex.writeIndex(parts, files::put);
    return files;
  }

  @Test
  void partsReadOrKeptJoinIntoTheIndexOfAllTheirDocuments() throws IOException {
    List<SearchDocument> docs = archive();
    Map<String, String> whole = SearchIndexTest.files(docs);
    assertEquals(whole, joined(byCommittee(docs, SearchPart::of)), "joined from parts");
    assertEquals(
        whole,
        joined(byCommittee(docs, d -> SearchPart.decode(SearchPart.of(d).encode(), d))),
        "joined from parts kept as bytes and read back");
    // the parts' passage files are all the passage files, each named once
    List<String> named = new ArrayList<>();
    int first = 0;
    for (SearchPart p : byCommittee(docs, SearchPart::of)) {
      named.addAll(p.passageFiles(first));
      first += p.size();
    }
    assertEquals(
        whole.keySet().stream().filter(f -> f.startsWith("text/")).sorted().toList(),
        named.stream().sorted().toList());
  }

  @Test
  void aPartFromRememberedDocumentsIsThePartReadFromNothing() {
    List<SearchDocument> docs = archive();
    SearchPart.Memory memory = new SearchPart.Memory();
    memory.buildStarts();
    assertArrayEquals(SearchPart.of(docs).encode(), SearchPart.of(docs, memory).encode());
    Random r = new Random(11);
    for (int round = 0; round < 8; round++) {
      // a few documents edited, one replaced by another of a new path, as saves do
      docs = edited(docs, r, round, "");
      memory.buildStarts();
      SearchPart remembered = SearchPart.of(docs, memory);
      assertArrayEquals(SearchPart.of(docs).encode(), remembered.encode(), "round " + round);
      assertEquals(docs.size(), remembered.size());
    }
  }

  @Test
  void aPartFromTheLastBuildsPartIsThePartReadFromNothing() throws IOException {
    List<SearchDocument> docs = archive();
    // the last build's part as a later build reads it back: decoded from its bytes
    SearchPart previous = SearchPart.decode(SearchPart.of(docs).encode(), docs);
    assertArrayEquals(SearchPart.of(docs).encode(), SearchPart.of(docs, previous).encode());
    Random r = new Random(17);
    for (int round = 0; round < 8; round++) {
      // a few documents edited (with a word no other has), one moved, one removed, one added
      List<SearchDocument> next = edited(docs, r, round, " zq" + round);
      if (round == 3) {
        next.remove(r.nextInt(next.size()));
        next.add(SearchIndexTest.doc("committees/zz/new/", "A new page", "Fresh words here."));
      }
      SearchPart taken = SearchPart.of(next, previous);
      assertArrayEquals(SearchPart.of(next).encode(), taken.encode(), "round " + round);
      assertEquals(next.size(), taken.size());
      docs = next;
      previous = SearchPart.decode(taken.encode(), docs);
    }
  }

  /**
   * {@code docs} with three documents edited at random (each given some words and {@code extra}),
   * one of them moved to a new path in round 5.
   */
  private static List<SearchDocument> edited(
      List<SearchDocument> docs, Random r, int round, String extra) {
    List<SearchDocument> next = new ArrayList<>(docs);
    for (int k = 0; k < 3; k++) {
      int i = r.nextInt(next.size());
      SearchDocument d = next.get(i);
      next.set(
          i,
          SearchIndexTest.doc(
              round == 5 && k == 0 ? d.path() + "moved/" : d.path(),
              d.title(),
              d.body().text() + " added" + r.nextInt(100) + " council tax" + extra));
    }
    return next;
  }

  @Test
  void aMemoryKeepsNoMoreThanItsBudgetAndTheRestIsReadAgain() {
    List<SearchDocument> docs = archive();
    byte[] expected = SearchPart.of(docs).encode();
    SearchPart.Memory memory = new SearchPart.Memory(5_000); // of 18,000 records
    memory.buildStarts();
    assertArrayEquals(expected, SearchPart.of(docs, memory).encode());
    assertTrue(memory.size() > 0 && memory.size() < docs.size() / 2, "kept: " + memory.size());
    assertTrue(memory.records() <= 5_000, "records kept: " + memory.records());
    for (int build = 0; build < 3; build++) {
      memory.buildStarts();
      assertArrayEquals(expected, SearchPart.of(docs, memory).encode(), "build " + build);
      assertTrue(memory.records() <= 5_000, "records kept: " + memory.records());
      assertTrue(memory.size() < docs.size() / 2, "kept: " + memory.size());
    }
  }

  @Test
  void aCommitteeWithNoDocumentsOrDocumentsWithoutWordsJoinsLikeAnyOther() throws IOException {
    List<SearchDocument> docs =
        List.of(
            SearchIndexTest.doc("committees/a/1/", "Budget", "Council tax and the budget."),
            SearchIndexTest.doc("committees/b/1/", "", ""), // no title, no text
            SearchIndexTest.doc("committees/b/2/", "-- … --", "   "), // no words at all
            SearchIndexTest.doc("committees/c/1/", "Budget", "The budget again."));
    Map<String, String> whole = SearchIndexTest.files(docs);
    List<SearchPart> parts = new ArrayList<>();
    parts.add(SearchPart.of(docs.subList(0, 1)));
    parts.add(SearchPart.of(List.of())); // a committee with nothing indexed
    parts.add(SearchPart.of(docs.subList(1, 3)));
    parts.add(SearchPart.decode(SearchPart.of(List.of()).encode(), List.of()));
    parts.add(SearchPart.decode(SearchPart.of(docs.subList(3, 4)).encode(), docs.subList(3, 4)));
    assertEquals(whole, joined(parts));
    IndexFiles index = new IndexFiles(whole);
    assertEquals(4, index.documents());
    assertEquals(
        List.of(0, 3),
        index.keys().get("budget").stream().map(IndexFiles.Posting::doc).toList(),
        "the documents after the empty ones keep their numbers");
    // nothing at all: an index with no documents, still a valid one
    Map<String, String> none = joined(List.of(SearchPart.of(List.of())));
    assertEquals(SearchIndexTest.files(List.of()), none);
  }

  @Test
  void keptBytesOfOtherDocumentsOrDamagedAreRefused() {
    List<SearchDocument> docs = archive().subList(0, 40);
    byte[] bytes = SearchPart.of(docs).encode();
    List<SearchDocument> fewer = docs.subList(0, 39);
    assertThrows(IOException.class, () -> SearchPart.decode(bytes, fewer), "one fewer");
    List<SearchDocument> moved = new ArrayList<>(docs);
    SearchDocument d = moved.get(5);
    moved.set(5, SearchIndexTest.doc(d.path() + "x/", d.title(), d.body().text()));
    assertThrows(IOException.class, () -> SearchPart.decode(bytes, moved), "another path");
    assertThrows(
        IOException.class,
        () -> SearchPart.decode(Arrays.copyOf(bytes, bytes.length / 2), docs),
        "cut short");
    byte[] damaged = bytes.clone();
    damaged[damaged.length / 2] ^= 0x10;
    assertThrows(IOException.class, () -> SearchPart.decode(damaged, docs), "damaged");
  }

  @Test
  void partsOutOfOrderAreRefused() {
    List<SearchDocument> a = List.of(SearchIndexTest.doc("committees/a/1/", "A", "words"));
    List<SearchDocument> b = List.of(SearchIndexTest.doc("committees/b/1/", "B", "words"));
    SearchIndex.writeIndex(List.of(SearchPart.of(a), SearchPart.of(b)), (n, t) -> {});
    assertThrows(
        IllegalStateException.class,
        () -> SearchIndex.writeIndex(List.of(SearchPart.of(b), SearchPart.of(a)), (n, t) -> {}));
  }
}
