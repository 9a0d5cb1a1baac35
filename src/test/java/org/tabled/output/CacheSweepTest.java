package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheSweepTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  @TempDir Path dir;

  private Path cache() {
    return dir.resolve("cache");
  }

  /** An entry stored under a key made of {@code name}, last used {@code ago} before NOW. */
  private Path entry(String name, Duration ago) throws Exception {
    BuildCache c = BuildCache.in(cache());
    String key = BuildCache.key(name.getBytes(StandardCharsets.UTF_8));
    c.put(key, ("value of " + name).getBytes(StandardCharsets.UTF_8));
    Path f = c.file(key);
    Files.setLastModifiedTime(f, FileTime.from(NOW.minus(ago)));
    CacheSweep.tag(cache()); // as a build does in a folder it made
    return f;
  }

  private static Path file(Path f, Duration ago) throws Exception {
    Files.createDirectories(f.getParent());
    Files.writeString(f, "not an entry");
    Files.setLastModifiedTime(f, FileTime.from(NOW.minus(ago)));
    return f;
  }

  @Test
  void entriesUnusedForAWeekGoAndTheRestStay() throws Exception {
    Path old = entry("old", Duration.ofDays(8));
    Path recent = entry("recent", Duration.ofDays(6));
    Path justUnder = entry("just under", CacheSweep.UNUSED_FOR.minusMinutes(1));
    long size = Files.size(old);
    CacheSweep.Swept swept = CacheSweep.ifDue(cache(), NOW);
    assertFalse(Files.exists(old), "unused for eight days");
    assertTrue(Files.exists(recent), "used six days ago");
    assertTrue(Files.exists(justUnder), "used a minute less than a week ago");
    assertEquals(1, swept.entries());
    assertEquals(size, swept.bytes());
  }

  @Test
  void onlyWhatItRecognisesIsRemoved() throws Exception {
    Path old = entry("old", Duration.ofDays(30));
    String hex = old.getFileName().toString();
    Path stamp = file(cache().resolve("inputs.stat"), Duration.ofDays(30));
    Path topLevelHex = file(cache().resolve("ab" + hex), Duration.ofDays(30));
    Path otherFolder = file(cache().resolve("notes").resolve(hex), Duration.ofDays(30));
    Path tag = cache().resolve(CacheSweep.TAG);
    Path badName = file(old.resolveSibling(hex + "x"), Duration.ofDays(30));
    Path upper = file(old.resolveSibling(hex.toUpperCase()), Duration.ofDays(30));
    Path outside = file(dir.resolve("outside").resolve(hex), Duration.ofDays(30));
    Path link = old.resolveSibling(hex.replace(hex.charAt(0), hex.charAt(0) == 'a' ? 'b' : 'a'));
    Files.createSymbolicLink(link, outside);
    Files.setLastModifiedTime(outside, FileTime.from(NOW.minus(Duration.ofDays(30))));
    Path linkedFolder =
        cache().resolve(old.getParent().getFileName().toString().equals("fe") ? "ff" : "fe");
    Files.createSymbolicLink(linkedFolder, outside.getParent());
    Path cutShort = file(old.resolveSibling("." + hex + ".123.tmp"), Duration.ofDays(2));
    Path writing = file(old.resolveSibling("." + hex + ".456.tmp"), Duration.ofMinutes(5));
    Path otherTemporary = file(old.resolveSibling(".notes.789.tmp"), Duration.ofDays(30));

    CacheSweep.ifDue(cache(), NOW);

    assertFalse(Files.exists(old));
    assertFalse(Files.exists(cutShort), "a write cut short two days ago");
    assertTrue(Files.exists(writing), "a write under way");
    for (Path kept :
        new Path[] {
          stamp, topLevelHex, otherFolder, badName, upper, outside, tag, otherTemporary
        }) {
      assertTrue(Files.exists(kept), kept + " kept");
    }
    assertTrue(Files.exists(link, LinkOption.NOFOLLOW_LINKS), "a link is not an entry");
    assertTrue(Files.exists(linkedFolder, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aSweepRunsAtMostOnceADay() throws Exception {
    Path first = entry("first", Duration.ofDays(8));
    CacheSweep.ifDue(cache(), NOW);
    assertFalse(Files.exists(first));
    Path second = entry("second", Duration.ofDays(8));
    assertEquals(0, CacheSweep.ifDue(cache(), NOW.plus(Duration.ofHours(23))).entries());
    assertTrue(Files.exists(second), "swept less than a day ago: not due");
    assertEquals(1, CacheSweep.ifDue(cache(), NOW.plus(Duration.ofHours(25))).entries());
    assertFalse(Files.exists(second), "due again a day later");
  }

  @Test
  void aSweepStopsWhenItsTimeIsUpAndTheNextGoesOn() throws Exception {
    List<Path> old = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      old.add(entry("old " + i, Duration.ofDays(8)));
    }
    AtomicLong clock = new AtomicLong(); // a nanosecond each time it is read
    LongSupplier ticks = clock::incrementAndGet;
    CacheSweep.Swept first = CacheSweep.ifDue(cache(), NOW, Duration.ofNanos(6), ticks);
    assertFalse(first.finished());
    assertTrue(first.entries() > 0 && first.entries() < 20, "removed " + first.entries());
    assertFalse(Files.exists(cache().resolve(CacheSweep.MARK)), "not marked swept");
    int removed = first.entries();
    for (int i = 0; i < 40 && removed < 20; i++) {
      removed += CacheSweep.ifDue(cache(), NOW, Duration.ofNanos(6), ticks).entries();
    }
    assertEquals(20, removed, "every build goes on where the last stopped");
    assertTrue(old.stream().noneMatch(Files::exists));
    assertTrue(CacheSweep.ifDue(cache(), NOW, Duration.ofNanos(6), ticks).finished());
    assertTrue(Files.exists(cache().resolve(CacheSweep.MARK)), "marked once finished");
  }

  @Test
  void aCacheFolderReachedThroughALinkIsSwept() throws Exception {
    Path old = entry("old", Duration.ofDays(8));
    Path link = dir.resolve("linked-cache");
    Files.createSymbolicLink(link, cache());
    assertEquals(1, CacheSweep.ifDue(link, NOW).entries());
    assertFalse(Files.exists(old));
    assertTrue(Files.exists(cache().resolve(CacheSweep.MARK)));
  }

  @Test
  void aFolderNotTaggedAsTabledsCacheIsNeverSwept() throws Exception {
    Path old = entry("old", Duration.ofDays(8));
    Path tag = cache().resolve(CacheSweep.TAG);
    Files.delete(tag);
    assertEquals(0, CacheSweep.ifDue(cache(), NOW).entries());
    assertTrue(Files.exists(old), "no tag: someone else's folder, a --cache mistyped");
    assertFalse(CacheSweep.ours(cache()), "holding files, untagged, not named as Tabled's");

    Files.writeString(tag, "Signature: not the one\n");
    assertEquals(0, CacheSweep.ifDue(cache(), NOW).entries());
    assertTrue(Files.exists(old), "a tag without the signature");
    Files.delete(tag);
    Path elsewhere = dir.resolve("a-real-tag");
    CacheSweep.tag(Files.createDirectories(dir.resolve("tagged")));
    Files.move(dir.resolve("tagged").resolve(CacheSweep.TAG), elsewhere);
    Files.createSymbolicLink(tag, elsewhere);
    assertEquals(0, CacheSweep.ifDue(cache(), NOW).entries());
    assertTrue(Files.exists(old), "a tag that is a link to one");

    Files.delete(tag);
    Files.copy(elsewhere, tag);
    assertEquals(1, CacheSweep.ifDue(cache(), NOW).entries(), "tagged: swept");
  }

  @Test
  void tabledClaimsOnlyAFolderItMakesFindsEmptyOrNamedAsItsCache() throws Exception {
    assertTrue(CacheSweep.ours(dir.resolve("not yet")), "made by the build");
    assertTrue(CacheSweep.ours(Files.createDirectories(dir.resolve("empty"))));
    Path named = Files.createDirectories(dir.resolve("site-parent").resolve(".tabled-cache"));
    Files.writeString(named.resolve("inputs.stat"), "a cache made before caches were tagged");
    assertTrue(CacheSweep.ours(named), "the name Tabled gives its caches");
    Path someone = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(someone.resolve("letter.txt"), "someone's file");
    assertFalse(CacheSweep.ours(someone), "a folder holding something else");
    Files.writeString(dir.resolve("a-file"), "x");
    assertFalse(CacheSweep.ours(dir.resolve("a-file")), "not a folder");
    CacheSweep.tag(someone);
    assertTrue(CacheSweep.ours(someone), "once tagged (by whoever may), Tabled's");
  }

  @Test
  void noCacheFolderIsNothingToSweep() throws Exception {
    assertEquals(0, CacheSweep.ifDue(cache(), NOW).entries());
    assertFalse(Files.exists(cache()), "no folder made for the mark");
    Files.writeString(cache(), "a file where the cache would be");
    assertEquals(0, CacheSweep.ifDue(cache(), NOW).entries());
    assertEquals("a file where the cache would be", Files.readString(cache()));
  }
}
