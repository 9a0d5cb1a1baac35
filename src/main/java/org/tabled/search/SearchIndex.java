package org.tabled.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
 * <p>The documents are read in parts ({@link SearchPart}), on every core, and the parts' sorted
 * records merged; the output is the same bytes for the same documents, in any order, in any parts
 * and on any number of cores. A build reads a part per committee and keeps it, so that an edit
 * reads again only the documents of the committee it changed.
 */
public final class SearchIndex {

  /** Bumped when the files change shape, so that a stale search.js can tell. */
  public static final int FORMAT = 1;

  /** The file of metadata, which the search page loads. */
  public static final String META = "search-index.js";

  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE = 3.0;

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
    List<SearchPart> parts =
        IntStream.range(0, runs)
            .parallel()
            .mapToObj(
                r ->
                    SearchPart.of(
                        docs.subList(docs.size() * r / runs, docs.size() * (r + 1) / runs)))
            .toList(); // in order
    int first = 0;
    for (SearchPart part : parts) {
      writePassages(part, first, out);
      first += part.size();
    }
    writeIndex(parts, out);
  }

  /**
   * Writes the passage files of {@code part}, whose first document is document {@code first} of the
   * index, on every core; {@link SearchPart#passageFiles} names them. The index of the parts is
   * {@link #writeIndex}.
   */
  public static void writePassages(SearchPart part, int first, BiConsumer<String, String> out) {
    List<SearchDocument> docs = part.documents();
    // each passage a file of its own (tens of thousands in an archive): written on every core,
    // which the output takes in any order (it sorts its files)
    IntStream.range(0, docs.size())
        .parallel()
        .forEach(d -> writePassages(first + d, docs.get(d), Passages.of(docs.get(d).body()), out));
  }

  /** The file of passage {@code p} of document {@code d}, relative to the search folder. */
  static String passageFile(int d, int p) {
    return passageName(d, p) + ".js";
  }

  /** The name search.js asks for passage {@code p} of document {@code d} by. */
  private static String passageName(int d, int p) {
    return "text/" + d + "-" + p;
  }

  /**
   * Writes the index of {@code parts}, in order, without their passages ({@link #writePassages}):
   * the shards and the metadata. Each part's documents must sort after those of the parts before it
   * ({@link SearchPart}).
   */
  public static void writeIndex(List<SearchPart> parts, BiConsumer<String, String> out) {
    int documents = 0;
    String last = null;
    for (SearchPart part : parts) {
      List<SearchDocument> docs = part.documents();
      if (!docs.isEmpty()) {
        if (last != null && last.compareTo(docs.get(0).path()) > 0) {
          throw new IllegalStateException(
              "search parts out of order: " + docs.get(0).path() + " after " + last);
        }
        last = docs.get(docs.size() - 1).path();
      }
      documents += docs.size();
    }
    if (documents > Records.DOC_MASK) {
      throw new IllegalStateException(
          "the search index holds at most " + Records.DOC_MASK + " documents");
    }
    List<String> shardKeys = writeShards(parts, documents, out);
    int count = documents;
    out.accept(
        META,
        DataFile.global(
            "tabledSearchIndex",
            g -> {
              g.writeStartObject();
              g.writeNumberField("format", FORMAT);
              g.writeNumberField("documents", count);
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
      String name = passageName(d, i);
      out.accept(
          passageFile(d, i),
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
   * Renumbers the terms of every part in sorted order and writes the shards, merging the parts'
   * records, which are each sorted; returns each shard's first key. With terms so numbered, records
   * sort as their keys do: "council", then "council tax", then "councillor" (a space sorts before
   * any character of a term). A key's records are those of each part in turn, whose documents
   * follow those of the part before, so its documents come in order.
   */
  private static List<String> writeShards(
      List<SearchPart> parts, int documents, BiConsumer<String, String> out) {
    // every part's words in sorted order: the parts' own lists are sorted, so the sort merges them
    String[] sorted =
        parts.stream()
            .flatMap(part -> part.words().stream())
            .sorted()
            .distinct()
            .toArray(String[]::new);
    int[] lengths = new int[documents];
    List<Cursor> cursors = new ArrayList<>();
    int first = 0;
    for (SearchPart part : parts) {
      // each word's number in the index, found by walking both sorted lists together
      List<String> words = part.words();
      int[] rank = new int[words.size()];
      int at = 0;
      for (int i = 0; i < rank.length; i++) {
        while (!sorted[at].equals(words.get(i))) {
          at++;
        }
        rank[i] = at;
      }
      cursors.add(new Cursor(part, rank, first));
      System.arraycopy(part.lengths(), 0, lengths, first, part.size());
      first += part.size();
    }
    Cursor[] cs = cursors.toArray(new Cursor[0]);
    double average = Math.max(1, Arrays.stream(lengths).average().orElse(1));
    Shards shards = new Shards(out);
    StringBuilder posting = new StringBuilder();
    while (true) {
      long term = Cursor.DONE;
      long pair = Cursor.DONE;
      for (Cursor c : cs) {
        term = Math.min(term, c.termKey);
        pair = Math.min(pair, c.pairKey);
      }
      if (term == Cursor.DONE && pair == Cursor.DONE) {
        break;
      }
      posting.setLength(0);
      int previous = 0;
      // The next key is the smaller: a term, or a pair starting with an earlier term.
      if (term != Cursor.DONE && term <= pair >>> Records.TERM_BITS) {
        for (Cursor c : cs) {
          while (c.termKey == term) {
            long r = c.part.terms[c.t];
            int doc = c.first + (int) ((r >>> 26) & Records.DOC_MASK);
            Codec.number(posting, doc - previous);
            Codec.digit(
                posting,
                weight((int) ((r >>> 20) & 63), ((r >>> 19) & 1) == 1, lengths[doc], average));
            Codec.number(posting, (int) (r & ((1 << 19) - 1)));
            previous = doc;
            c.nextTerm();
          }
        }
        shards.add(sorted[(int) term], "", posting.toString());
      } else {
        for (Cursor c : cs) {
          while (c.pairKey == pair) {
            long r = c.part.pairs[c.p];
            int doc = c.first + (int) ((r >>> 6) & Records.DOC_MASK);
            Codec.number(posting, doc - previous);
            Codec.number(posting, (int) (r & 63));
            previous = doc;
            c.nextPair();
          }
        }
        shards.add(
            sorted[(int) (pair >>> Records.TERM_BITS)],
            sorted[(int) (pair & Records.TERM_MASK)],
            posting.toString());
      }
    }
    return shards.finish();
  }

  /**
   * Where the merge has got to in a part's records, with the key of the next term record and of the
   * next pair record in the index's numbering ({@link #DONE} at the end).
   */
  private static final class Cursor {
    static final long DONE = Long.MAX_VALUE;
    final SearchPart part;
    final int[] rank;
    final int first;
    int t = -1;
    int p = -1;
    long termKey;
    long pairKey;

    Cursor(SearchPart part, int[] rank, int first) {
      this.part = part;
      this.rank = rank;
      this.first = first;
      nextTerm();
      nextPair();
    }

    void nextTerm() {
      t++;
      termKey = t < part.terms.length ? rank[(int) (part.terms[t] >>> 44)] : DONE;
    }

    void nextPair() {
      p++;
      if (p < part.pairs.length) {
        long x = part.pairs[p];
        pairKey =
            ((long) rank[(int) (x >>> 44)] << Records.TERM_BITS)
                | rank[(int) ((x >>> 24) & Records.TERM_MASK)];
      } else {
        pairKey = DONE;
      }
    }
  }
}
