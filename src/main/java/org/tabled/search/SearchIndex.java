package org.tabled.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Builds the search index: every document's words as terms ({@link Terms}), with the documents each
 * term is in, sharded so that a search downloads only what it needs however large the archive. The
 * files, by path relative to the search folder:
 *
 * <ul>
 *   <li>{@code search-index.js}: the metadata, loaded with the search page: the number of documents
 *       and the first key of each shard.
 *   <li>{@code index/N.js}: a shard ({@link Shards}): keys in sorted order, each with its posting.
 *       A key is a term ("council"), or two terms that follow each other in some document ("council
 *       tax"), which is how a phrase is found without storing every word's position.
 *   <li>{@code text/D-P.js}: passage P of document D ({@link Passages}) with the document's path,
 *       title, kind, committee and date: a result downloads the passage it was found in.
 * </ul>
 *
 * <p>Documents are numbered in order of path. A posting ({@link Codec}) lists documents in order:
 * for a term, each document's gap from the one before, its weight (a digit) and the passage the
 * term is first in; for a pair of terms, the gap and the passage. The weight is BM25's
 * term-frequency part for the text, plus {@value #TITLE} if the term is in the title, times ten;
 * the browser multiplies it by the term's inverse document frequency, so words in titles rank first
 * and more matches rank above fewer.
 *
 * <p>The documents are read in runs on every core ({@link Records}); the output is the same bytes
 * for the same documents, in any order and on any number of cores.
 */
public final class SearchIndex {

  /** Bumped when the files change shape, so that a stale search.js can tell. */
  public static final int FORMAT = 1;

  /** The file of metadata, which the search page loads. */
  public static final String META = "search-index.js";

  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE = 3.0;

  /**
   * Sorts the term records beside the pairs, on a thread of its own that the index waits for; a
   * daemon, so that nothing left of it keeps the JVM alive.
   */
  private static final java.util.concurrent.Executor SORTER =
      r -> {
        Thread th = new Thread(r, "tabled-search-sort");
        th.setDaemon(true);
        th.start();
      };

  /** Fewer documents than this per core are read on one. */
  private static final int RUN = 500;

  private SearchIndex() {}

  /**
   * Builds the index of {@code documents} and gives each file to {@code out} (path, content), from
   * several threads at once: {@code out} must be thread-safe, and take the files in any order.
   */
  public static void write(List<SearchDocument> documents, BiConsumer<String, String> out) {
    write(
        documents,
        out,
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / RUN)));
  }

  /** As {@link #write(List, BiConsumer)}, reading the documents in {@code runs} runs at once. */
  static void write(List<SearchDocument> documents, BiConsumer<String, String> out, int runs) {
    List<SearchDocument> docs =
        documents.stream().sorted(Comparator.comparing(SearchDocument::path)).toList();
    if (docs.size() > Records.DOC_MASK) {
      throw new IllegalStateException(
          "the search index holds at most " + Records.DOC_MASK + " documents");
    }
    List<List<Passages.Passage>> passages =
        docs.parallelStream().map(d -> Passages.of(d.body())).toList(); // in order
    int[] lengths = new int[docs.size()];
    Records[] records = new Records[runs];
    IntStream.range(0, runs)
        .parallel()
        .forEach(
            r -> {
              Records rs = new Records();
              for (int d = docs.size() * r / runs; d < docs.size() * (r + 1) / runs; d++) {
                lengths[d] =
                    rs.add(
                        d,
                        docs.get(d),
                        passages.get(d).stream().mapToInt(Passages.Passage::start).toArray());
              }
              records[r] = rs;
            });
    // each passage a file of its own (tens of thousands in an archive): written on every core,
    // which the output takes in any order (it sorts its files)
    IntStream.range(0, docs.size())
        .parallel()
        .forEach(d -> writePassages(d, docs.get(d), passages.get(d), out));
    List<String> shardKeys = writeShards(records, lengths, out);
    out.accept(
        META,
        DataFile.global(
            "tabledSearchIndex",
            g -> {
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

  private static void writePassages(
      int d, SearchDocument doc, List<Passages.Passage> passages, BiConsumer<String, String> out) {
    for (int i = 0; i < passages.size(); i++) {
      Passages.Passage p = passages.get(i);
      String name = "text/" + d + "-" + i;
      out.accept(
          name + ".js",
          DataFile.data(
              name,
              g -> {
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

  /**
   * Renumbers the terms of every run in sorted order, sorts the records, and writes the shards;
   * returns each shard's first key. With terms so numbered, records sort as their keys do:
   * "council", then "council tax", then "councillor" (a space sorts before any character of a
   * term).
   */
  private static List<String> writeShards(
      Records[] runs, int[] lengths, BiConsumer<String, String> out) {
    TreeSet<String> all = new TreeSet<>();
    for (Records r : runs) {
      all.addAll(r.words);
    }
    String[] sorted = all.toArray(new String[0]);
    Map<String, Integer> rankOf = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      rankOf.put(sorted[i], i);
    }
    long[] terms = new long[Arrays.stream(runs).mapToInt(r -> r.terms.size()).sum()];
    long[] pairs = new long[Arrays.stream(runs).mapToInt(r -> r.pairs.size()).sum()];
    int t = 0;
    int p = 0;
    for (int i = 0; i < runs.length; i++) {
      Records r = runs[i];
      int[] rank = r.words.stream().mapToInt(rankOf::get).toArray();
      t =
          r.terms.mapInto(
              x -> ((long) rank[(int) (x >>> 44)] << 44) | (x & ((1L << 44) - 1)), terms, t);
      p =
          r.pairs.mapInto(
              x ->
                  ((long) rank[(int) (x >>> 44)] << 44)
                      | ((long) rank[(int) ((x >>> 24) & Records.TERM_MASK)] << 24)
                      | (x & ((1L << 24) - 1)),
              pairs,
              p);
      runs[i] = null; // copied: its memory is for the sorts
    }
    // the two sorts side by side, each on a core
    CompletableFuture<Void> termsSorted =
        CompletableFuture.runAsync(() -> RadixSort.unsigned(terms), SORTER);
    RadixSort.unsigned(pairs);
    termsSorted.join();
    double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
    Shards shards = new Shards(out);
    StringBuilder posting = new StringBuilder();
    int u = 0;
    int v = 0;
    while (u < terms.length || v < pairs.length) {
      posting.setLength(0);
      int previous = 0;
      // The next key is the smaller: a term, or a pair starting with an earlier term.
      if (v == pairs.length || u < terms.length && terms[u] >>> 44 <= pairs[v] >>> 44) {
        long key = terms[u] >>> 44;
        for (; u < terms.length && terms[u] >>> 44 == key; u++) {
          long r = terms[u];
          int doc = (int) ((r >>> 26) & Records.DOC_MASK);
          Codec.number(posting, doc - previous);
          Codec.digit(
              posting,
              weight((int) ((r >>> 20) & 63), ((r >>> 19) & 1) == 1, lengths[doc], average));
          Codec.number(posting, (int) (r & ((1 << 19) - 1)));
          previous = doc;
        }
        shards.add(sorted[(int) key], "", posting.toString());
      } else {
        long key = pairs[v] >>> 24;
        for (; v < pairs.length && pairs[v] >>> 24 == key; v++) {
          long r = pairs[v];
          int doc = (int) ((r >>> 6) & Records.DOC_MASK);
          Codec.number(posting, doc - previous);
          Codec.number(posting, (int) (r & 63));
          previous = doc;
        }
        shards.add(
            sorted[(int) (key >>> Records.TERM_BITS)],
            sorted[(int) (key & Records.TERM_MASK)],
            posting.toString());
      }
    }
    return shards.finish();
  }
}
