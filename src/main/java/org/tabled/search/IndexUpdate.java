package org.tabled.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * {@link SearchIndex#update}: the index made again only around the keys that changed.
 *
 * <p>A key changed if its records in a changed part differ (a document gained or lost the term or
 * pair, or its count, title or first passage changed), or if a document it is in changed its
 * length's bucket. Every other key has the posting it had, since the documents are numbered as
 * before and the average's bucket is the same. The cuts ({@link ShardCuts}) depend on each key and
 * on the size of the shard being filled since the last cut by content; so the shards are made again
 * from the last cut by content before a changed key (at a key that did not change) until a cut by
 * content at the first key of a shard that also started so and is past every changed key before it:
 * from there on, the cuts, and so the shards, are what they were, up to the next changed key.
 */
final class IndexUpdate {

  private IndexUpdate() {}

  /** A shard of the new index: one taken as it was, or one made, with its entries. */
  private record Planned(
      Shards.Shard taken, String firstKey, boolean byContent, List<String[]> entries) {}

  static Optional<IndexRecord> update(
      IndexRecord before,
      List<SearchPart> parts,
      List<SearchPart> changed,
      BiConsumer<String, String> out,
      Predicate<List<String>> reuse) {
    List<Shards.Shard> old = before.shards();
    if (parts.size() != changed.size()
        || !before.partSizes().equals(parts.stream().map(SearchPart::size).toList())
        || old.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> keys = new TreeSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (changed.get(i) != null && !changedKeys(changed.get(i), parts.get(i), keys)) {
        return Optional.empty();
      }
    }
    IndexMerge merge = new IndexMerge(parts);
    if (merge.average() != before.average()) {
      return Optional.empty();
    }
    List<Planned> plan = new ArrayList<>();
    int next = 0; // the old shards before it are planned
    String c = keys.isEmpty() ? null : keys.first();
    while (c != null) {
      int j = regionStart(old, keys, c);
      for (int k = next; k < j; k++) {
        plan.add(new Planned(old.get(k), null, false, null));
      }
      Region r = new Region(old, keys, plan);
      if (j == 0) {
        merge.emit(null, "", r);
      } else {
        String key = old.get(j).firstKey();
        int space = key.indexOf(' ');
        merge.emit(
            space < 0 ? key : key.substring(0, space),
            space < 0 ? "" : key.substring(space + 1),
            r);
      }
      r.close();
      next = r.stopAt;
      c = r.nextChanged;
    }
    for (int k = next; k < old.size(); k++) {
      plan.add(new Planned(old.get(k), null, false, null));
    }
    // named as writeIndex names them: a shard taken must keep its name
    Shards.Names names = new Shards.Names();
    List<Shards.Shard> shards = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    for (Planned p : plan) {
      if (p.taken() != null) {
        if (!names.next(p.taken().firstKey()).equals(p.taken().name())) {
          return Optional.empty();
        }
        shards.add(p.taken());
        taken.add(Shards.file(p.taken().name()) + ".js");
      } else {
        shards.add(new Shards.Shard(p.firstKey(), p.byContent(), names.next(p.firstKey())));
      }
    }
    if (!reuse.test(Collections.unmodifiableList(taken))) {
      return Optional.empty();
    }
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i).taken() == null) {
        String name = Shards.file(shards.get(i).name());
        out.accept(name + ".js", Shards.text(name, plan.get(i).entries()));
      }
    }
    IndexRecord record = new IndexRecord(before.partSizes(), merge.average(), shards);
    SearchIndex.writeMeta(record, merge.documents(), out);
    return Optional.of(record);
  }

  /**
   * The old shard to make again from for changed key {@code c}: the one holding {@code c}, or the
   * nearest before it that starts by content at a key that did not change (the first, at worst).
   */
  private static int regionStart(List<Shards.Shard> old, NavigableSet<String> keys, String c) {
    int m = holding(old, c);
    while (m > 0 && (!old.get(m).byContent() || keys.contains(old.get(m).firstKey()))) {
      m--;
    }
    return m;
  }

  /** The old shard whose keys {@code key} falls among (the first if before them all). */
  private static int holding(List<Shards.Shard> old, String key) {
    int lo = 0;
    int hi = old.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (old.get(mid).firstKey().compareTo(key) <= 0) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Cuts the keys of a region into shards as {@link Shards} does, until the cuts agree with the old
   * ones again ({@link IndexUpdate}), or the keys end.
   */
  private static final class Region implements IndexMerge.Sink {
    private final List<Shards.Shard> old;
    private final NavigableSet<String> keys;
    private final List<Planned> plan;
    private List<String[]> entries = new ArrayList<>();
    private String firstKey;
    private boolean byContent;
    private int filled;
    int stopAt;
    String nextChanged;

    Region(List<Shards.Shard> old, NavigableSet<String> keys, List<Planned> plan) {
      this.old = old;
      this.keys = keys;
      this.plan = plan;
      this.stopAt = old.size(); // unless stopped before the end
    }

    @Override
    public boolean key(String first, String second, String posting) {
      int size = ShardCuts.size(first, second, posting);
      ShardCuts.Cut cut = ShardCuts.before(first, second, size, filled);
      String key = Shards.key(first, second);
      if (cut == ShardCuts.Cut.CONTENT && !keys.contains(key)) {
        int m = holding(old, key);
        if (old.get(m).firstKey().equals(key) && old.get(m).byContent()) {
          String c = keys.ceiling(key);
          if (c == null || regionStart(old, keys, c) > m) {
            stopAt = m;
            nextChanged = c;
            return false;
          }
        }
      }
      if (cut != ShardCuts.Cut.NONE) {
        close();
      }
      if (entries.isEmpty()) {
        firstKey = key;
        byContent = cut != ShardCuts.Cut.SIZE;
      }
      entries.add(new String[] {first, second, posting});
      filled += size;
      return true;
    }

    /** Plans the shard being filled, if any. */
    void close() {
      if (!entries.isEmpty()) {
        plan.add(new Planned(null, firstKey, byContent, entries));
        entries = new ArrayList<>();
        filled = 0;
      }
    }
  }

  /**
   * Adds to {@code out} every key whose records differ between {@code before} and {@code after},
   * parts of the same documents, or that is in a document whose length's bucket changed; false if
   * the parts are not of as many documents.
   */
  static boolean changedKeys(SearchPart before, SearchPart after, NavigableSet<String> out) {
    if (before.size() != after.size()) {
      return false;
    }
    int[] la = before.lengths();
    int[] lb = after.lengths();
    boolean[] relengthed = new boolean[la.length];
    for (int d = 0; d < la.length; d++) {
      relengthed[d] = SearchIndex.bucket(la[d]) != SearchIndex.bucket(lb[d]);
    }
    List<String> wa = before.words();
    List<String> wb = after.words();
    long[] ta = before.terms;
    long[] tb = after.terms;
    int i = 0;
    int j = 0;
    while (i < ta.length || j < tb.length) {
      int cmp =
          i == ta.length
              ? 1
              : j == tb.length
                  ? -1
                  : wa.get((int) (ta[i] >>> 44)).compareTo(wb.get((int) (tb[j] >>> 44)));
      int ie = cmp <= 0 ? groupEnd(ta, i, 44) : i;
      int je = cmp >= 0 ? groupEnd(tb, j, 44) : j;
      if (cmp < 0) {
        out.add(wa.get((int) (ta[i] >>> 44)));
      } else if (cmp > 0) {
        out.add(wb.get((int) (tb[j] >>> 44)));
      } else if (!same(ta, i, ie, tb, j, je, 44)
          || relengthed(ta, i, ie, relengthed)
          || relengthed(tb, j, je, relengthed)) {
        out.add(wa.get((int) (ta[i] >>> 44)));
      }
      i = ie;
      j = je;
    }
    long[] pa = before.pairs;
    long[] pb = after.pairs;
    i = 0;
    j = 0;
    while (i < pa.length || j < pb.length) {
      int cmp = i == pa.length ? 1 : j == pb.length ? -1 : comparePairs(wa, pa[i], wb, pb[j]);
      int ie = cmp <= 0 ? groupEnd(pa, i, 24) : i;
      int je = cmp >= 0 ? groupEnd(pb, j, 24) : j;
      if (cmp < 0) {
        out.add(pairKey(wa, pa[i]));
      } else if (cmp > 0) {
        out.add(pairKey(wb, pb[j]));
      } else if (!same(pa, i, ie, pb, j, je, 24)) {
        out.add(pairKey(wa, pa[i]));
      }
      i = ie;
      j = je;
    }
    return true;
  }

  private static String pairKey(List<String> words, long r) {
    return words.get((int) (r >>> 44)) + " " + words.get((int) ((r >>> 24) & Records.TERM_MASK));
  }

  private static int comparePairs(List<String> wa, long a, List<String> wb, long b) {
    int c = wa.get((int) (a >>> 44)).compareTo(wb.get((int) (b >>> 44)));
    return c != 0
        ? c
        : wa.get((int) ((a >>> 24) & Records.TERM_MASK))
            .compareTo(wb.get((int) ((b >>> 24) & Records.TERM_MASK)));
  }

  /** The end of the run of records from {@code from} with the same bits from {@code shift} on. */
  private static int groupEnd(long[] records, int from, int shift) {
    long key = records[from] >>> shift;
    int k = from + 1;
    while (k < records.length && records[k] >>> shift == key) {
      k++;
    }
    return k;
  }

  /** Whether two runs of records agree below bit {@code shift}. */
  private static boolean same(long[] a, int i, int ie, long[] b, int j, int je, int shift) {
    if (ie - i != je - j) {
      return false;
    }
    long mask = (1L << shift) - 1;
    for (int k = 0; k < ie - i; k++) {
      if ((a[i + k] & mask) != (b[j + k] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static boolean relengthed(long[] terms, int from, int to, boolean[] relengthed) {
    for (int k = from; k < to; k++) {
      if (relengthed[(int) ((terms[k] >>> 26) & Records.DOC_MASK)]) {
        return true;
      }
    }
    return false;
  }
}
