package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShardsTest {

  /** Adds {@code n} keys of about 100 characters each: several shards' worth. */
  private static List<String> addKeys(Shards shards, int n) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String key = String.format("w%05d", i);
      keys.add(key);
      shards.add(key, "", "x".repeat(100));
    }
    return keys;
  }

  @Test
  void everyShardIsWrittenOneAtATimeBeforeFinishReturns() {
    Map<String, String> files = new LinkedHashMap<>(); // not thread-safe: one writer at a time
    AtomicInteger atOnce = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Shards shards =
        new Shards(
            (name, text) -> {
              most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
              try {
                Thread.sleep(2); // slower than the merge: shards queue up
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              files.put(name, text);
              atOnce.decrementAndGet();
            });
    addKeys(shards, 5_000);
    List<Shards.Shard> first = shards.finish();
    assertTrue(first.size() > 20, "many shards: " + first.size());
    assertEquals(first.size(), files.size(), "every shard written by the time finish returns");
    for (int i = 0; i < first.size(); i++) {
      String text = files.get("index/" + first.get(i).name() + ".js");
      assertTrue(
          text.contains("\"" + first.get(i).firstKey() + "\""), "shard " + i + " starts its keys");
    }
    assertEquals(1, most.get(), "never two shards written at once");
  }

  @Test
  void aShardThatCannotBeWrittenFailsTheIndex() {
    IllegalStateException broken = new IllegalStateException("disk full");
    AtomicInteger calls = new AtomicInteger();
    Shards shards =
        new Shards(
            (name, text) -> {
              if (calls.incrementAndGet() == 3) {
                throw broken;
              }
            });
    addKeys(shards, 2_000);
    assertSame(broken, assertThrows(IllegalStateException.class, shards::finish));
  }
}
