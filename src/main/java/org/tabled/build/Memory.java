package org.tabled.build;

import org.tabled.html.RecordMemory;
import org.tabled.load.LoadMemory;
import org.tabled.markdown.ParseMemory;
import org.tabled.markdown.ParseStore;

/**
 * What a preview's builds keep in memory for the next ({@code tabled serve}): each content file's
 * text and parse while it stays as it was ({@link LoadMemory}), what the Markdown stage read of its
 * kept parses and renderings ({@link ParseMemory}), and the website's records as they were read
 * from the build cache ({@link RecordMemory}). A build on its own keeps none ({@link #NONE}).
 * Thread-safe.
 */
public final class Memory {

  /** Keeps nothing. */
  public static final Memory NONE = new Memory(LoadMemory.NONE, RecordMemory.NONE, null);

  private final LoadMemory load;
  private final RecordMemory records;
  private final ParseMemory parses; // null: none

  private Memory(LoadMemory load, RecordMemory records, ParseMemory parses) {
    this.load = load;
    this.records = records;
    this.parses = parses;
  }

  /** A memory for the builds of one preview. */
  public static Memory create() {
    return new Memory(LoadMemory.create(), RecordMemory.create(), new ParseMemory());
  }

  /** {@code store} with the memory of what earlier builds read from it before it, for one build. */
  ParseStore parses(ParseStore store) {
    return parses == null ? store : parses.forBuild(store);
  }

  LoadMemory load() {
    return load;
  }

  RecordMemory records() {
    return records;
  }
}
