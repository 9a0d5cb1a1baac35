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
 * Writes the keys of the index, in sorted order, into shards of about {@value #TARGET} characters
 * ({@code index/N.js}), and remembers each shard's first key for the metadata. A key's posting is
 * never split, so a shard is larger only when it holds one key that is.
 *
 * <p>A full shard is written out as JSON on a thread of its own while the caller merges the next
 * keys (a third of the index's time on the archive): one thread, so {@code out} is never called by
 * two at once, and at most {@value #QUEUED} shards wait for it. {@link #finish} returns once every
 * shard is written, and throws what writing one threw.
 */
final class Shards {

  static final int TARGET = 20_000;

  /** Shards made and waiting to be written, at most. */
  private static final int QUEUED = 64;

  private final BiConsumer<String, String> out;
  private final List<String> firstKeys = new ArrayList<>();
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
    int entrySize = first.length() + second.length() + posting.length() + 8;
    if (!entries.isEmpty() && size + entrySize > TARGET) {
      flush();
    }
    if (entries.isEmpty()) {
      firstKeys.add(second.isEmpty() ? first : first + " " + second);
    }
    entries.add(new String[] {first, second, posting});
    size += entrySize;
  }

  /**
   * Writes the last shard and waits until every shard is written; returns every shard's first key,
   * in order.
   */
  List<String> finish() {
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
      return List.copyOf(firstKeys);
    } finally {
      writer.shutdownNow();
    }
  }

  private void flush() {
    if (entries.isEmpty()) {
      return;
    }
    String name = "index/" + (firstKeys.size() - 1);
    List<String[]> shard = entries;
    entries = new ArrayList<>();
    size = 0;
    queued.acquireUninterruptibly();
    written.add(
        writer.submit(
            () -> {
              try {
                out.accept(name + ".js", DataFile.data(name, g -> writeEntries(g, shard)));
              } finally {
                queued.release();
              }
            }));
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
