package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  static SearchDocument doc(String path, String title, String text) {
    return new SearchDocument(
        path, title, "Paper", "Audit", "4 March 2025", SearchDocument.Text.plain(text));
  }

  static Map<String, String> files(List<SearchDocument> docs) {
    Map<String, String> files = new ConcurrentSkipListMap<>(); // written from several threads
    SearchIndex.write(
        docs,
        (name, content) -> {
          if (files.put(name, content) != null) {
            throw new IllegalStateException("written twice: " + name);
          }
        });
    return files;
  }

  static IndexFiles index(SearchDocument... docs) {
    return new IndexFiles(files(List.of(docs)));
  }

  static List<Integer> docsOf(IndexFiles index, String key) {
    return index.keys().getOrDefault(key, List.of()).stream().map(IndexFiles.Posting::doc).toList();
  }

  @Test
  void wordsAreFoundWholeNotInsideOtherWords() {
    IndexFiles index =
        index(
            doc("a/", "Cabinet report", "The Cabinet met. Parents were told."),
            doc("b/", "Waste", "New bins for every street. Rent is due; take the car."));
    assertEquals(List.of(1), docsOf(index, "bin"));
    assertEquals(List.of(0), docsOf(index, "cabinet"));
    assertEquals(List.of(1), docsOf(index, "rent"));
    assertEquals(List.of(0), docsOf(index, "parent"));
    assertEquals(List.of(1), docsOf(index, "car"));
    assertFalse(index.keys().containsKey("care"));
  }

  @Test
  void thousandsOfDifferentWordsEachKeepTheirOwnTerm() {
    // more words than the table of words as written starts with, many times over: it grows, and
    // each word, written in several forms and documents, is found under its own term only
    Terms terms = new Terms();
    List<SearchDocument> docs = new ArrayList<>();
    Map<String, List<Integer>> expected = new java.util.TreeMap<>();
    for (int d = 0; d < 20; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = d; w < 10_000; w += 20) {
        String word = "zq" + Integer.toString(w, 26).replace('0', 'x').replace('1', 'y');
        for (String written :
            List.of(word, word.toUpperCase(java.util.Locale.ROOT), word + "ing", word)) {
          text.append(written).append(' ');
          expected.computeIfAbsent(terms.term(written), k -> new ArrayList<>());
          List<Integer> in = expected.get(terms.term(written));
          if (!in.contains(d)) {
            in.add(d);
          }
        }
      }
      docs.add(doc(String.format("p%02d/", d), "Paper " + d, text.toString()));
    }
    SortedMap<String, List<IndexFiles.Posting>> keys = new IndexFiles(files(docs)).keys();
    expected.forEach(
        (term, in) ->
            assertEquals(
                in,
                keys.getOrDefault(term, List.of()).stream().map(IndexFiles.Posting::doc).toList(),
                term));
  }

  @Test
  void documentsAreNumberedByPathWhateverTheirOrder() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      docs.add(
          doc(
              "committees/c" + (i % 7) + "/d" + i + "/",
              "Title " + i,
              "Words "
                  + i
                  + " about item "
                  + (i * 7919 % 1000)
                  + " and council tax and the council and constructor prototype hasOwnProperty "
                  + "filler ".repeat(i % 50)));
    }
    Map<String, String> files = files(docs);
    List<SearchDocument> shuffled = new ArrayList<>(docs);
    Collections.shuffle(shuffled, new Random(42));
    assertEquals(files, files(shuffled), "the same bytes in any order");
    for (int runs : new int[] {2, 3, 7}) {
      Map<String, String> inRuns = new ConcurrentSkipListMap<>();
      SearchIndex.write(shuffled, inRuns::put, runs);
      assertEquals(files, inRuns, "the same bytes read in " + runs + " runs");
    }
    IndexFiles index = new IndexFiles(files);
    List<String> paths = docs.stream().map(SearchDocument::path).sorted().toList();
    for (int d = 0; d < paths.size(); d++) {
      assertEquals(paths.get(d), index.passage(d, 0).path());
    }
    assertEquals(300, index.documents());
    assertEquals(300, docsOf(index, "constructor").size());
  }

  @Test
  void titleWordsWeighMostThenMoreMatchesThenFewer() {
    IndexFiles index =
        index(
            doc("a/", "Parking charges", "A short report."),
            doc(
                "b/",
                "Transport",
                "Parking here, parking there, parking everywhere: parking and more parking."),
            doc(
                "c/",
                "Roads",
                "A report on roads, which mentions parking once among many other words of text."));
    Map<Integer, Integer> w =
        index.keys().get("park").stream()
            .collect(Collectors.toMap(IndexFiles.Posting::doc, IndexFiles.Posting::weight));
    assertTrue(w.get(0) > w.get(1) && w.get(1) > w.get(2), w.toString());
    // A word in the title outweighs any number of matches in the text, however long the document.
    assertTrue(
        SearchIndex.weight(0, true, SearchIndex.bucket(100_000) - SearchIndex.bucket(100))
            > SearchIndex.weight(10_000, false, SearchIndex.bucket(1) - SearchIndex.bucket(1000)));
    assertTrue(
        SearchIndex.weight(1, false, SearchIndex.bucket(100_000) - SearchIndex.bucket(100)) >= 1);
    // a longer document weighs a word less, in steps of a half doubling
    assertTrue(SearchIndex.weight(3, false, -2) > SearchIndex.weight(3, false, 2));
    assertEquals(SearchIndex.bucket(1000), SearchIndex.bucket(1100));
    assertEquals(SearchIndex.bucket(1000) + 2, SearchIndex.bucket(2000));
  }

  @Test
  void wordsSideBySideArePairsSoPhrasesCanBeFound() {
    IndexFiles index =
        index(
            doc("a/", "Budget", "The council tax rises."),
            doc("b/", "Other", "Tax the council."),
            doc("c/", "Apart", "The council said that tax is due."),
            doc("d/", "Council tax support", ""));
    assertEquals(List.of(0, 3), docsOf(index, "council tax"));
    assertEquals(List.of(1), docsOf(index, "tax the"));
    assertEquals(List.of(3), docsOf(index, "tax support"));
  }

  @Test
  void postingsNameThePassageWhereAWordIsFirstFound() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      text.append("Sentence number ")
          .append(i)
          .append(i == 90 ? " mentions zebras." : " says little.")
          .append(' ');
    }
    IndexFiles index = index(doc("a/", "Crossings", text.toString().strip()));
    List<IndexFiles.Passage> passages = index.passages(0);
    assertTrue(passages.size() >= 2, "passages: " + passages.size());
    int p = index.keys().get("zebra").get(0).passage();
    assertTrue(passages.get(p).text().contains("zebras"), "passage " + p);
    assertEquals(
        0, index.keys().get("cross").get(0).passage(), "a title word shows the first passage");
    assertEquals(p, index.keys().get("mention zebra").get(0).passage());
    assertEquals("Crossings", passages.get(p).title());
    assertEquals(
        text.toString().strip(),
        passages.stream().map(IndexFiles.Passage::text).collect(Collectors.joining(" ")),
        "passages hold the whole text");
  }

  @Test
  void shardsHoldSortedKeysAndTheBrowsersLookupFindsEachOne() {
    List<SearchDocument> docs = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        text.append("w").append(Integer.toString(r.nextInt(5000), 36)).append(' ');
      }
      docs.add(doc("p" + i + "/", "Paper " + i, text.toString()));
    }
    Map<String, String> files = files(docs);
    IndexFiles index = new IndexFiles(files);
    List<String> firstKeys = index.shardKeys();
    assertTrue(firstKeys.size() > 20, "shards: " + firstKeys.size());
    assertEquals(firstKeys.stream().sorted().toList(), firstKeys);
    SortedMap<String, List<IndexFiles.Posting>> keys = index.keys();
    for (String key : keys.keySet()) {
      int shard = index.shardOf(key);
      String[] parts = key.split(" ");
      @SuppressWarnings("unchecked")
      Map<String, Map<String, String>> data =
          (Map<String, Map<String, String>>) index.data(index.shard(shard));
      assertTrue(
          data.containsKey(parts[0])
              && data.get(parts[0]).containsKey(parts.length > 1 ? parts[1] : ""),
          key + " is not in shard " + shard);
    }
    for (int i = 0; i < firstKeys.size(); i++) {
      String shard = files.get(index.shard(i) + ".js");
      @SuppressWarnings("unchecked")
      int keysIn =
          ((Map<String, Map<String, String>>) index.data(index.shard(i)))
              .values().stream().mapToInt(Map::size).sum();
      assertTrue(
          shard.length() < ShardCuts.MAX + 200 || keysIn == 1,
          "shard " + i + ": " + shard.length());
    }
    assertEquals(
        firstKeys.size(), files.keySet().stream().filter(f -> f.startsWith("index/")).count());
  }

  @Test
  void textIsEscapedForJavaScript() {
    IndexFiles index =
        index(
            doc(
                "a/",
                "Quotes \" and \\ and </script>",
                "Line\u2028separator\u2029 and ’curly’ £5"));
    String file = index.files().get("text/0-0.js");
    assertFalse(file.contains("\u2028") || file.contains("\u2029"), file);
    assertTrue(file.contains("\\u2028") && file.contains("’curly’ £5"), file);
    assertEquals("Quotes \" and \\ and </script>", index.passage(0, 0).title());
    assertEquals("Line\u2028separator\u2029 and ’curly’ £5", index.passage(0, 0).text());
  }

  @Test
  void anEmptyArchiveHasAnEmptyIndex() {
    IndexFiles index = new IndexFiles(files(List.of()));
    assertEquals(0, index.documents());
    assertEquals(List.of(), index.shardKeys());
    assertEquals(List.of(SearchIndex.META), List.copyOf(index.files().keySet()));
  }

  @Test
  void passagesCarryTheDocumentAndItsAnchors() {
    SearchDocument d =
        new SearchDocument(
            "committees/audit/2025-03-04/treasury/",
            "Treasury",
            "Paper",
            "Audit",
            "4 March 2025",
            new SearchDocument.Text(
                "1.1 First. 1.2 Second.",
                List.of(
                    new SearchDocument.Anchor(0, "para-1-1", "paragraph 1.1"),
                    new SearchDocument.Anchor(11, "para-1-2", "paragraph 1.2"))));
    IndexFiles.Passage p = new IndexFiles(files(List.of(d))).passage(0, 0);
    assertEquals(
        new IndexFiles.Passage(
            d.path(),
            "Treasury",
            "Paper",
            "Audit",
            "4 March 2025",
            "1.1 First. 1.2 Second.",
            List.of(
                List.of(0, "para-1-1", "paragraph 1.1"), List.of(11, "para-1-2", "paragraph 1.2"))),
        p);
  }
}
