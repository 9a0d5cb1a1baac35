package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

  @TempDir Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aValueComesBackUnderItsKeyAndNowhereElse() {
    BuildCache cache = BuildCache.in(dir.resolve("cache"));
    String key = BuildCache.key(b("a"), b("b"));
    assertTrue(cache.get(key).isEmpty(), "nothing stored yet");
    cache.put(key, b("the value"));
    assertArrayEquals(b("the value"), cache.get(key).orElseThrow());
    assertTrue(cache.get(BuildCache.key(b("a"), b("c"))).isEmpty());
    assertEquals(1, cache.hits());
    assertEquals(2, cache.misses());
  }

  @Test
  void anEntryFoundIsMarkedUsedAtMostOnceADayAndNotByAReader() throws Exception {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");
    BuildCache cache = BuildCache.in(dir, Clock.fixed(now, ZoneOffset.UTC));
    String key = BuildCache.key(b("k"));
    cache.put(key, b("v"));
    Path file = cache.file(key);
    FileTime twoDaysAgo = FileTime.from(now.minus(Duration.ofDays(2)));
    Files.setLastModifiedTime(file, twoDaysAgo);
    BuildCache.reading(dir).get(key).orElseThrow();
    assertEquals(twoDaysAgo, Files.getLastModifiedTime(file), "a check moves nothing");
    cache.get(key).orElseThrow();
    assertEquals(FileTime.from(now), Files.getLastModifiedTime(file), "found: used now");
    FileTime anHourAgo = FileTime.from(now.minus(Duration.ofHours(1)));
    Files.setLastModifiedTime(file, anHourAgo);
    cache.get(key).orElseThrow();
    assertEquals(anHourAgo, Files.getLastModifiedTime(file), "used within the day: left alone");
    BuildCache.in(dir, Clock.fixed(now.plus(Duration.ofDays(2)), ZoneOffset.UTC)).get(key);
    assertEquals(
        FileTime.from(now.plus(Duration.ofDays(2))),
        Files.getLastModifiedTime(file),
        "a day on, moved again");
    Files.setLastModifiedTime(file, twoDaysAgo);
    BuildCache.reading(dir).markUsed(key);
    assertEquals(twoDaysAgo, Files.getLastModifiedTime(file), "marked by a check: unmoved");
    cache.markUsed(key);
    assertEquals(FileTime.from(now), Files.getLastModifiedTime(file), "marked used unread");
    cache.markUsed(BuildCache.key(b("never stored"))); // nothing to mark, and no error
    assertFalse(Files.exists(cache.file(BuildCache.key(b("never stored")))));
  }

  @Test
  void keysKeepTheirPartsApart() {
    assertNotEquals(BuildCache.key(b("ab"), b("c")), BuildCache.key(b("a"), b("bc")));
    assertEquals(BuildCache.key(b("x")), BuildCache.key(b("x")));
  }

  @Test
  void aDamagedEntryIsIgnoredAndRemoved() throws Exception {
    BuildCache cache = BuildCache.in(dir);
    String key = BuildCache.key(b("k"));
    cache.put(key, b("a long enough value to damage"));
    Path file = cache.file(key);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] ^= 1;
    Files.write(file, bytes);
    assertTrue(cache.get(key).isEmpty(), "a changed byte is noticed");
    assertFalse(Files.exists(file), "and the entry removed");
    assertEquals(1, cache.rejected());
    cache.put(key, b("v"));
    Files.write(cache.file(key), new byte[5]);
    assertTrue(cache.get(key).isEmpty(), "an entry cut short is noticed");
    cache.put(key, b("value"));
    byte[] whole = Files.readAllBytes(cache.file(key));
    Files.write(cache.file(key), Arrays.copyOf(whole, whole.length + 1));
    assertTrue(cache.get(key).isEmpty(), "a byte too many is noticed");
    cache.put(key, b("value"));
    byte[] shaFormat = new byte[32 + 5]; // the format before CRC-32C: a digest, then the value
    System.arraycopy(b("value"), 0, shaFormat, 32, 5);
    Files.write(cache.file(key), shaFormat);
    assertTrue(cache.get(key).isEmpty(), "an entry of another format is not read as a value");
    cache.put(key, b("v"));
    assertArrayEquals(b("v"), cache.get(key).orElseThrow(), "made again");
  }

  @Test
  void anUnwritableCacheIsOnlyAMiss() throws Exception {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    BuildCache cache = BuildCache.in(file);
    String key = BuildCache.key(b("k"));
    cache.put(key, b("v"));
    assertTrue(cache.get(key).isEmpty());
  }

  @Test
  void noneKeepsNothingAndKeysMustBeDigests() {
    BuildCache.NONE.put(BuildCache.key(b("k")), b("v"));
    assertTrue(BuildCache.NONE.get(BuildCache.key(b("k"))).isEmpty());
    assertFalse(BuildCache.NONE.enabled());
    assertThrows(IllegalArgumentException.class, () -> BuildCache.in(dir).file("../../etc/passwd"));
  }
}
