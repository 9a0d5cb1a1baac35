package org.tabled.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The documents of one part of the site, read into the index's records: each document's terms, the
 * pairs of terms side by side, its length in words and its number of passages. {@link SearchIndex}
 * joins the parts into one index; a part can be kept as bytes ({@link #encode}) and read back
 * ({@link #decode}) by a later build whose documents of that part are the same, so that an edit
 * reads only the words of the part it changed.
 *
 * <p>Documents are numbered within the part in order of path, and terms in sorted order of the
 * part's own words; the records are sorted, as {@link Records} packs them. Joined, the parts' terms
 * are renumbered in sorted order of every part's words (an order the parts' own numbers keep), and
 * each part's documents follow those of the parts before it: so a part's documents must all sort
 * after every document of the parts before it, as one committee's pages do ({@code
 * committees/C/…}).
 *
 * <p>Immutable once made.
 */
public final class SearchPart {

  private static final int FORMAT = 0x54535001; // "TSP", version 1

  private final List<SearchDocument> docs;
  private final String[] words;
  final long[] terms; // sorted, read by SearchIndex's merge
  final long[] pairs; // sorted
  private final int[] lengths;
  private final int[] passages;

  private SearchPart(
      List<SearchDocument> docs,
      String[] words,
      long[] terms,
      long[] pairs,
      int[] lengths,
      int[] passages) {
    this.docs = docs;
    this.words = words;
    this.terms = terms;
    this.pairs = pairs;
    this.lengths = lengths;
    this.passages = passages;
  }

  /** Reads {@code documents}, in any order, on the calling thread. */
  public static SearchPart of(List<SearchDocument> documents) {
    List<SearchDocument> docs = checked(documents);
    Records rs = new Records();
    int[] lengths = new int[docs.size()];
    int[] passages = new int[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      List<Passages.Passage> ps = Passages.of(docs.get(d).body());
      passages[d] = ps.size();
      lengths[d] = rs.add(d, docs.get(d), ps.stream().mapToInt(Passages.Passage::start).toArray());
    }
    return assemble(docs, rs.words, rs.terms, rs.pairs, lengths, passages);
  }

  /**
   * As {@link #of(List)}, taking each document's records from {@code memory} if an earlier build of
   * the same preview read a document equal to it (every field, the whole text), reading only the
   * others, and keeping each in {@code memory} for the next build. The same part, whichever
   * documents were read.
   */
  public static SearchPart of(List<SearchDocument> documents, Memory memory) {
    List<SearchDocument> docs = checked(documents);
    Memory.Doc[] each = new Memory.Doc[docs.size()];
    List<Integer> unread = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      each[d] = memory.get(docs.get(d));
      if (each[d] == null) {
        unread.add(d);
      }
    }
    if (!unread.isEmpty()) {
      // the others read as one run, then cut into each document's records and words
      Records rs = new Records();
      int[] termsFrom = new int[unread.size() + 1];
      int[] pairsFrom = new int[unread.size() + 1];
      int[] lengths = new int[unread.size()];
      int[] passages = new int[unread.size()];
      for (int i = 0; i < unread.size(); i++) {
        SearchDocument doc = docs.get(unread.get(i));
        List<Passages.Passage> ps = Passages.of(doc.body());
        termsFrom[i] = rs.terms.size();
        pairsFrom[i] = rs.pairs.size();
        passages[i] = ps.size();
        lengths[i] = rs.add(i, doc, ps.stream().mapToInt(Passages.Passage::start).toArray());
      }
      termsFrom[unread.size()] = rs.terms.size();
      pairsFrom[unread.size()] = rs.pairs.size();
      int[] local = new int[rs.words.size()];
      int[] stamp = new int[rs.words.size()];
      for (int i = 0; i < unread.size(); i++) {
        List<String> words = new ArrayList<>();
        long[] terms = rs.terms.copy(termsFrom[i], termsFrom[i + 1]);
        long[] pairs = rs.pairs.copy(pairsFrom[i], pairsFrom[i + 1]);
        for (int k = 0; k < terms.length; k++) {
          int w = localWord((int) (terms[k] >>> 44), i + 1, local, stamp, words, rs.words);
          terms[k] = ((long) w << 44) | (terms[k] & ((1L << 26) - 1)); // document 0
        }
        for (int k = 0; k < pairs.length; k++) {
          long x = pairs[k];
          int a = localWord((int) (x >>> 44), i + 1, local, stamp, words, rs.words);
          int b =
              localWord(
                  (int) ((x >>> 24) & Records.TERM_MASK), i + 1, local, stamp, words, rs.words);
          pairs[k] = ((long) a << 44) | ((long) b << 24) | (x & 63); // document 0
        }
        Memory.Doc doc =
            new Memory.Doc(words.toArray(new String[0]), terms, pairs, lengths[i], passages[i]);
        each[unread.get(i)] = doc;
        memory.put(docs.get(unread.get(i)), doc);
      }
    }
    // every document's records, numbered by the part's words as first met
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    LongList terms = new LongList();
    LongList pairs = new LongList();
    int[] lengths = new int[docs.size()];
    int[] passages = new int[docs.size()];
    for (int d = 0; d < docs.size(); d++) {
      Memory.Doc doc = each[d];
      memory.used(docs.get(d), doc);
      int[] id = new int[doc.words().length];
      for (int w = 0; w < id.length; w++) {
        id[w] =
            ids.computeIfAbsent(
                doc.words()[w],
                k -> {
                  words.add(k);
                  return words.size() - 1;
                });
      }
      for (long x : doc.terms()) {
        terms.add(((long) id[(int) (x >>> 44)] << 44) | ((long) d << 26) | (x & ((1L << 26) - 1)));
      }
      for (long x : doc.pairs()) {
        pairs.add(
            ((long) id[(int) (x >>> 44)] << 44)
                | ((long) id[(int) ((x >>> 24) & Records.TERM_MASK)] << 24)
                | ((long) d << 6)
                | (x & 63));
      }
      lengths[d] = doc.length();
      passages[d] = doc.passages();
    }
    return assemble(docs, words, terms, pairs, lengths, passages);
  }

  /**
   * As {@link #of(List)}, taking the records of each document equal to one of {@code previous}'s
   * (every field, the whole text) from {@code previous}, and reading only the others: a committee's
   * part after an edit to one of its papers, from the part the last build kept. The same part,
   * whichever documents were read.
   */
  public static SearchPart of(List<SearchDocument> documents, SearchPart previous) {
    Memory memory = new Memory(Long.MAX_VALUE);
    previous.eachDocument(memory::put);
    return of(documents, memory);
  }

  /** Gives each document's records, numbered by its own words as for document 0, to {@code to}. */
  private void eachDocument(BiConsumer<SearchDocument, Memory.Doc> to) {
    int n = docs.size();
    int[] termCount = new int[n];
    int[] pairCount = new int[n];
    for (long x : terms) {
      termCount[(int) ((x >>> 26) & Records.DOC_MASK)]++;
    }
    for (long x : pairs) {
      pairCount[(int) ((x >>> 6) & Records.DOC_MASK)]++;
    }
    long[][] docTerms = new long[n][];
    long[][] docPairs = new long[n][];
    for (int d = 0; d < n; d++) {
      docTerms[d] = new long[termCount[d]];
      docPairs[d] = new long[pairCount[d]];
    }
    int[] at = new int[n];
    for (long x : terms) {
      int d = (int) ((x >>> 26) & Records.DOC_MASK);
      docTerms[d][at[d]++] = x;
    }
    Arrays.fill(at, 0);
    for (long x : pairs) {
      int d = (int) ((x >>> 6) & Records.DOC_MASK);
      docPairs[d][at[d]++] = x;
    }
    int[] local = new int[words.length];
    int[] stamp = new int[words.length];
    List<String> all = Arrays.asList(words);
    for (int d = 0; d < n; d++) {
      List<String> own = new ArrayList<>();
      long[] t = docTerms[d];
      for (int k = 0; k < t.length; k++) {
        int w = localWord((int) (t[k] >>> 44), d + 1, local, stamp, own, all);
        t[k] = ((long) w << 44) | (t[k] & ((1L << 26) - 1)); // document 0
      }
      long[] p = docPairs[d];
      for (int k = 0; k < p.length; k++) {
        long x = p[k];
        int a = localWord((int) (x >>> 44), d + 1, local, stamp, own, all);
        int b = localWord((int) ((x >>> 24) & Records.TERM_MASK), d + 1, local, stamp, own, all);
        p[k] = ((long) a << 44) | ((long) b << 24) | (x & 63); // document 0
      }
      to.accept(
          docs.get(d), new Memory.Doc(own.toArray(new String[0]), t, p, lengths[d], passages[d]));
    }
  }

  /** Word {@code w} of a run's words as numbered in document {@code doc}'s own list. */
  private static int localWord(
      int w, int doc, int[] local, int[] stamp, List<String> words, List<String> all) {
    if (stamp[w] != doc) {
      stamp[w] = doc;
      local[w] = words.size();
      words.add(all.get(w));
    }
    return local[w];
  }

  private static List<SearchDocument> checked(List<SearchDocument> documents) {
    List<SearchDocument> docs = sorted(documents);
    if (docs.size() > Records.DOC_MASK) {
      throw new IllegalStateException(
          "the search index holds at most " + Records.DOC_MASK + " documents");
    }
    return docs;
  }

  /** The part of {@code docs} from their records, numbered by {@code words}: renumbered, sorted. */
  private static SearchPart assemble(
      List<SearchDocument> docs,
      List<String> wordList,
      LongList termList,
      LongList pairList,
      int[] lengths,
      int[] passages) {
    // the words sorted as strings (no two alike), each one's number then its place among them
    String[] sortedWords = wordList.toArray(new String[0]);
    Arrays.sort(sortedWords);
    Map<String, Integer> place = new HashMap<>(sortedWords.length * 2);
    for (int r = 0; r < sortedWords.length; r++) {
      place.put(sortedWords[r], r);
    }
    int[] rank = new int[sortedWords.length];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = place.get(wordList.get(i));
    }
    long[] terms = new long[termList.size()];
    termList.mapInto(x -> renumber(x, rank), terms, 0);
    long[] pairs = new long[pairList.size()];
    pairList.mapInto(x -> renumberPair(x, rank), pairs, 0);
    RadixSort.unsigned(terms);
    RadixSort.unsigned(pairs);
    return new SearchPart(docs, sortedWords, terms, pairs, lengths, passages);
  }

  /**
   * Each document's records as a preview's builds read them ({@link #of(List, Memory)}), by the
   * document: those of the last build and of this one, so that what no build uses is dropped by the
   * next; and of one build at most {@value #BUDGET} records, so that a build that reads every
   * committee (a preview's first) does not hold the whole archive's words, only what a save needs,
   * the documents of a committee or two. Thread-safe.
   */
  public static final class Memory {

    /** Records (terms and pairs) a build keeps at most. */
    static final long BUDGET = 4_000_000;

    /** One document's records: its own words, and records numbered by them, for document 0. */
    record Doc(String[] words, long[] terms, long[] pairs, int length, int passages) {
      long size() {
        return terms.length + pairs.length;
      }
    }

    private volatile Map<SearchDocument, Doc> last = new ConcurrentHashMap<>();
    private volatile Map<SearchDocument, Doc> now = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong kept =
        new java.util.concurrent.atomic.AtomicLong();
    private final long budget;

    /** A memory of at most {@link #BUDGET} records a build. */
    public Memory() {
      this(BUDGET);
    }

    Memory(long budget) {
      this.budget = budget;
    }

    /** A build starts: what the last build did not use is forgotten. */
    public synchronized void buildStarts() {
      last = now;
      now = new ConcurrentHashMap<>();
      kept.set(0);
    }

    Doc get(SearchDocument d) {
      Doc doc = now.get(d);
      return doc != null ? doc : last.get(d);
    }

    /** Keeps {@code doc}, the records of {@code d}, for the next build, within the budget. */
    void put(SearchDocument d, Doc doc) {
      if (kept.addAndGet(doc.size()) <= budget) {
        if (now.put(d, doc) != null) {
          kept.addAndGet(-doc.size());
        }
      } else {
        kept.addAndGet(-doc.size());
      }
    }

    /** {@code doc}, the records of {@code d}, was used by this build: kept, as {@link #put}. */
    void used(SearchDocument d, Doc doc) {
      if (!now.containsKey(d)) {
        put(d, doc);
      }
    }

    /** How many documents this build keeps (for tests). */
    int size() {
      return now.size();
    }

    /** How many records this build keeps (for tests). */
    long records() {
      return now.values().stream().mapToLong(Doc::size).sum();
    }
  }

  /**
   * This part for {@code documents}, in any order, if they have the same paths as its own: the same
   * records, given the documents of a later build whose part is kept under the same key.
   */
  public Optional<SearchPart> withDocuments(List<SearchDocument> documents) {
    List<SearchDocument> given = sorted(documents);
    if (given.size() != docs.size()) {
      return Optional.empty();
    }
    for (int d = 0; d < given.size(); d++) {
      if (!given.get(d).path().equals(docs.get(d).path())) {
        return Optional.empty();
      }
    }
    return Optional.of(new SearchPart(given, words, terms, pairs, lengths, passages));
  }

  /** The documents, in order of path. */
  public List<SearchDocument> documents() {
    return docs;
  }

  /** How many documents the part has. */
  public int size() {
    return docs.size();
  }

  /**
   * The passage files of the part's documents when its first is document {@code first} of the
   * index, as {@link SearchIndex#writePassages} names them.
   */
  public List<String> passageFiles(int first) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      for (int p = 0; p < passages[d]; p++) {
        out.add(SearchIndex.passageFile(first + d, p));
      }
    }
    return out;
  }

  List<String> words() {
    return Arrays.asList(words);
  }

  int[] lengths() {
    return lengths;
  }

  private static long renumber(long x, int[] rank) {
    return ((long) rank[(int) (x >>> 44)] << 44) | (x & ((1L << 44) - 1));
  }

  private static long renumberPair(long x, int[] rank) {
    return ((long) rank[(int) (x >>> 44)] << 44)
        | ((long) rank[(int) ((x >>> 24) & Records.TERM_MASK)] << 24)
        | (x & ((1L << 24) - 1));
  }

  private static List<SearchDocument> sorted(List<SearchDocument> documents) {
    return documents.stream().sorted(Comparator.comparing(SearchDocument::path)).toList();
  }

  /**
   * The part as bytes, compressed: the documents' paths (to be checked when read back), lengths and
   * passages, the words and the records.
   */
  public byte[] encode() {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream out =
        new DataOutputStream(
            new java.io.BufferedOutputStream(
                new DeflaterOutputStream(packed, deflater, 1 << 16), 1 << 16))) {
      out.writeInt(FORMAT);
      out.writeInt(docs.size());
      for (int d = 0; d < docs.size(); d++) {
        text(out, docs.get(d).path());
        out.writeInt(lengths[d]);
        out.writeInt(passages[d]);
      }
      out.writeInt(words.length);
      for (String w : words) {
        text(out, w);
      }
      longs(out, terms);
      longs(out, pairs);
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    } finally {
      deflater.end();
    }
    return packed.toByteArray();
  }

  /**
   * The part {@link #encode} wrote for {@code documents}; an exception if the bytes are not such a
   * part, or are a part of other documents (by count or path).
   */
  public static SearchPart decode(byte[] bytes, List<SearchDocument> documents) throws IOException {
    List<SearchDocument> docs = sorted(documents);
    try (DataInputStream in =
        new DataInputStream(
            new java.io.BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(bytes)), 1 << 16))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("not a search part");
      }
      if (in.readInt() != docs.size()) {
        throw new IOException("a search part of other documents");
      }
      int[] lengths = new int[docs.size()];
      int[] passages = new int[docs.size()];
      for (int d = 0; d < docs.size(); d++) {
        if (!text(in).equals(docs.get(d).path())) {
          throw new IOException("a search part of other documents");
        }
        lengths[d] = in.readInt();
        passages[d] = in.readInt();
      }
      int n = in.readInt();
      if (n < 0 || n > Records.TERM_MASK + 1) {
        throw new IOException("not a search part");
      }
      String[] words = new String[n];
      for (int i = 0; i < n; i++) {
        words[i] = text(in);
      }
      long[] terms = longs(in);
      long[] pairs = longs(in);
      if (in.read() >= 0) {
        throw new IOException("longer than a search part");
      }
      for (long x : terms) {
        int doc = (int) ((x >>> 26) & Records.DOC_MASK);
        if ((x >>> 44) >= n || doc >= docs.size() || (x & ((1 << 19) - 1)) >= passages[doc]) {
          throw new IOException("a search part's record out of range");
        }
      }
      for (long x : pairs) {
        if ((x >>> 44) >= n
            || ((x >>> 24) & Records.TERM_MASK) >= n
            || ((x >>> 6) & Records.DOC_MASK) >= docs.size()) {
          throw new IOException("a search part's record out of range");
        }
      }
      return new SearchPart(docs, words, terms, pairs, lengths, passages);
    }
  }

  private static void longs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    for (long v : values) {
      if (b.remaining() < Long.BYTES) {
        out.write(b.array(), 0, b.position());
        b.clear();
      }
      b.putLong(v);
    }
    out.write(b.array(), 0, b.position());
  }

  private static long[] longs(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 28)) {
      throw new IOException("not a search part");
    }
    long[] values = new long[n];
    byte[] chunk = new byte[1 << 16];
    int i = 0;
    while (i < n) {
      int k = Math.min(n - i, chunk.length / Long.BYTES);
      in.readFully(chunk, 0, k * Long.BYTES);
      ByteBuffer.wrap(chunk, 0, k * Long.BYTES).asLongBuffer().get(values, i, k);
      i += k;
    }
    return values;
  }

  /** Writes {@code s} as its length in UTF-8 bytes and those bytes (also {@link IndexRecord}'s). */
  static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A text {@link #text(DataOutputStream, String)} wrote, of at most 16 MiB. */
  static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("not a search part");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
