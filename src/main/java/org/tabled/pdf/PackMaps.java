package org.tabled.pdf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.tabled.model.MeetingId;
import org.tabled.output.BuildCache;

/**
 * Where things are printed in the packs of one build: for each pack, the printed pages of every
 * element a reference or a tracker pointer can name (a paper, an appendix, a numbered paragraph, an
 * agenda item, a tracker row or response), read from the pack's final layout.
 *
 * <p>A pack's text can depend on other packs' layouts: "(page 14 of the agenda pack for 22
 * September 2026)", or a tracker row carried forward, "Response on page 23 of the agenda pack for
 * 14 July 2026". {@link PackRenderer} fills these maps in as it lays the packs out, and repeats
 * until every pack's text agrees with the maps it was written from (see there). While rendering, a
 * {@link Reader} records which packs' maps were read and whether any was not known yet, so that the
 * renderer knows which packs are final.
 */
final class PackMaps {

  /**
   * The printed pages an element spans.
   *
   * @param first the page number printed on its first page (0 on an unnumbered page)
   * @param last the page number printed on its last page
   */
  record Span(int first, int last) {}

  private final Set<MeetingId> packs;

  /** Written by the thread laying the packs out, read by those rendering papers' PDFs meanwhile. */
  private final Map<MeetingId, Map<String, Span>> maps = new ConcurrentHashMap<>();

  /** Maps for the packs of {@code packs}, none known yet. */
  PackMaps(Set<MeetingId> packs) {
    this.packs = Set.copyOf(packs);
  }

  /** True if this build makes a pack for meeting {@code m}. */
  boolean hasPack(MeetingId m) {
    return packs.contains(m);
  }

  /** Records the positions of pack {@code m}; returns true if they differ from what was known. */
  boolean put(MeetingId m, Map<String, Span> positions) {
    Map<String, Span> copy = Map.copyOf(positions);
    return !copy.equals(maps.put(m, copy));
  }

  /** A digest of the positions {@code of} (the very map a pack holds). */
  private record Digest(Map<String, Span> of, String digest) {}

  /** The digest of the positions of each pack, as last asked for. */
  private final Map<MeetingId, Digest> digests = new ConcurrentHashMap<>();

  /**
   * A digest of the positions of pack {@code m} as they are now, if it has been laid out: what a
   * {@link MeetingRecords record} compares.
   */
  Optional<String> digest(MeetingId m) {
    Map<String, Span> map = maps.get(m);
    if (map == null) {
      return Optional.empty();
    }
    Digest known = digests.get(m);
    if (known == null || known.of() != map) { // positions replaced since: digested again
      known = new Digest(map, digestOf(map));
      digests.put(m, known);
    }
    return Optional.of(known.digest());
  }

  /** A digest of {@code positions}. */
  static String digestOf(Map<String, Span> positions) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Span> e : new TreeMap<>(positions).entrySet()) {
      s.append(e.getKey())
          .append(' ')
          .append(e.getValue().first())
          .append(' ')
          .append(e.getValue().last())
          .append('\n');
    }
    return BuildCache.key(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The positions of pack {@code m}, if it has been laid out. */
  Optional<Map<String, Span>> of(MeetingId m) {
    return Optional.ofNullable(maps.get(m));
  }

  /** A reader for rendering one PDF. */
  Reader reader() {
    return new Reader();
  }

  /** Looks positions up, remembering which packs it consulted and whether one was not known yet. */
  final class Reader {
    private final Set<MeetingId> read = new LinkedHashSet<>();
    private boolean missed;

    /**
     * Where element {@code id} is in the pack of meeting {@code pack}. Empty if that pack has no
     * such element or there is no such pack; also empty, and recorded as a miss, if the pack has
     * not been laid out yet.
     */
    Optional<Span> span(MeetingId pack, String id) {
      if (!packs.contains(pack)) {
        return Optional.empty();
      }
      read.add(pack);
      Map<String, Span> map = maps.get(pack);
      if (map == null) {
        missed = true;
        return Optional.empty();
      }
      return Optional.ofNullable(map.get(id));
    }

    /** True if this build makes a pack for meeting {@code m}. */
    boolean hasPack(MeetingId m) {
      return packs.contains(m);
    }

    /** True if the pack of {@code pack} has been laid out (a lookup in it would not miss). */
    boolean known(MeetingId pack) {
      return maps.containsKey(pack);
    }

    /** The packs consulted. */
    Set<MeetingId> read() {
      return Set.copyOf(read);
    }

    /** True if a consulted pack had not been laid out yet. */
    boolean missed() {
      return missed;
    }
  }
}
