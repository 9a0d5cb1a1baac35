package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchIndex#update}: after an edit, the shards it makes again, with the old shards it
 * takes, are byte for byte the index a build from nothing writes; and an edit of a paragraph makes
 * few of them again.
 */
class IndexUpdateTest {

  private static final String[] PARTS = {"a/", "b/", "c/", "d/"};

  /** A vocabulary where a few words are common and most rare, as in prose. */
  private static String word(Random r) {
    double u = r.nextDouble();
    int n = (int) Math.floor(Math.pow(4000, u * u)); // skewed towards the first words
    return "w" + Integer.toString(n, 36);
  }

  private static String text(Random r, int words) {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < words; i++) {
      t.append(word(r)).append(i % 15 == 14 ? ".\n\n" : " ");
    }
    return t.toString();
  }

  private static List<List<SearchDocument>> archive(Random r) {
    List<List<SearchDocument>> parts = new ArrayList<>();
    for (String p : PARTS) {
      List<SearchDocument> docs = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        docs.add(
            SearchIndexTest.doc(
                p + String.format("%03d", i) + "/",
                "Paper " + word(r) + " " + word(r),
                text(r, 200 + r.nextInt(600))));
      }
      parts.add(docs);
    }
    return parts;
  }

  /** An archive's documents, their parts, and the index written whole with its record. */
  private record Built(
      List<List<SearchDocument>> docs,
      List<SearchPart> parts,
      Map<String, String> files,
      IndexRecord record) {}

  private static Built built(Random r) {
    List<List<SearchDocument>> docs = archive(r);
    List<SearchPart> parts = docs.stream().map(SearchPart::of).toList();
    Map<String, String> files = sink();
    return new Built(docs, parts, files, full(parts, files));
  }

  private static Map<String, String> sink() {
    return new ConcurrentSkipListMap<>();
  }

  private static IndexRecord full(List<SearchPart> parts, Map<String, String> files) {
    return SearchIndex.writeIndex(parts, (n, t) -> assertNullPut(files, n, t));
  }

  private static void assertNullPut(Map<String, String> files, String name, String text) {
    if (files.put(name, text) != null) {
      throw new IllegalStateException("written twice: " + name);
    }
  }

  /** The document with a few words changed in one paragraph, as an author's edit does. */
  private static SearchDocument edited(SearchDocument d, Random r, int kind) {
    String body = d.body().text();
    String title = d.title();
    switch (kind) {
      case 0 -> body = body.replaceFirst("\\.\n\n", ". " + word(r) + " " + word(r) + ".\n\n");
      case 1 -> body = body + " zzznewword" + r.nextInt(1000) + " " + word(r) + ".";
      case 2 -> {
        int at = body.indexOf(' ', body.length() / 2);
        body = body.substring(0, at) + body.substring(body.indexOf(' ', at + 1));
      }
      case 3 -> title = "Renamed " + word(r);
      default -> body = text(r, 30); // most of the document gone
    }
    return new SearchDocument(
        d.path(), title, d.kind(), d.committee(), d.date(), SearchDocument.Text.plain(body));
  }

  @Test
  void anEditMakesAgainFewShardsAndTheSameIndexAsFromNothing() {
    int updated = 0;
    int shardsMade = 0;
    int shardsAll = 0;
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      Built b = built(r);
      List<List<SearchDocument>> docs = b.docs();
      List<SearchPart> before = b.parts();
      Map<String, String> old = b.files();
      IndexRecord record = b.record();
      // one document of one part edited
      int p = r.nextInt(PARTS.length);
      int d = r.nextInt(docs.get(p).size());
      int kind = seed % 5;
      List<SearchDocument> changed = new ArrayList<>(docs.get(p));
      changed.set(d, edited(changed.get(d), r, kind));
      List<SearchPart> after = new ArrayList<>(before);
      after.set(p, SearchPart.of(changed));
      List<SearchPart> was = new ArrayList<>();
      for (int i = 0; i < PARTS.length; i++) {
        was.add(i == p ? before.get(p) : null);
      }
      Map<String, String> made = sink();
      List<String> taken = new ArrayList<>();
      Optional<IndexRecord> next =
          SearchIndex.update(
              record,
              after,
              was,
              (n, t) -> assertNullPut(made, n, t),
              files -> {
                taken.addAll(files);
                return true;
              });
      Map<String, String> fresh = sink();
      IndexRecord expected = full(after, fresh);
      if (next.isEmpty()) {
        assertTrue(made.isEmpty(), "nothing written when it cannot update");
        continue;
      }
      updated++;
      Map<String, String> result = new TreeMap<>(made);
      for (String f : taken) {
        assertTrue(old.containsKey(f), "a shard taken is one the last build wrote: " + f);
        assertFalse(made.containsKey(f), "a shard both taken and made: " + f);
        result.put(f, old.get(f));
      }
      assertEquals(new TreeMap<>(fresh), result, "seed " + seed + ", edit " + kind);
      assertEquals(expected.encode().length, next.get().encode().length);
      assertEquals(expected.shards(), next.get().shards());
      boolean relengthed =
          SearchIndex.bucket(before.get(p).lengths()[d])
              != SearchIndex.bucket(after.get(p).lengths()[d]);
      if (kind <= 2 && !relengthed) {
        // a few words of one paragraph: their shards, and the next where the cuts differ
        int shards = expected.shards().size();
        assertTrue(
            made.size() - 1 <= Math.max(6, shards / 5),
            "seed " + seed + ", edit " + kind + ": " + (made.size() - 1) + " of " + shards);
      }
      shardsMade += made.size() - 1;
      shardsAll += expected.shards().size();
    }
    assertTrue(updated >= 50, "updated " + updated + " of 60");
    assertTrue(shardsMade * 5 < shardsAll, shardsMade + " of " + shardsAll + " shards made");
  }

  @Test
  void aWordThatStartedAShardRemovedEverywhereGivesTheIndexFromNothing() {
    int tried = 0;
    for (int seed = 100; seed < 112; seed++) {
      Random r = new Random(seed);
      Built b = built(r);
      List<SearchPart> before = b.parts();
      IndexRecord record = b.record();
      // the first key of a shard that starts by its content: a cut an edit must not keep
      List<String> starts =
          record.shards().stream()
              .skip(1)
              .filter(sh -> sh.byContent() && !sh.firstKey().contains(" "))
              .map(Shards.Shard::firstKey)
              .toList();
      if (starts.isEmpty()) {
        continue;
      }
      String gone = starts.get(r.nextInt(starts.size()));
      List<SearchPart> after = new ArrayList<>();
      List<SearchPart> was = new ArrayList<>();
      for (int i = 0; i < b.docs().size(); i++) {
        List<SearchDocument> part = new ArrayList<>();
        for (SearchDocument d : b.docs().get(i)) {
          part.add(
              new SearchDocument(
                  d.path(),
                  d.title().replaceAll("\\b" + gone + "\\b", "x"),
                  d.kind(),
                  d.committee(),
                  d.date(),
                  SearchDocument.Text.plain(
                      d.body().text().replaceAll("\\b" + gone + "\\b", "x"))));
        }
        after.add(SearchPart.of(part));
        was.add(before.get(i));
      }
      Map<String, String> made = sink();
      List<String> taken = new ArrayList<>();
      Optional<IndexRecord> next = SearchIndex.update(record, after, was, made::put, taken::addAll);
      Map<String, String> fresh = sink();
      full(after, fresh);
      if (next.isPresent()) {
        tried++;
        Map<String, String> result = new TreeMap<>(made);
        taken.forEach(f -> result.put(f, b.files().get(f)));
        assertEquals(new TreeMap<>(fresh), result, "seed " + seed + ", " + gone + " removed");
      }
    }
    assertTrue(tried >= 6, "updated " + tried);
  }

  @Test
  void noEditTakesEveryShard() {
    Random r = new Random(99);
    List<SearchPart> parts = archive(r).stream().map(SearchPart::of).toList();
    Map<String, String> old = sink();
    IndexRecord record = full(parts, old);
    Map<String, String> made = sink();
    List<String> taken = new ArrayList<>();
    List<SearchPart> none = new ArrayList<>();
    parts.forEach(p -> none.add(null));
    assertTrue(SearchIndex.update(record, parts, none, made::put, taken::addAll).isPresent());
    assertEquals(List.of(SearchIndex.META), List.copyOf(made.keySet()));
    assertEquals(old.get(SearchIndex.META), made.get(SearchIndex.META));
    assertEquals(record.shardFiles(), taken);
  }

  @Test
  void whatCannotBeTakenIsNotWritten() {
    Random r = new Random(5);
    List<List<SearchDocument>> docs = archive(r);
    List<SearchPart> parts = docs.stream().map(SearchPart::of).toList();
    IndexRecord record = full(parts, sink());
    List<SearchPart> was = new ArrayList<>();
    parts.forEach(p -> was.add(null));
    Map<String, String> made = sink();
    // the last build's files are gone: refused, and nothing written
    assertTrue(SearchIndex.update(record, parts, was, made::put, files -> false).isEmpty());
    assertTrue(made.isEmpty());
    // a document added: numbered otherwise, so the index is written whole
    List<SearchDocument> more = new ArrayList<>(docs.get(1));
    more.add(SearchIndexTest.doc("b/999/", "Added", "words"));
    List<SearchPart> after = new ArrayList<>(parts);
    after.set(1, SearchPart.of(more));
    List<SearchPart> changed = new ArrayList<>(was);
    changed.set(1, parts.get(1));
    assertTrue(SearchIndex.update(record, after, changed, made::put, files -> true).isEmpty());
    assertTrue(made.isEmpty());
  }

  @Test
  void recordsReadBackAsWritten() throws Exception {
    Random r = new Random(3);
    IndexRecord record = full(archive(r).stream().map(SearchPart::of).toList(), sink());
    IndexRecord back = IndexRecord.decode(record.encode());
    assertEquals(record.shards(), back.shards());
    assertEquals(record.partSizes(), back.partSizes());
    assertEquals(record.average(), back.average());
  }

  @Test
  void shardsWhoseFirstKeysHashAlikeAreToldApartAndListed() {
    // two keys with the same 32-bit FNV-1a hash, found by search
    Map<String, String> byName = new java.util.HashMap<>();
    String a = null;
    String b = null;
    for (int i = 0; a == null; i++) {
      String k = "w" + Integer.toString(i, 36);
      String other = byName.putIfAbsent(ShardCuts.name(k), k);
      if (other != null) {
        a = other.compareTo(k) < 0 ? other : k;
        b = other.compareTo(k) < 0 ? k : other;
      }
    }
    Shards.Names names = new Shards.Names();
    String na = names.next(a);
    String nb = names.next(b);
    assertEquals(ShardCuts.name(a), na);
    assertEquals(na + "-1", nb);
    Map<String, String> files = new TreeMap<>();
    SearchIndex.writeMeta(
        new IndexRecord(
            List.of(2), 0, List.of(new Shards.Shard(a, true, na), new Shards.Shard(b, true, nb))),
        2,
        files::put);
    IndexFiles index = new IndexFiles(files);
    assertEquals("index/" + na, index.shard(0));
    assertEquals("index/" + nb, index.shard(1));
  }
}
