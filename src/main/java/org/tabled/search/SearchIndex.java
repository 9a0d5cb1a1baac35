package org.tabled.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Builds the search index: every document's words as terms ({@link Terms}), with the documents each
 * term is in, sharded so that a search downloads only what it needs however large the archive. The
 * files, by path relative to the search folder:
 *
 * <ul>
 *   <li>{@code search-index.js}: the metadata, loaded with the search page: the number of documents
 *       the first key of each shard, and the name of any shard not named by its first key's hash
 *       ({@link ShardCuts}).
 *   <li>{@code index/NAME.js}: a shard ({@link Shards}): keys in sorted order, each with its
 *       posting. A key is a term ("council"), or two terms that follow each other in some document
 *       ("council tax"), which is how a phrase is found without storing every word's position.
 *   <li>{@code text/D-P.js}: passage P of document D ({@link Passages}) with the document's path,
 *       title, kind, committee and date: a result downloads the passage it was found in.
 * </ul>
 *
 * <p>Documents are numbered in order of path. A posting ({@link Codec}) lists documents in order:
 * for a term, each document's gap from the one before, its weight (a digit) and the passage the
 * term is first in; for a pair of terms, the gap and the passage. The weight is BM25's
 * term-frequency part for the text (the document's length and the average taken in {@link
 * #bucket}s), plus {@value #TITLE} if the term is in the title, times ten; the browser multiplies
 * it by the term's inverse document frequency, so words in titles rank first and more matches rank
 * above fewer.
 *
 * <p>The documents are read in parts ({@link SearchPart}), on every core, and the parts' sorted
 * records merged ({@link IndexMerge}); the output is the same bytes for the same documents, in any
 * order, in any parts and on any number of cores. A build reads a part per committee and keeps it,
 * so that an edit reads again only the documents of the committee it changed; and it records how it
 * cut the shards ({@link IndexRecord}), so that an edit makes again only the shards whose keys it
 * changed ({@link #update}).
 */
public final class SearchIndex {

  /** Bumped when the files change shape, so that a stale search.js can tell. */
  public static final int FORMAT = 2;

  /** The file of metadata, which the search page loads. */
  public static final String META = "search-index.js";

  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE = 3.0;

  /** Steps of a length's {@link #bucket} per doubling. */
  static final int BUCKETS = 2;

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
  public static IndexRecord writeIndex(List<SearchPart> parts, BiConsumer<String, String> out) {
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
    IndexMerge merge = new IndexMerge(parts);
    Shards shards = new Shards(out);
    merge.emit(
        null,
        "",
        (first, second, posting) -> {
          shards.add(first, second, posting);
          return true;
        });
    IndexRecord record =
        new IndexRecord(
            parts.stream().map(SearchPart::size).toList(), merge.average(), shards.finish());
    writeMeta(record, documents, out);
    return record;
  }

  /**
   * Writes the index of {@code parts} as {@link #writeIndex} does, making again only the shards
   * whose keys changed since the index {@code before} recorded, or that follow such a key up to
   * where the cuts agree again, and taking every other shard as it is, if {@code reuse} takes their
   * files ("index/NAME.js") as the last build wrote them. {@code changed} holds, for each part, the
   * part {@code before} was made from if it differs from this one (of the same documents), else
   * null. Returns empty, having written nothing, if that cannot be done: other documents or parts,
   * a change to the average length's bucket, a shard renamed, or {@code reuse} refused; the caller
   * then writes the index whole. Either way the files are those {@link #writeIndex} writes.
   */
  public static Optional<IndexRecord> update(
      IndexRecord before,
      List<SearchPart> parts,
      List<SearchPart> changed,
      BiConsumer<String, String> out,
      Predicate<List<String>> reuse) {
    return IndexUpdate.update(before, parts, changed, out, reuse);
  }

  /** Writes the metadata: the documents, every shard's first key, and the names not its hash. */
  static void writeMeta(IndexRecord record, int documents, BiConsumer<String, String> out) {
    out.accept(
        META,
        DataFile.global(
            "tabledSearchIndex",
            g -> {
              g.writeStartObject();
              g.writeNumberField("format", FORMAT);
              g.writeNumberField("documents", documents);
              g.writeArrayFieldStart("shards");
              for (Shards.Shard s : record.shards()) {
                g.writeString(s.firstKey());
              }
              g.writeEndArray();
              g.writeObjectFieldStart("names");
              for (Shards.Shard s : record.shards()) {
                if (!s.name().equals(ShardCuts.name(s.firstKey()))) {
                  g.writeStringField(s.firstKey(), s.name());
                }
              }
              g.writeEndObject();
              g.writeEndObject();
            }));
  }

  /**
   * A document's weight for a term ({@link SearchIndex}), 1 to 63, where the document's length is
   * {@code lengthOverAverage} {@link #bucket}s from the average's.
   */
  static int weight(int tf, boolean inTitle, int lengthOverAverage) {
    double ratio = StrictMath.pow(2, lengthOverAverage / (double) BUCKETS);
    double bm25 = tf == 0 ? 0 : tf * (K1 + 1) / (tf + K1 * (1 - B + B * ratio));
    return (int) Math.max(1, Math.min(63, Math.round(10 * (bm25 + (inTitle ? TITLE : 0)))));
  }

  /**
   * A length in words, rounded to the nearest of {@value #BUCKETS} steps per doubling (about 41%
   * each): lengths are weighed by these, so that an edit of a paragraph changes the weights of the
   * words it changed only, not, unless it crosses a step, of every word of its document, nor,
   * through the average, of every document. (The weight is a digit: the steps move a word's rank
   * among documents of much the same length little. {@code StrictMath}: the same on every machine.)
   */
  static int bucket(double length) {
    return (int) Math.round(BUCKETS * StrictMath.log(Math.max(1, length)) / StrictMath.log(2));
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
}
