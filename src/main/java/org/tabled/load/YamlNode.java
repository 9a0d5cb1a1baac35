package org.tabled.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A YAML value that remembers where it was written.
 *
 * <p>SnakeYAML's constructed objects ({@code Map<String,Object>}) lose positions, so the loader
 * composes the node graph instead and copies it into these small immutable types. Scalars keep
 * their text exactly as written: the validator decides what a value means ("18:30" is a time, not
 * the sexagesimal integer YAML 1.1 would make of it).
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  /** Where the value starts. */
  SourcePos pos();

  /** A word for the kind of value, used in "expected a list, found text" messages. */
  String kindName();

  /**
   * A single value.
   *
   * @param pos where it starts
   * @param text the text as written (without quotes)
   * @param plain true when it was written without quotes, so {@code true} or {@code null} mean what
   *     YAML says they mean
   */
  record Scalar(SourcePos pos, String text, boolean plain) implements YamlNode {
    public Scalar {
      Objects.requireNonNull(pos, "pos");
      Objects.requireNonNull(text, "text");
    }

    /** True for an empty value or a plain {@code null} / {@code ~}. */
    public boolean isNull() {
      return plain && (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null"));
    }

    @Override
    public String kindName() {
      return isNull() ? "nothing" : "text";
    }
  }

  /** A key in a mapping, with its value. */
  record Entry(Scalar key, YamlNode value) {}

  /** A set of {@code key: value} pairs, in the order written. */
  record Mapping(SourcePos pos, List<Entry> entries) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The value of {@code key}, if present. */
    public Optional<YamlNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    /**
     * The entry of {@code key}, if present: the first, though the reader keeps only one per key. A
     * loop, not a stream: the validator asks this of every mapping for every key it knows, some
     * millions of times for a large archive.
     */
    public Optional<Entry> entry(String key) {
      for (Entry e : entries) {
        if (e.key().text().equals(key)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    @Override
    public String kindName() {
      return "a set of keys";
    }
  }

  /** A list of values. */
  record Sequence(SourcePos pos, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** An empty mapping at {@code pos}, used when a file has no front matter. */
  static Mapping emptyMapping(SourcePos pos) {
    return new Mapping(pos, List.of());
  }
}
