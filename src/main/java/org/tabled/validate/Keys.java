package org.tabled.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of what a YAML mapping may hold: each key once, with its type, whether it is
 * required, its allowed values and what it means. {@link Fields} checks content against it and the
 * JSON Schemas for editors are generated from it, so the two cannot drift.
 *
 * <p>Rules that depend on another key's value ("an officer needs a job title") are checked by the
 * readers, which give them their own messages; {@link When} states the same rule for the schemas.
 */
public final class Keys {

  private Keys() {}

  /** What a key's value is; the readers read each key with the matching {@link Fields} getter. */
  public enum Type {
    /** One line or more of text ({@link Fields#text}). */
    TEXT,
    /** Text written in Markdown ({@link Fields#markdown}). */
    MARKDOWN,
    /** A whole number ({@link Fields#integer}). */
    INTEGER,
    /** {@code true} or {@code false} ({@link Fields#bool}). */
    BOOLEAN,
    /** A date written YYYY-MM-DD ({@link Fields#date}). */
    DATE,
    /** A list of dates written YYYY-MM-DD ({@link Fields#dates}). */
    DATES,
    /** A time written HH:MM on the 24-hour clock ({@link Fields#time}). */
    TIME,
    /** An id: lower-case words joined by hyphens ({@link Fields#id}). */
    ID,
    /** One id or a list of ids ({@link Fields#ids}). */
    IDS,
    /** One text or a list of texts ({@link Fields#texts}). */
    TEXTS,
    /** One of a fixed list of words ({@link Fields#choice}). */
    CHOICE,
    /** A web address starting http:// or https://. */
    URL,
    /** A web address starting https:// (addresses the site sends people to, such as a webcast). */
    HTTPS_URL,
    /** A point in a recording, H:MM:SS ({@link Fields#offset}). */
    OFFSET,
    /** An email address. */
    EMAIL,
    /** A language tag such as en-GB. */
    LANGUAGE,
    /** A mapping of its own, declared by {@link Key#shape}. */
    MAPPING,
    /** A list of mappings, each declared by {@link Key#shape}. */
    LIST,
    /** A list whose entries are each an id or a mapping declared by {@link Key#shape}. */
    LIST_OF_IDS_OR_MAPPINGS
  }

  /**
   * One key.
   *
   * @param name the key as written
   * @param type what its value is
   * @param required whether it must be given (a reader may require more, see {@link When})
   * @param values the allowed words of a {@link Type#CHOICE}, else empty
   * @param shape the keys of a {@link Type#MAPPING} or of each entry of a list of mappings
   * @param defaultValue what applies when the key is left out, if anything
   * @param description what it means, for authors (shown by editors)
   */
  public record Key(
      String name,
      Type type,
      boolean required,
      List<String> values,
      Optional<Shape> shape,
      Optional<String> defaultValue,
      String description) {
    public Key {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      values = List.copyOf(values);
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(defaultValue, "defaultValue");
      Objects.requireNonNull(description, "description");
      if ((type == Type.CHOICE) == values.isEmpty()) {
        throw new IllegalArgumentException(
            name + ": a choice, and only a choice, lists its values");
      }
      boolean nested =
          type == Type.MAPPING || type == Type.LIST || type == Type.LIST_OF_IDS_OR_MAPPINGS;
      if (nested == shape.isEmpty()) {
        throw new IllegalArgumentException(
            name + ": a mapping or list of mappings, and only those, has a shape");
      }
    }

    /** The same key with a default value (for the schema's documentation). */
    Key orElse(String value) {
      return new Key(name, type, required, values, shape, Optional.of(value), description);
    }
  }

  /**
   * A rule that depends on another key's value: when {@code key} is one of {@code values} (or is
   * left out and its default is one of them), the keys in {@code required} must be given and the
   * keys in {@code forbidden} must not.
   */
  public record When(
      String key, List<String> values, List<String> required, List<String> forbidden) {
    public When {
      values = List.copyOf(values);
      required = List.copyOf(required);
      forbidden = List.copyOf(forbidden);
    }
  }

  /**
   * The keys of one kind of mapping, in the order documented.
   *
   * @param what the kind of thing, for messages: "meeting", "agenda item"
   * @param keys every allowed key
   * @param rules the rules between keys
   * @param exactlyOne groups of keys of which exactly one must be given, else empty
   */
  public record Shape(
      String what, List<Key> keys, List<When> rules, List<List<String>> exactlyOne) {
    public Shape {
      keys = List.copyOf(keys);
      rules = List.copyOf(rules);
      exactlyOne = exactlyOne.stream().map(List::copyOf).toList();
      for (When w : rules) {
        for (String k : concat(List.of(w.key()), concat(w.required(), w.forbidden()))) {
          if (keys.stream().noneMatch(x -> x.name().equals(k))) {
            throw new IllegalArgumentException(
                what + ": a rule names '" + k + "', which is not one of its keys");
          }
        }
      }
    }

    /** The names of the required keys, in order. */
    public List<String> required() {
      return keys.stream().filter(Key::required).map(Key::name).toList();
    }

    /** The names of the optional keys, in order. */
    public List<String> optional() {
      return keys.stream().filter(k -> !k.required()).map(Key::name).toList();
    }

    /** The declaration of {@code name}. */
    public Optional<Key> key(String name) {
      return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The allowed words of the choice {@code name}, in order. */
    List<String> values(String name) {
      return key(name)
          .map(Key::values)
          .orElseThrow(() -> new IllegalArgumentException(what + " has no key " + name));
    }

    Shape with(When... more) {
      List<When> all = new ArrayList<>(rules);
      all.addAll(List.of(more));
      return new Shape(what, keys, all, exactlyOne);
    }

    Shape exactlyOneOf(String... names) {
      List<List<String>> all = new ArrayList<>(exactlyOne);
      all.add(List.of(names));
      return new Shape(what, keys, rules, all);
    }
  }

  static Shape shape(String what, Key... keys) {
    return new Shape(what, List.of(keys), List.of(), List.of());
  }

  static Key required(String name, Type type, String description) {
    return new Key(name, type, true, List.of(), Optional.empty(), Optional.empty(), description);
  }

  static Key optional(String name, Type type, String description) {
    return new Key(name, type, false, List.of(), Optional.empty(), Optional.empty(), description);
  }

  static Key choice(String name, boolean required, List<String> values, String description) {
    return new Key(
        name, Type.CHOICE, required, values, Optional.empty(), Optional.empty(), description);
  }

  static Key nested(String name, Type type, boolean required, Shape shape, String description) {
    return new Key(
        name, type, required, List.of(), Optional.of(shape), Optional.empty(), description);
  }

  static When when(String key, List<String> values, List<String> required, List<String> forbidden) {
    return new When(key, values, required, forbidden);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
