package org.tabled.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;

/**
 * Writes the keys of the index, in sorted order, into shards ({@code index/NAME.js}) cut where
 * {@link ShardCuts} says, and remembers each shard's first key, cut and name for the metadata and
 * for a later build ({@link SearchIndex#update}). A key's posting is never split, so a shard is
 * larger than {@link ShardCuts#MAX} only when it holds one key that is.
 *
 * <p>A full shard is written out as JSON on a thread of its own while the caller merges the next
 * keys (a third of the index's time on the archive): one thread, so {@code out} is never called by
 * two at once, and at most {@value #QUEUED} shards wait for it. {@link #finish} returns once every
 * shard is written, and throws what writing one threw.
 */
final class Shards {

  /** A shard as the index lists it: its first key, whether it starts by content, its name. */
  record Shard(String firstKey, boolean byContent, String name) {}

  /** Shards made and waiting to be written, at most. */
  private static final int QUEUED = 64;

  private final BiConsumer<String, String> out;
  private final List<Shard> shards = new ArrayList<>();
  private final Names names = new Names();
  private List<String[]> entries = new ArrayList<>();
  private int size;

  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tabled-search-shards");
            t.setDaemon(true);
            return t;
          });
  private final Semaphore queued = new Semaphore(QUEUED);
  private final List<Future<?>> written = new ArrayList<>();

  Shards(BiConsumer<String, String> out) {
    this.out = out;
  }

  /** Adds a key: {@code second} is "" for a term, else the second term of a pair. */
  void add(String first, String second, String posting) {
    int entrySize = ShardCuts.size(first, second, posting);
    ShardCuts.Cut cut = ShardCuts.before(first, second, entrySize, size);
    if (cut != ShardCuts.Cut.NONE) {
      flush();
    }
    if (entries.isEmpty()) {
      String key = key(first, second);
      shards.add(new Shard(key, cut != ShardCuts.Cut.SIZE, names.next(key)));
    }
    entries.add(new String[] {first, second, posting});
    size += entrySize;
  }

  /** The key ("council" or "council tax") as the metadata lists it. */
  static String key(String first, String second) {
    return second.isEmpty() ? first : first + " " + second;
  }

  /**
   * Writes the last shard and waits until every shard is written; returns every shard, in order.
   */
  List<Shard> finish() {
    try {
      flush();
      boolean interrupted = false;
      for (Future<?> f : written) {
        while (true) {
          try {
            f.get();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the shards must be written before the index names them
          } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw new IllegalStateException(e.getCause());
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return List.copyOf(shards);
    } finally {
      writer.shutdownNow();
    }
  }

  private void flush() {
    if (entries.isEmpty()) {
      return;
    }
    String name = file(shards.get(shards.size() - 1).name());
    List<String[]> shard = entries;
    entries = new ArrayList<>();
    size = 0;
    queued.acquireUninterruptibly();
    written.add(
        writer.submit(
            () -> {
              try {
                out.accept(name + ".js", text(name, shard));
              } finally {
                queued.release();
              }
            }));
  }

  /** The shard named {@code name} ("index/NAME") as a file's text. */
  static String text(String name, List<String[]> entries) {
    return DataFile.data(name, g -> writeEntries(g, entries));
  }

  /** The name search.js asks for a shard by: "index/" and the shard's name. */
  static String file(String shardName) {
    return "index/" + shardName;
  }

  /**
   * Names shards in order of their first keys: each by {@link ShardCuts#name}, or, if an earlier
   * shard has that name, by it and the first of "-1", "-2"… that is free.
   */
  static final class Names {
    private final java.util.Set<String> used = new java.util.HashSet<>();

    String next(String firstKey) {
      String base = ShardCuts.name(firstKey);
      String name = base;
      for (int i = 1; !used.add(name); i++) {
        name = base + "-" + i;
      }
      return name;
    }
  }

  /** The shard's JSON: keys grouped by first term, {"council":{"":TERM,"tax":PAIR}}. */
  private static void writeEntries(JsonGenerator g, List<String[]> entries) throws IOException {
    g.writeStartObject();
    String group = null;
    for (String[] e : entries) {
      if (!e[0].equals(group)) {
        if (group != null) {
          g.writeEndObject();
        }
        group = e[0];
        g.writeObjectFieldStart(group);
      }
      g.writeStringField(e[1], e[2]);
    }
    if (group != null) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
