package org.tabled.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Builds the search index: every document's words as terms ({@link Terms}), with the documents
 * each term is in, sharded so that a search downloads only what it needs however large the
 * archive. The files, by path relative to the search folder:
 *
 * <ul>
 *   <li>{@code search-index.js}: the metadata, loaded with the search page: the number of
 *       documents and the first key of each shard.
 *   <li>{@code index/N.js}: a shard, about {@value #SHARD_TARGET} characters of keys in sorted
 *       order, each with its postings. A key is a term ("council"), or two terms that follow each
 *       other in some document ("council tax"), which is how a phrase is found without storing
 *       every word's position. Shard JSON groups keys by first term:
 *       {@code {"council":{"":UNIGRAM,"tax":PAIR}}}.
 *   <li>{@code text/D-P.js}: passage P of document D ({@link Passages}) with the document's path,
 *       title, kind, committee and date: a result downloads the passage it was found in.
 * </ul>
 *
 * <p>A posting ({@link Codec}) lists documents in order of number (their order by path): for a
 * term, each document's gap from the one before, its weight (a digit) and the passage the term is
 * first in; for a pair of terms, the gap and the passage. The weight is BM25's term-frequency part
 * for the text, plus {@value #TITLE} if the term is in the title, times ten; the browser multiplies
 * it by the term's inverse document frequency, so words in titles rank first and more matches rank
 * above fewer. Output is the same bytes for the same documents, in any order.
 */
public final class SearchIndex {

  /** Bumped when the files change shape, so that a stale search.js can tell. */
  public static final int FORMAT = 1;
  /** The file of metadata, which the search page loads. */
  public static final String META = "search-index.js";
  static final int SHARD_TARGET = 20_000;
  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE = 3.0;

  private static final int TERM_BITS = 20;
  private static final int DOC_BITS = 18;

  private SearchIndex() {}

  /** Builds the index of {@code documents} and gives each file to {@code out} (path, content). */
  public static void write(List<SearchDocument> documents, BiConsumer<String, String> out) {
    List<SearchDocument> docs = documents.stream().sorted(Comparator.comparing(SearchDocument::path)).toList();
    if (docs.size() >= 1 << DOC_BITS) {
      throw new IllegalStateException("the search index holds at most " + ((1 << DOC_BITS) - 1) + " documents");
    }
    Builder b = new Builder(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      b.add(d, docs.get(d), out);
    }
    List<String> shardKeys = b.writeShards(out);
    out.accept(META, DataFile.global("tabledSearchIndex", g -> {
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeNumberField("documents", docs.size());
      g.writeArrayFieldStart("shards");
      for (String k : shardKeys) {
        g.writeString(k);
      }
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  /** A document's weight for a term ({@link SearchIndex}), 1 to 63. */
  static int weight(int tf, boolean inTitle, int length, double averageLength) {
    double bm25 = tf == 0 ? 0 : tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averageLength));
    return (int) Math.max(1, Math.min(63, Math.round(10 * (bm25 + (inTitle ? TITLE : 0)))));
  }

  /** The terms of all documents, gathered as packed records, then sorted and written in shards. */
  private static final class Builder {
    private final Terms terms = new Terms();
    private final Map<String, Integer> ids = new HashMap<>();
    // Each word as written to its term's id, or -1 if it has no term: one look-up per word.
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final int[] lengths;
    // term(20) doc(18) tf(6) title(1) passage(19)
    private final LongList unigrams = new LongList();
    // first term(20) second term(20) doc(18) passage(6)
    private final LongList pairs = new LongList();
    // One document's counts, by term id, valid where seen[id] is the document's number + 1: arrays
    // rather than a map per document, since there are millions of words to count.
    private int[] seen = new int[1024];
    private int[] inText = new int[1024];
    private boolean[] inTitle = new boolean[1024];
    private int[] firstPassage = new int[1024];
    private final IntList touched = new IntList();
    // One document's pairs: (first << 20 | second) << 6 | passage, sorted to drop repeats.
    private final LongList docPairs = new LongList();

    Builder(int documents) {
      lengths = new int[documents];
    }

    void add(int d, SearchDocument doc, BiConsumer<String, String> out) {
      List<Passages.Passage> passages = Passages.of(doc.body());
      writePassages(d, doc, passages, out);
      touched.clear();
      docPairs.clear();
      int[] previous = {-1};
      String title = doc.title();
      Terms.words(title, (s, e) -> {
        int id = wordId(title.substring(s, e));
        if (id >= 0) {
          count(d, id);
          inTitle[id] = true;
          pair(previous[0], id, 0);
          previous[0] = id;
        }
      });
      previous[0] = -1;
      int[] p = {0};
      int[] length = {0};
      String text = doc.body().text();
      Terms.words(text, (s, e) -> {
        int id = wordId(text.substring(s, e));
        if (id < 0) {
          return;
        }
        while (p[0] + 1 < passages.size() && s >= passages.get(p[0] + 1).start()) {
          p[0]++;
        }
        count(d, id);
        if (inText[id]++ == 0) {
          firstPassage[id] = p[0];
        }
        pair(previous[0], id, p[0]);
        previous[0] = id;
        length[0]++;
      });
      lengths[d] = length[0];
      for (int i = 0; i < touched.size(); i++) {
        int id = touched.get(i);
        unigrams.add(((long) id << 44) | ((long) d << 26) | ((long) Math.min(inText[id], 63) << 20)
            | ((long) (inTitle[id] ? 1 : 0) << 19) | Math.min(firstPassage[id], (1 << 19) - 1));
      }
      // Sorted, a pair's first record has its first passage; the rest are repeats.
      long[] sortedPairs = docPairs.sorted();
      for (int i = 0; i < sortedPairs.length; i++) {
        long r = sortedPairs[i];
        if (i == 0 || r >>> 6 != sortedPairs[i - 1] >>> 6) {
          pairs.add(((r >>> 6) << 24) | ((long) d << 6) | (r & 63));
        }
      }
    }

    /** The term id of a word as written, or -1 if it has no term. */
    private int wordId(String word) {
      Integer id = wordIds.get(word);
      if (id == null) {
        String term = terms.term(word);
        id = term == null ? -1 : id(term);
        wordIds.put(word, id);
      }
      return id;
    }

    /** Resets the counts of term {@code id} if this is its first time in document {@code d}. */
    private void count(int d, int id) {
      if (id >= seen.length) {
        int n = Math.max(id + 1, seen.length * 2);
        seen = Arrays.copyOf(seen, n);
        inText = Arrays.copyOf(inText, n);
        inTitle = Arrays.copyOf(inTitle, n);
        firstPassage = Arrays.copyOf(firstPassage, n);
      }
      if (seen[id] != d + 1) {
        seen[id] = d + 1;
        inText[id] = 0;
        inTitle[id] = false;
        firstPassage[id] = 0;
        touched.add(id);
      }
    }

    private void pair(int first, int second, int passage) {
      if (first >= 0) {
        docPairs.add(((((long) first << TERM_BITS) | second) << 6) | Math.min(passage, 63));
      }
    }

    private int id(String term) {
      Integer id = ids.get(term);
      if (id == null) {
        if (words.size() >= 1 << TERM_BITS) {
          throw new IllegalStateException("the search index holds at most " + (1 << TERM_BITS) + " different words");
        }
        id = words.size();
        ids.put(term, id);
        words.add(term);
      }
      return id;
    }

    private static void writePassages(int d, SearchDocument doc, List<Passages.Passage> passages,
        BiConsumer<String, String> out) {
      for (int i = 0; i < passages.size(); i++) {
        Passages.Passage p = passages.get(i);
        String name = "text/" + d + "-" + i;
        out.accept(name + ".js", DataFile.data(name, g -> {
          g.writeStartObject();
          g.writeStringField("path", doc.path());
          g.writeStringField("title", doc.title());
          g.writeStringField("kind", doc.kind());
          g.writeStringField("committee", doc.committee());
          g.writeStringField("date", doc.date());
          g.writeStringField("text", p.text());
          g.writeArrayFieldStart("anchors");
          for (SearchDocument.Anchor a : p.anchors()) {
            g.writeStartArray();
            g.writeNumber(a.offset());
            g.writeString(a.id());
            g.writeString(a.label());
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeEndObject();
        }));
      }
    }

    /** Sorts the records by key and writes the shards; returns each shard's first key. */
    List<String> writeShards(BiConsumer<String, String> out) {
      // Number the terms in sorted order, so that records sort as their keys do: "council" before
      // "council tax" before "councillor" (a space sorts before any character of a term).
      String[] sorted = words.toArray(new String[0]);
      Arrays.sort(sorted);
      Map<String, Integer> rankOf = new HashMap<>();
      for (int i = 0; i < sorted.length; i++) {
        rankOf.put(sorted[i], i);
      }
      int[] rank = new int[words.size()];
      for (int i = 0; i < rank.length; i++) {
        rank[i] = rankOf.get(words.get(i));
      }
      long[] uni = unigrams.sortedBy(r -> ((long) rank[(int) (r >>> 44)] << 44) | (r & ((1L << 44) - 1)));
      long[] two = pairs.sortedBy(r -> ((long) rank[(int) (r >>> 44)] << 44)
          | ((long) rank[(int) ((r >>> 24) & ((1 << TERM_BITS) - 1))] << 24) | (r & ((1L << 24) - 1)));
      double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
      Shards shards = new Shards(out);
      int u = 0;
      int t = 0;
      StringBuilder posting = new StringBuilder();
      while (u < uni.length || t < two.length) {
        // The next key is the smaller: a term, or a pair starting with an earlier term.
        boolean takeTerm = t == two.length || u < uni.length && (uni[u] >>> 44) <= (two[t] >>> 44);
        posting.setLength(0);
        int previous = 0;
        if (takeTerm) {
          long key = uni[u] >>> 44;
          for (; u < uni.length && uni[u] >>> 44 == key; u++) {
            long r = uni[u];
            int doc = (int) ((r >>> 26) & ((1 << DOC_BITS) - 1));
            Codec.number(posting, doc - previous);
            Codec.digit(posting, weight((int) ((r >>> 20) & 63), ((r >>> 19) & 1) == 1, lengths[doc], average));
            Codec.number(posting, (int) (r & ((1 << 19) - 1)));
            previous = doc;
          }
          shards.add(sorted[(int) key], "", posting.toString());
        } else {
          long key = two[t] >>> 24;
          for (; t < two.length && two[t] >>> 24 == key; t++) {
            long r = two[t];
            int doc = (int) ((r >>> 6) & ((1 << DOC_BITS) - 1));
            Codec.number(posting, doc - previous);
            Codec.number(posting, (int) (r & 63));
            previous = doc;
          }
          shards.add(sorted[(int) (key >>> TERM_BITS)], sorted[(int) (key & ((1 << TERM_BITS) - 1))],
              posting.toString());
        }
      }
      shards.flush();
      return shards.firstKeys;
    }
  }

  /** Writes keys, in sorted order, into shards of about {@link #SHARD_TARGET} characters. */
  private static final class Shards {
    private final BiConsumer<String, String> out;
    final List<String> firstKeys = new ArrayList<>();
    private final List<String[]> entries = new ArrayList<>();
    private int size;

    Shards(BiConsumer<String, String> out) {
      this.out = out;
    }

    /** Adds a key: {@code second} is "" for a term, else the second term of a pair. */
    void add(String first, String second, String posting) {
      int entrySize = first.length() + second.length() + posting.length() + 8;
      if (!entries.isEmpty() && size + entrySize > SHARD_TARGET) {
        flush();
      }
      if (entries.isEmpty()) {
        firstKeys.add(second.isEmpty() ? first : first + " " + second);
      }
      entries.add(new String[] {first, second, posting});
      size += entrySize;
    }

    void flush() {
      if (entries.isEmpty()) {
        return;
      }
      String name = "index/" + (firstKeys.size() - 1);
      out.accept(name + ".js", DataFile.data(name, this::writeEntries));
      entries.clear();
      size = 0;
    }

    private void writeEntries(JsonGenerator g) throws IOException {
      g.writeStartObject();
      String group = null;
      for (String[] e : entries) {
        if (!e[0].equals(group)) {
          if (group != null) {
            g.writeEndObject();
          }
          group = e[0];
          g.writeObjectFieldStart(group);
        }
        g.writeStringField(e[1], e[2]);
      }
      if (group != null) {
        g.writeEndObject();
      }
      g.writeEndObject();
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }

  /** A growable array of longs, sorted on demand by a key computed from each. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }

    /** A sorted copy of the values, which must not be negative. */
    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }

    /** The values mapped by {@code f}, sorted as unsigned numbers; the list is emptied. */
    long[] sortedBy(java.util.function.LongUnaryOperator f) {
      long[] out = new long[size];
      for (int i = 0; i < size; i++) {
        out[i] = f.applyAsLong(values[i]) ^ Long.MIN_VALUE;
      }
      values = new long[0];
      size = 0;
      Arrays.parallelSort(out);
      for (int i = 0; i < out.length; i++) {
        out[i] ^= Long.MIN_VALUE;
      }
      return out;
    }
  }
}
