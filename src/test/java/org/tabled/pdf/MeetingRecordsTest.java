package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.output.BuildCache;

/**
 * A meeting's record is read back as written, is found only under the inputs and day it was kept
 * for, and is kept only when the build was clean: nothing reported, no file changed meanwhile,
 * every PDF held by the cache, and the pages of every pack it read known.
 */
class MeetingRecordsTest {

  private static final MeetingId A =
      new MeetingId(new CommitteeId("audit"), LocalDate.of(2026, 1, 14));
  private static final MeetingId B =
      new MeetingId(new CommitteeId("planning"), LocalDate.of(2026, 2, 3));
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private static MeetingRecords.Entry entry() {
    return new MeetingRecords.Entry(
        Map.of("item-1", new PackMaps.Span(3, 8), "para-2.1", new PackMaps.Span(5, 5)),
        Map.of("planning/2026-02-03", "abc"),
        Map.of(),
        List.of(
            new MeetingRecords.Output(
                "committees/audit/2026-01-14/agenda-pack.pdf",
                false,
                "key-1",
                12,
                34_567L,
                Map.of(1, 3, 2, 9),
                0,
                Map.of(1, "3 - 8", 2, "9 - 12")),
            new MeetingRecords.Output(
                "committees/audit/2026-01-14/r1/appendix-1.pdf",
                true,
                "0123abcd",
                2,
                900L,
                Map.of(),
                -1,
                Map.of())));
  }

  @Test
  void anEntryIsReadBackAsWritten() throws IOException {
    MeetingRecords.Entry e = entry();
    assertEquals(e, MeetingRecords.read(MeetingRecords.write(e)));
    MeetingRecords.Entry empty = new MeetingRecords.Entry(Map.of(), Map.of(), Map.of(), List.of());
    assertEquals(empty, MeetingRecords.read(MeetingRecords.write(empty)));
  }

  @Test
  void bytesThatAreNotARecordAreRefused() {
    byte[] good = MeetingRecords.write(entry());
    assertThrows(IOException.class, () -> MeetingRecords.read(new byte[0]));
    assertThrows(
        IOException.class, () -> MeetingRecords.read(Arrays.copyOf(good, good.length - 3)));
    assertThrows(
        IOException.class, () -> MeetingRecords.read(Arrays.copyOf(good, good.length + 1)));
    byte[] other = good.clone();
    other[3] ^= 1; // another version of the format
    assertThrows(IOException.class, () -> MeetingRecords.read(other));
  }

  @Test
  void readsAreTheSameOnlyIfEveryPackReadHasTheSamePagesNow() {
    Map<String, MeetingId> ids = Map.of(A.toString(), A, B.toString(), B);
    Map<String, String> reads = Map.of(A.toString(), "x", B.toString(), "y");
    assertTrue(
        MeetingRecords.same(reads, ids, m -> Optional.of(m.equals(A) ? "x" : "y")), "all equal");
    assertFalse(
        MeetingRecords.same(reads, ids, m -> Optional.of(m.equals(A) ? "x" : "z")), "one moved");
    assertFalse(
        MeetingRecords.same(reads, ids, m -> m.equals(A) ? Optional.of("x") : Optional.empty()),
        "one not known yet");
    assertFalse(
        MeetingRecords.same(Map.of("gone/2020-01-01", "x"), ids, m -> Optional.of("x")),
        "a meeting no longer in the council");
    assertTrue(MeetingRecords.same(Map.of(), ids, m -> Optional.empty()), "nothing read");
  }

  @Test
  void aRecordIsKeptOnlyFromACleanBuildAndFoundOnlyForTheSameInputsAndDay(@TempDir Path tmp) {
    PdfCache cache = new PdfCache(BuildCache.in(tmp), "test environment");
    AtomicBoolean unchanged = new AtomicBoolean(true);
    Map<MeetingId, String> inputs = new java.util.HashMap<>(Map.of(A, "inputs-1", B, "inputs-2"));
    MeetingRecords records = new MeetingRecords(cache, m -> Optional.ofNullable(inputs.get(m)));
    Path out = tmp.resolve("site"); // no PDF there: no stamps
    PackMaps maps = new PackMaps(Set.of(A, B));
    maps.put(A, Map.of("item-1", new PackMaps.Span(3, 8)));
    maps.put(B, Map.of("item-1", new PackMaps.Span(3, 4)));
    MeetingRecords.Output pack = entry().outputs().get(0);

    // reported something: nothing kept
    record(records, pack);
    assertEquals(0, records.keep(maps, true, unchanged.get(), out));
    // a file changed while the build ran: nothing kept
    unchanged.set(false);
    record(records, pack);
    assertEquals(0, records.keep(maps, false, unchanged.get(), out));
    unchanged.set(true);
    // a PDF the cache does not hold: that meeting is not kept
    record(records, pack);
    records.unkept(B);
    assertEquals(1, records.keep(maps, false, unchanged.get(), out));
    MeetingRecords.Entry a = records.find(A).orElseThrow();
    assertEquals(Map.of("item-1", new PackMaps.Span(3, 8)), a.positions());
    assertEquals(Map.of(B.toString(), PackMaps.digestOf(maps.of(B).orElseThrow())), a.packReads());
    assertEquals(List.of(pack), a.outputs());
    assertTrue(records.find(B).isEmpty(), "B wrote a PDF the cache does not hold");

    // another day, or other inputs: not found
    records.begin(DAY.plusDays(1));
    assertTrue(records.find(A).isEmpty(), "another day");
    records.begin(DAY);
    assertTrue(records.find(A).isPresent());
    inputs.put(A, "inputs-3");
    assertTrue(records.find(A).isEmpty(), "other inputs");
    inputs.remove(A);
    assertTrue(records.find(A).isEmpty(), "inputs not known");
  }

  /** A build for {@link #DAY} in which A and B each wrote {@code pack}, A reading B's pages. */
  private static void record(MeetingRecords records, MeetingRecords.Output pack) {
    records.begin(DAY);
    for (MeetingId m : List.of(A, B)) {
      records.output(m, pack);
      records.packRead(m, m.equals(A) ? Set.of(B) : Set.of());
      records.restRead(m, Set.of());
    }
  }
}
