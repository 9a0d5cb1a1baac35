package org.tabled.search;

import java.util.List;

/**
 * The parts' records merged into the index's keys, in order, each with its posting ({@link
 * SearchIndex}): from the first key, or from any key on ({@link #emit}), so that a later build can
 * make again only the shards near the keys an edit changed.
 *
 * <p>Terms are numbered in sorted order of every part's words; with terms so numbered, records sort
 * as their keys do: "council", then "council tax", then "councillor" (a space sorts before any
 * character of a term). A key's records are those of each part in turn, whose documents follow
 * those of the part before, so its documents come in order.
 */
final class IndexMerge {

  /** Takes keys in order; false to stop. */
  @FunctionalInterface
  interface Sink {
    boolean key(String first, String second, String posting);
  }

  private final List<SearchPart> parts;
  private final String[] sorted;
  private final int[][] ranks; // by part: its word's number in sorted
  private final int[] firsts; // by part: its first document's number in the index
  private final int[] buckets; // by document: its length's bucket
  private final int average;

  IndexMerge(List<SearchPart> parts) {
    this.parts = parts;
    this.ranks = new int[parts.size()][];
    this.firsts = new int[parts.size()];
    this.sorted = mergeWords();
    int documents = 0;
    for (int i = 0; i < parts.size(); i++) {
      firsts[i] = documents;
      documents += parts.get(i).size();
    }
    buckets = new int[documents];
    long total = 0;
    for (int i = 0; i < parts.size(); i++) {
      int[] lengths = parts.get(i).lengths();
      for (int d = 0; d < lengths.length; d++) {
        buckets[firsts[i] + d] = SearchIndex.bucket(lengths[d]);
        total += lengths[d];
      }
    }
    average = SearchIndex.bucket(documents == 0 ? 1 : (double) total / documents);
  }

  /** The bucket of the documents' average length. */
  int average() {
    return average;
  }

  /** The number of documents. */
  int documents() {
    return buckets.length;
  }

  /**
   * Every part's words in sorted order, once each, merged from the parts' sorted lists; fills
   * {@link #ranks}.
   */
  private String[] mergeWords() {
    // the parts are few (a committee's each): the smallest of their next words found by looking
    // at each, with no object made per word
    int k = parts.size();
    List<List<String>> words = new java.util.ArrayList<>();
    int[] at = new int[k];
    int total = 0;
    for (int i = 0; i < k; i++) {
      words.add(parts.get(i).words());
      ranks[i] = new int[words.get(i).size()];
      total += ranks[i].length;
    }
    String[] out = new String[total];
    int n = 0;
    while (true) {
      String least = null;
      for (int i = 0; i < k; i++) {
        if (at[i] < ranks[i].length) {
          String w = words.get(i).get(at[i]);
          if (least == null || w.compareTo(least) < 0) {
            least = w;
          }
        }
      }
      if (least == null) {
        return java.util.Arrays.copyOf(out, n);
      }
      out[n++] = least;
      for (int i = 0; i < k; i++) {
        if (at[i] < ranks[i].length && words.get(i).get(at[i]).equals(least)) {
          ranks[i][at[i]++] = n - 1;
        }
      }
    }
  }

  /**
   * Gives {@code sink} every key from ({@code first}, {@code second}) on, in order, until it
   * returns false; {@code first} null for every key.
   */
  void emit(String first, String second, Sink sink) {
    Cursor[] cs = new Cursor[parts.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Cursor(parts.get(i), ranks[i], firsts[i], first, second);
    }
    StringBuilder posting = new StringBuilder();
    while (true) {
      long term = Cursor.DONE;
      long pair = Cursor.DONE;
      for (Cursor c : cs) {
        term = Math.min(term, c.termKey);
        pair = Math.min(pair, c.pairKey);
      }
      if (term == Cursor.DONE && pair == Cursor.DONE) {
        return;
      }
      posting.setLength(0);
      int previous = 0;
      boolean go;
      // The next key is the smaller: a term, or a pair starting with an earlier term.
      if (term != Cursor.DONE && term <= pair >>> Records.TERM_BITS) {
        for (Cursor c : cs) {
          while (c.termKey == term) {
            long r = c.part.terms[c.t];
            int doc = c.first + (int) ((r >>> 26) & Records.DOC_MASK);
            Codec.number(posting, doc - previous);
            Codec.digit(
                posting,
                SearchIndex.weight(
                    (int) ((r >>> 20) & 63), ((r >>> 19) & 1) == 1, buckets[doc] - average));
            Codec.number(posting, (int) (r & ((1 << 19) - 1)));
            previous = doc;
            c.nextTerm();
          }
        }
        go = sink.key(sorted[(int) term], "", posting.toString());
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
        go =
            sink.key(
                sorted[(int) (pair >>> Records.TERM_BITS)],
                sorted[(int) (pair & Records.TERM_MASK)],
                posting.toString());
      }
      if (!go) {
        return;
      }
    }
  }

  /** The first index in {@code words} whose word is {@code word} or after it. */
  private static int lowerBound(List<String> words, String word) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).compareTo(word) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The first index in sorted {@code records} whose bits from {@code shift} on are {@code min}+.
   */
  private static int lowerBound(long[] records, int shift, long min) {
    int lo = 0;
    int hi = records.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if ((records[mid] >>> shift) < min) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
    int t;
    int p;
    long termKey;
    long pairKey;

    /** At the part's first key from ({@code a}, {@code b}) on; {@code a} null for its first. */
    Cursor(SearchPart part, int[] rank, int first, String a, String b) {
      this.part = part;
      this.rank = rank;
      this.first = first;
      if (a == null) {
        t = -1;
        p = -1;
      } else {
        // the part's own numbers: terms from the first word at or after a (after it, for a
        // pair's key); pairs from (a, b), or from the first word after a if the part lacks a
        List<String> words = part.words();
        int ra = lowerBound(words, a);
        boolean has = ra < words.size() && words.get(ra).equals(a);
        int termFrom = has && !b.isEmpty() ? ra + 1 : ra;
        long pairFrom =
            ((long) ra << Records.TERM_BITS) | (has && !b.isEmpty() ? lowerBound(words, b) : 0);
        t = lowerBound(part.terms, 44, termFrom) - 1;
        p = lowerBound(part.pairs, 24, pairFrom) - 1;
      }
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
