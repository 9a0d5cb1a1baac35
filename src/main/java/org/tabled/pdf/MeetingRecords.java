package org.tabled.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tabled.model.MeetingId;
import org.tabled.output.OutputTree;

/**
 * What each meeting's PDFs were made from and what they were, kept in the build cache so that a
 * later build whose inputs for that meeting are the same takes its PDFs whole, without making their
 * HTML, measuring or looking anything up again ({@link PackRenderer}).
 *
 * <p>A record is kept under a digest of the build's environment ({@link PdfCache}), the day it
 * publishes for, the meeting, and the digest of every content file the meeting's PDFs can be made
 * from (given by the build, {@code org.tabled.build.MeetingInputs}). It holds the pages its pack
 * gave the elements other packs name; which other packs' pages its pack and its other PDFs printed,
 * with a digest of those pages; and each PDF's path, pages, size, the pages its items start on and
 * the key of its bytes in the cache. It is used only if every pack it read has the same pages in
 * this build (the pack's own reads checked before any later pack is laid out, the other PDFs' once
 * every pack is final); a PDF whose bytes the cache no longer holds makes the meeting render as
 * usual.
 *
 * <p>A build keeps records only if rendering its PDFs reported nothing new (a warning would not be
 * reported again from a record) and no content file changed while it ran.
 */
final class MeetingRecords {

  /** Keeps and finds nothing. */
  static final MeetingRecords NONE = new MeetingRecords(null, m -> Optional.empty());

  private static final int FORMAT = 0x544d5202; // "TMR", version 2

  /**
   * One PDF of a meeting.
   *
   * @param path its output path
   * @param supplied true for a supplied appendix PDF (copied, not rendered), false for a rendered
   *     one
   * @param source the key of its bytes in the cache ({@link PdfCache#pdf})
   * @param pages its page count
   * @param size its size in bytes
   * @param starts for a pack, the page each item starts on
   * @param pack for a pack, its supplement number (0 for the agenda pack); -1 for any other PDF
   * @param items for a pack, the printed pages of each item ("5 - 10")
   */
  record Output(
      String path,
      boolean supplied,
      String source,
      int pages,
      long size,
      Map<Integer, Integer> starts,
      int pack,
      Map<Integer, String> items) {
    Output {
      starts = Map.copyOf(starts);
      items = Map.copyOf(items);
    }
  }

  /**
   * A meeting's record.
   *
   * @param positions the pages of the elements of its pack that other packs can name
   * @param packReads the packs whose pages its pack printed, by meeting, with their pages' digest
   * @param restReads the same for its other PDFs
   * @param outputs its PDFs
   */
  record Entry(
      Map<String, PackMaps.Span> positions,
      Map<String, String> packReads,
      Map<String, String> restReads,
      List<Output> outputs) {}

  /** What this build saw of one meeting it rendered. */
  private static final class Recording {
    final List<Output> outputs = Collections.synchronizedList(new ArrayList<>());
    volatile Set<MeetingId> packReads;
    volatile Set<MeetingId> restReads;
    volatile boolean unkept; // an output the cache does not hold
  }

  private final PdfCache cache;
  private final Function<MeetingId, Optional<String>> inputs;
  private final Map<MeetingId, Recording> recording = new ConcurrentHashMap<>();

  /** Meetings whose PDFs this build took from their records' bytes: stamped once written. */
  private final Map<MeetingId, List<Output>> fromBytes = new ConcurrentHashMap<>();

  private LocalDate asOf = LocalDate.MIN;

  MeetingRecords(PdfCache cache, Function<MeetingId, Optional<String>> inputs) {
    this.cache = cache;
    this.inputs = inputs;
  }

  /** Whether records are found and kept. */
  boolean enabled() {
    return cache != null && cache.enabled();
  }

  /** Begins a build for {@code day}: nothing recorded yet. */
  void begin(LocalDate day) {
    asOf = day;
    recording.clear();
    fromBytes.clear();
  }

  /** The key of meeting {@code m}'s record in this build, if its inputs are known. */
  private Optional<String> key(MeetingId m) {
    if (!enabled()) {
      return Optional.empty();
    }
    return inputs.apply(m).map(i -> "meeting " + m + "\nas of " + asOf + "\ninputs " + i);
  }

  /** The record of meeting {@code m} for its inputs in this build, if one was kept. */
  Optional<Entry> find(MeetingId m) {
    Optional<byte[]> bytes = key(m).flatMap(cache::meetingRecord);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(bytes.get()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an entry of another format: the meeting is rendered
    }
  }

  private Recording of(MeetingId m) {
    return recording.computeIfAbsent(m, k -> new Recording());
  }

  /** Meeting {@code m} wrote {@code o}. */
  void output(MeetingId m, Output o) {
    if (enabled()) {
      of(m).outputs.add(o);
    }
  }

  /** Meeting {@code m} wrote a PDF the cache does not hold: its record is not kept. */
  void unkept(MeetingId m) {
    if (enabled()) {
      of(m).unkept = true;
    }
  }

  /** The final text of meeting {@code m}'s pack read the pages of {@code read}. */
  void packRead(MeetingId m, Set<MeetingId> read) {
    if (enabled()) {
      of(m).packReads = Set.copyOf(read);
    }
  }

  /** The other PDFs of meeting {@code m}, all made, read the pages of {@code read}. */
  void restRead(MeetingId m, Set<MeetingId> read) {
    if (enabled()) {
      of(m).restReads = Set.copyOf(read);
    }
  }

  /**
   * The stamps of meeting {@code m}'s PDFs as the output folder held them after a build that wrote
   * them as {@code rec} gives them, if they were kept and fit {@code rec} (each output's path and
   * size, in order): a build whose previous output still holds those files takes them unread.
   */
  Optional<List<OutputTree.Stamp>> stamps(MeetingId m, Entry rec) {
    try {
      Optional<byte[]> bytes = key(m).flatMap(cache::meetingStamps);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      List<OutputTree.Stamp> stamps = OutputTree.Stamp.decode(bytes.get());
      if (stamps.size() != rec.outputs().size()) {
        return Optional.empty();
      }
      for (int i = 0; i < stamps.size(); i++) {
        Output o = rec.outputs().get(i);
        if (!stamps.get(i).path().equals(o.path()) || stamps.get(i).size() != o.size()) {
          return Optional.empty();
        }
      }
      return Optional.of(stamps);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // of another format: the bytes are read from the cache
    }
  }

  /** Meeting {@code m}'s PDFs were written from the bytes its record {@code rec} names. */
  void fromBytes(MeetingId m, Entry rec) {
    if (enabled()) {
      fromBytes.put(m, rec.outputs());
    }
  }

  /**
   * Once the output folder {@code outDir} is written: keeps the record of each meeting rendered in
   * full in this build, with the final pages of the packs in {@code maps}, unless {@code reported}
   * (rendering reported something) or not {@code unchanged} (a content file changed while the build
   * ran); and the stamps of the PDFs of those meetings and of those whose PDFs were written from
   * their records' bytes. Returns how many records were kept.
   */
  int keep(PackMaps maps, boolean reported, boolean unchanged, Path outDir) {
    if (!enabled() || !unchanged) {
      return 0;
    }
    fromBytes.forEach((m, outputs) -> stamp(m, outputs, outDir));
    if (reported || recording.isEmpty()) {
      return 0;
    }
    int kept = 0;
    for (Map.Entry<MeetingId, Recording> e : new TreeMap<>(recording).entrySet()) {
      Recording r = e.getValue();
      Optional<String> key = key(e.getKey());
      Optional<Map<String, PackMaps.Span>> positions = maps.of(e.getKey());
      if (r.unkept
          || r.packReads == null
          || r.restReads == null
          || key.isEmpty()
          || positions.isEmpty()) {
        continue;
      }
      Optional<Map<String, String>> packReads = digests(maps, r.packReads);
      Optional<Map<String, String>> restReads = digests(maps, r.restReads);
      if (packReads.isEmpty() || restReads.isEmpty()) {
        continue;
      }
      List<Output> outputs = new ArrayList<>(r.outputs);
      outputs.sort((a, b) -> a.path().compareTo(b.path()));
      cache.putMeetingRecord(
          key.get(), write(new Entry(positions.get(), packReads.get(), restReads.get(), outputs)));
      stamp(e.getKey(), outputs, outDir);
      kept++;
    }
    return kept;
  }

  /**
   * Keeps the stamps of {@code outputs}, meeting {@code m}'s PDFs, as {@code outDir} holds them.
   */
  private void stamp(MeetingId m, List<Output> outputs, Path outDir) {
    Optional<String> key = key(m);
    if (key.isEmpty()) {
      return;
    }
    List<OutputTree.Stamp> stamps = new ArrayList<>();
    for (Output o : outputs) {
      Optional<OutputTree.Stamp> s = OutputTree.stamp(outDir, o.path());
      if (s.isEmpty() || s.get().size() != o.size()) {
        return;
      }
      stamps.add(s.get());
    }
    cache.putMeetingStamps(key.get(), OutputTree.Stamp.encode(stamps));
  }

  /** The digest of the pages of each pack of {@code read}; empty if one is not known. */
  private static Optional<Map<String, String>> digests(PackMaps maps, Set<MeetingId> read) {
    Map<String, String> out = new TreeMap<>();
    for (MeetingId m : read) {
      Optional<String> d = maps.digest(m);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      out.put(m.toString(), d.get());
    }
    return Optional.of(out);
  }

  /**
   * True if every pack of {@code reads} (by meeting, as {@link Entry} holds them) has the pages it
   * had then: {@code current} gives the digest of a pack's pages now, empty for a pack not final.
   */
  static boolean same(
      Map<String, String> reads,
      Map<String, MeetingId> ids,
      Function<MeetingId, Optional<String>> current) {
    for (Map.Entry<String, String> r : reads.entrySet()) {
      MeetingId m = ids.get(r.getKey());
      if (m == null || !current.apply(m).filter(r.getValue()::equals).isPresent()) {
        return false;
      }
    }
    return true;
  }

  static byte[] write(Entry e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(e.positions().size());
      for (Map.Entry<String, PackMaps.Span> p : new TreeMap<>(e.positions()).entrySet()) {
        out.writeUTF(p.getKey());
        out.writeInt(p.getValue().first());
        out.writeInt(p.getValue().last());
      }
      writeStrings(out, e.packReads());
      writeStrings(out, e.restReads());
      out.writeInt(e.outputs().size());
      for (Output o : e.outputs()) {
        out.writeUTF(o.path());
        out.writeBoolean(o.supplied());
        out.writeUTF(o.source());
        out.writeInt(o.pages());
        out.writeLong(o.size());
        out.writeInt(o.starts().size());
        for (Map.Entry<Integer, Integer> s : new TreeMap<>(o.starts()).entrySet()) {
          out.writeInt(s.getKey());
          out.writeInt(s.getValue());
        }
        out.writeInt(o.pack());
        out.writeInt(o.items().size());
        for (Map.Entry<Integer, String> s : new TreeMap<>(o.items()).entrySet()) {
          out.writeInt(s.getKey());
          out.writeUTF(s.getValue());
        }
      }
    } catch (IOException x) {
      throw new IllegalStateException(x); // in memory: never
    }
    return bytes.toByteArray();
  }

  static Entry read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("not a meeting record");
      }
      Map<String, PackMaps.Span> positions = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        positions.put(in.readUTF(), new PackMaps.Span(in.readInt(), in.readInt()));
      }
      Map<String, String> packReads = readStrings(in);
      Map<String, String> restReads = readStrings(in);
      List<Output> outputs = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        String path = in.readUTF();
        boolean supplied = in.readBoolean();
        String source = in.readUTF();
        int pages = in.readInt();
        long size = in.readLong();
        Map<Integer, Integer> starts = new TreeMap<>();
        for (int j = in.readInt(); j > 0; j--) {
          starts.put(in.readInt(), in.readInt());
        }
        int pack = in.readInt();
        Map<Integer, String> items = new TreeMap<>();
        for (int j = in.readInt(); j > 0; j--) {
          items.put(in.readInt(), in.readUTF());
        }
        outputs.add(new Output(path, supplied, source, pages, size, starts, pack, items));
      }
      if (in.read() >= 0) {
        throw new IOException("longer than a meeting record");
      }
      return new Entry(positions, packReads, restReads, outputs);
    }
  }

  private static void writeStrings(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    for (Map.Entry<String, String> e : new TreeMap<>(m).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  private static Map<String, String> readStrings(DataInputStream in) throws IOException {
    Map<String, String> m = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      m.put(in.readUTF(), in.readUTF());
    }
    return m;
  }
}
