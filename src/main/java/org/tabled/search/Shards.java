package org.tabled.search;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the keys of the index, in sorted order, into shards of about {@value #TARGET} characters
 * ({@code index/N.js}), and remembers each shard's first key for the metadata. A key's posting is
 * never split, so a shard is larger only when it holds one key that is.
 */
final class Shards {

  static final int TARGET = 20_000;

  private final BiConsumer<String, String> out;
  private final List<String> firstKeys = new ArrayList<>();
  private final List<String[]> entries = new ArrayList<>();
  private int size;

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

  /** Writes the last shard; returns every shard's first key, in order. */
  List<String> finish() {
    flush();
    return List.copyOf(firstKeys);
  }

  private void flush() {
    if (entries.isEmpty()) {
      return;
    }
    String name = "index/" + (firstKeys.size() - 1);
    out.accept(name + ".js", DataFile.data(name, this::writeEntries));
    entries.clear();
    size = 0;
  }

  /** The shard's JSON: keys grouped by first term, {"council":{"":TERM,"tax":PAIR}}. */
  private void writeEntries(JsonGenerator g) throws IOException {
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
