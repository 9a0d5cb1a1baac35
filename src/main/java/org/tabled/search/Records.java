package org.tabled.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a run of documents as packed records, one long each: a term in a document, and a
 * pair of terms side by side in a document. Terms are numbered as first met in this run; {@link
 * SearchPart} renumbers them in sorted order, so that the records sort as their keys do. Runs are
 * independent, so that the archive's documents are read on every core.
 *
 * <p>Not thread-safe: one thread reads a run.
 */
final class Records {

  static final int TERM_BITS = 20;
  static final int DOC_BITS = 18;
  static final int TERM_MASK = (1 << TERM_BITS) - 1;
  static final int DOC_MASK = (1 << DOC_BITS) - 1;

  /** term(20) doc(18) tf in text(6) in title(1) first passage(19). */
  final LongList terms = new LongList();

  /** first term(20) second term(20) doc(18) first passage(6). */
  final LongList pairs = new LongList();

  /** The terms, by number. */
  final List<String> words = new ArrayList<>();

  private final Terms stemmer = new Terms();
  private final Map<String, Integer> ids = new HashMap<>();
  // Each word as written to its term's number, or -1 if it has no term: one look-up per word
  // ({@link #wordId}): slots of entry numbers (-1 if free), and each entry's characters, hash and
  // number.
  private int[] wordSlots = filled(1 << 12);
  private final List<char[]> wordChars = new ArrayList<>();
  private int[] wordHashes = new int[1 << 11];
  private int[] wordIdsByEntry = new int[1 << 11];
  // One document's counts by term number, valid where seen[id] is the document's number + 1:
  // arrays rather than a map per document, since there are millions of words to count.
  private int[] seen = new int[1024];
  private int[] inText = new int[1024];
  private boolean[] inTitle = new boolean[1024];
  private int[] firstPassage = new int[1024];
  private int[] touched = new int[1024];
  private int touchedCount;
  // One document's pairs, (first << 20 | second) << 6 | passage, sorted to drop repeats.
  private final LongList docPairs = new LongList();

  /**
   * Adds document number {@code d}, whose text starts its passages at {@code passageStarts};
   * returns the number of words in its text.
   */
  int add(int d, SearchDocument doc, int[] passageStarts) {
    touchedCount = 0;
    docPairs.clear();
    int[] previous = {-1};
    char[] title = doc.title().toCharArray();
    Terms.words(
        title,
        (s, e) -> {
          int id = wordId(title, s, e);
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
    char[] text = doc.body().text().toCharArray();
    Terms.words(
        text,
        (s, e) -> {
          int id = wordId(text, s, e);
          if (id < 0) {
            return;
          }
          while (p[0] + 1 < passageStarts.length && s >= passageStarts[p[0] + 1]) {
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
    for (int i = 0; i < touchedCount; i++) {
      int id = touched[i];
      terms.add(
          ((long) id << 44)
              | ((long) d << 26)
              | ((long) Math.min(inText[id], 63) << 20)
              | ((long) (inTitle[id] ? 1 : 0) << 19)
              | Math.min(firstPassage[id], (1 << 19) - 1));
    }
    // Sorted, a pair's first record has its first passage; the rest are repeats.
    long[] sorted = docPairs.sorted();
    for (int i = 0; i < sorted.length; i++) {
      long r = sorted[i];
      if (i == 0 || r >>> 6 != sorted[i - 1] >>> 6) {
        pairs.add(((r >>> 6) << 24) | ((long) d << 6) | (r & 63));
      }
    }
    return length[0];
  }

  /**
   * The number of the word written at {@code cs[start, end)}, or -1 if it has no term: looked up by
   * its characters where they are, in a table of its own (open addressing), since an archive's text
   * has tens of millions of words and a string and a boxed number for each was most of the time
   * this took.
   */
  private int wordId(char[] cs, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + cs[i];
    }
    hash ^= hash >>> 16;
    int mask = wordSlots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = wordSlots[slot];
      if (entry < 0) {
        String word = new String(cs, start, end - start);
        String term = stemmer.term(word);
        int id = term == null ? -1 : id(term);
        addWord(slot, hash, word.toCharArray(), id);
        return id;
      }
      char[] known = wordChars.get(entry);
      if (wordHashes[entry] == hash && Arrays.equals(known, 0, known.length, cs, start, end)) {
        return wordIdsByEntry[entry];
      }
    }
  }

  private void addWord(int slot, int hash, char[] word, int id) {
    int entry = wordChars.size();
    wordChars.add(word);
    if (entry == wordHashes.length) {
      wordHashes = Arrays.copyOf(wordHashes, entry * 2);
      wordIdsByEntry = Arrays.copyOf(wordIdsByEntry, entry * 2);
    }
    wordHashes[entry] = hash;
    wordIdsByEntry[entry] = id;
    wordSlots[slot] = entry;
    if (2 * (entry + 1) > wordSlots.length) { // at most half full: probes stay short
      int[] slots = new int[wordSlots.length * 2];
      Arrays.fill(slots, -1);
      int mask = slots.length - 1;
      for (int e = 0; e <= entry; e++) {
        int s = wordHashes[e] & mask;
        while (slots[s] >= 0) {
          s = (s + 1) & mask;
        }
        slots[s] = e;
      }
      wordSlots = slots;
    }
  }

  private int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      if (words.size() > TERM_MASK) {
        throw new IllegalStateException(
            "the search index holds at most " + (TERM_MASK + 1) + " different words");
      }
      id = words.size();
      ids.put(term, id);
      words.add(term);
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
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = id;
    }
  }

  private void pair(int first, int second, int passage) {
    if (first >= 0) {
      docPairs.add(((((long) first << TERM_BITS) | second) << 6) | Math.min(passage, 63));
    }
  }

  /** An array of {@code n} slots, each -1 (free). */
  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
