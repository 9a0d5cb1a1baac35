package org.tabled.build;

import org.tabled.html.RecordMemory;
import org.tabled.load.LoadMemory;

/**
 * What a preview's builds keep in memory for the next ({@code tabled serve}): each content file's
 * text and parse while it stays as it was ({@link LoadMemory}), and the website's records as they
 * were read from the build cache ({@link RecordMemory}). A build on its own keeps none ({@link
 * #NONE}). Thread-safe.
 */
public final class Memory {

  /** Keeps nothing. */
  public static final Memory NONE = new Memory(LoadMemory.NONE, RecordMemory.NONE);

  private final LoadMemory load;
  private final RecordMemory records;

  private Memory(LoadMemory load, RecordMemory records) {
    this.load = load;
    this.records = records;
  }

  /** A memory for the builds of one preview. */
  public static Memory create() {
    return new Memory(LoadMemory.create(), RecordMemory.create());
  }

  LoadMemory load() {
    return load;
  }

  RecordMemory records() {
    return records;
  }
}
