package org.tabled.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.load.YamlNode;
import org.tabled.model.Markdown;
import org.tabled.source.SourcePos;

/**
 * A checked view of one YAML mapping: the keys a document kind allows, which of them are required,
 * and typed getters that report a wrong value once and return a safe default.
 *
 * <p>Unknown and missing keys are reported when the view is made. When a misspelt key is the likely
 * spelling of a missing required key ("titel" for "title"), only the misspelling is reported, so
 * one mistake gives one error. The getters never throw for bad content.
 */
final class Fields {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Pattern OFFSET = Pattern.compile("(\\d{1,2}):([0-5]\\d):([0-5]\\d)");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** The date a restricting date stands for when it is given but invalid: never. */
  static final LocalDate NEVER = LocalDate.MAX;

  private final YamlNode.Mapping map;
  private final Diagnostics d;
  private final String what;

  private Fields(YamlNode.Mapping map, String what, Diagnostics d) {
    this.map = map;
    this.what = what;
    this.d = d;
  }

  /**
   * Checks that {@code node} is a mapping holding only {@code allowed} keys and every one of {@code
   * required}. Returns empty (with an error) when the node is not a mapping at all.
   *
   * @param what the kind of thing, for messages: "meeting", "agenda item"
   */
  static Optional<Fields> of(
      YamlNode node, String what, Set<String> required, Set<String> optional, Diagnostics d) {
    if (!(node instanceof YamlNode.Mapping map)) {
      d.error(
          node.pos(), "expected the keys of " + article(what) + " here, found " + describe(node));
      return Optional.empty();
    }
    Set<String> allowed = new LinkedHashSet<>(required);
    allowed.addAll(optional);
    Set<String> misspeltRequired = new HashSet<>();
    for (YamlNode.Entry e : map.entries()) {
      String key = e.key().text();
      if (!allowed.contains(key)) {
        Optional<String> guess = Hints.closest(key, allowed);
        guess
            .filter(required::contains)
            .filter(g -> map.get(g).isEmpty())
            .ifPresent(misspeltRequired::add);
        d.error(
            e.key().pos(),
            "unknown key '" + key + "' in " + article(what) + Hints.didYouMean(key, allowed),
            guess.isPresent()
                ? ""
                : "allowed keys: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
    for (String r : required) {
      Optional<YamlNode> value = map.get(r);
      if (value.isEmpty() && !misspeltRequired.contains(r)) {
        d.error(map.pos(), "missing required key '" + r + "' in " + article(what));
      } else if (value.isPresent() && value.get() instanceof YamlNode.Scalar s && s.isNull()) {
        // "kind:" with nothing after it reads as null: without this it was silently left out.
        d.error(value.get().pos(), "required key '" + r + "' has no value in " + article(what));
      }
    }
    return Optional.of(new Fields(map, what, d));
  }

  /**
   * Checks {@code node} against a declared shape: its keys, in the order declared ({@link
   * Documents}).
   */
  static Optional<Fields> of(YamlNode node, Keys.Shape shape, Diagnostics d) {
    return of(
        node,
        shape.what(),
        new LinkedHashSet<>(shape.required()),
        new LinkedHashSet<>(shape.optional()),
        d);
  }

  /** Like {@link #of} but for a whole file, whose position is the file when it is empty. */
  static Optional<Fields> ofFile(
      YamlNode node, String what, Set<String> required, Set<String> optional, Diagnostics d) {
    return of(node, what, required, optional, d);
  }

  YamlNode.Mapping mapping() {
    return map;
  }

  Diagnostics diagnostics() {
    return d;
  }

  /** The position of the mapping itself. */
  SourcePos pos() {
    return map.pos();
  }

  /** The position of a key's value, or of the mapping when the key is absent. */
  SourcePos pos(String key) {
    return map.get(key).map(YamlNode::pos).orElse(map.pos());
  }

  boolean has(String key) {
    return map.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull())).isPresent();
  }

  Optional<YamlNode> node(String key) {
    return map.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
  }

  /** A text value, or {@code def} when absent or not text. */
  String text(String key, String def) {
    return optText(key).orElse(def);
  }

  /** A text value; empty when absent (a required key's absence is already reported). */
  Optional<String> optText(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      String t = s.text().strip();
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
    d.error(n.get().pos(), "'" + key + "' should be text, found " + describe(n.get()));
    return Optional.empty();
  }

  /** A Markdown value (text written in YAML); relative image paths resolve against {@code dir}. */
  Optional<Markdown> markdown(String key, Path dir) {
    return optText(key).map(t -> new Markdown(t, pos(key), dir));
  }

  /** A whole number. */
  Optional<Integer> integer(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s && s.text().strip().matches("\\d{1,6}")) {
      return Optional.of(Integer.parseInt(s.text().strip()));
    }
    d.error(n.get().pos(), "'" + key + "' should be a whole number, found " + describe(n.get()));
    return Optional.empty();
  }

  /** {@code true} or {@code false}; {@code def} when absent or wrong. */
  boolean bool(String key, boolean def) {
    return optBool(key).orElse(def);
  }

  /** {@code true} or {@code false}; empty when absent or wrong (a wrong value is reported). */
  Optional<Boolean> optBool(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      String t = s.text().strip().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("yes")) {
        return Optional.of(true);
      }
      if (t.equals("false") || t.equals("no")) {
        return Optional.of(false);
      }
    }
    d.error(n.get().pos(), "'" + key + "' should be true or false, found " + describe(n.get()));
    return Optional.empty();
  }

  /**
   * The value of a key that restricts publication: {@code exempt}, {@code confidential}, {@code
   * published}, {@code publish}, {@code received}, and any added later. Every reader reads such a
   * key through this getter and no other, because the usual getters read an empty value as absent,
   * and for these keys absent means "public".
   *
   * <p>A restricting key that is present but empty ({@code exempt:}, {@code ~}, {@code null}) is an
   * error, and so is a value that {@code read} rejects (a wrong type, a date that does not exist:
   * {@code read} reports it). In both cases the result is {@code closed}, the most restrictive
   * reading, so that even code that ran on past the error would withhold rather than publish.
   *
   * @param read the typed getter for the value, e.g. {@code f::date}
   * @param closed what a present but invalid value stands for
   * @param hint how to fix an empty value
   * @return empty only when the key is absent
   */
  <T> Optional<T> restricting(
      String key, Function<String, Optional<T>> read, T closed, String hint) {
    Optional<YamlNode> raw = map.get(key);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.get() instanceof YamlNode.Scalar s && s.isNull()) {
      d.error(
          s.pos(),
          "'"
              + key
              + "' has no value; a key that keeps material from the public cannot be left empty",
          hint);
      return Optional.of(closed);
    }
    return Optional.of(read.apply(key).orElse(closed));
  }

  /** A date written YYYY-MM-DD. */
  Optional<LocalDate> date(String key) {
    return node(key).flatMap(n -> date(n, key, d));
  }

  /** A list of dates written YYYY-MM-DD, each checked; a wrong one is reported and left out. */
  List<LocalDate> dates(String key) {
    List<LocalDate> out = new ArrayList<>();
    for (YamlNode n : list(key)) {
      date(n, key, d).ifPresent(out::add);
    }
    return out;
  }

  /** A time written HH:MM on the 24-hour clock. */
  Optional<LocalTime> time(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      var m = TIME.matcher(s.text().strip());
      if (m.matches()) {
        return Optional.of(
            LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      d.error(
          s.pos(),
          "'" + s.text() + "' is not a valid time for '" + key + "'",
          "write times on the 24-hour clock as HH:MM, e.g. \"18:30\"");
      return Optional.empty();
    }
    d.error(
        n.get().pos(),
        "'" + key + "' should be a time such as \"18:30\", found " + describe(n.get()));
    return Optional.empty();
  }

  /**
   * A point in a recording written H:MM:SS, "0:42:10" (hours, minutes and seconds, so that it
   * cannot be mistaken for a time of day).
   */
  Optional<Duration> offset(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      var m = OFFSET.matcher(s.text().strip());
      if (m.matches()) {
        return Optional.of(
            Duration.ofHours(Integer.parseInt(m.group(1)))
                .plusMinutes(Integer.parseInt(m.group(2)))
                .plusSeconds(Integer.parseInt(m.group(3))));
      }
    }
    d.error(
        n.get().pos(),
        "'"
            + key
            + "' should be a point in the recording written H:MM:SS, e.g. \"0:42:10\", found "
            + describe(n.get()));
    return Optional.empty();
  }

  /**
   * A web address that must start https:// (one the site sends people to): other schemes, such as
   * {@code http:}, {@code javascript:} or {@code data:}, are refused.
   */
  Optional<String> https(String key) {
    return optText(key)
        .filter(
            u -> {
              if (u.matches("https://[^\\s/$.?#][^\\s]*")) {
                return true;
              }
              d.error(
                  pos(key),
                  "'" + u + "' is not a secure web address for '" + key + "'",
                  "write it in full, starting https://, e.g. https://www.example.gov.uk/");
              return false;
            });
  }

  /** One of {@code choices}, matched exactly. */
  Optional<String> choice(String key, List<String> choices) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      String t = s.text().strip();
      if (choices.contains(t)) {
        return Optional.of(t);
      }
      d.error(
          s.pos(),
          "'" + t + "' is not a valid " + key + Hints.didYouMean(t, choices),
          key + " must be one of: " + String.join(", ", choices));
      return Optional.empty();
    }
    d.error(
        n.get().pos(),
        "'"
            + key
            + "' should be one of "
            + String.join(", ", choices)
            + ", found "
            + describe(n.get()));
    return Optional.empty();
  }

  /** An id (lower-case words joined by hyphens). */
  Optional<Ref> id(String key) {
    return node(key).flatMap(n -> id(n, key, d));
  }

  /** A list of items; a missing key is an empty list. */
  List<YamlNode> list(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YamlNode.Sequence s) {
      return s.items();
    }
    d.error(
        n.get().pos(),
        "'" + key + "' should be a list (lines starting with '- '), found " + describe(n.get()));
    return List.of();
  }

  /** One id or a list of ids. */
  List<Ref> ids(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YamlNode.Scalar) {
      return id(n.get(), key, d).map(List::of).orElse(List.of());
    }
    List<Ref> out = new ArrayList<>();
    for (YamlNode item : list(key)) {
      id(item, key, d).ifPresent(out::add);
    }
    return out;
  }

  /** One text or a list of texts. */
  List<String> texts(String key) {
    Optional<YamlNode> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (n.get() instanceof YamlNode.Scalar s) {
      return s.text().isBlank() ? List.of() : List.of(s.text().strip());
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : list(key)) {
      if (item instanceof YamlNode.Scalar s && !s.text().isBlank()) {
        out.add(s.text().strip());
      } else {
        d.error(item.pos(), "each entry of '" + key + "' should be text, found " + describe(item));
      }
    }
    return out;
  }

  // ---- helpers shared with readers that look at single nodes -------------------------------

  /** An id value with its position, used later to report unknown references. */
  record Ref(String value, SourcePos pos) {}

  static Optional<Ref> id(YamlNode n, String key, Diagnostics d) {
    if (n instanceof YamlNode.Scalar s && !s.isNull()) {
      String t = s.text().strip();
      if (ID.matcher(t).matches()) {
        return Optional.of(new Ref(t, s.pos()));
      }
      d.error(
          s.pos(),
          "'" + t + "' is not a valid id for '" + key + "'",
          "ids are lower-case letters, digits and single hyphens, starting with a letter, e.g. amara-osei");
      return Optional.empty();
    }
    d.error(n.pos(), "'" + key + "' should be an id, found " + describe(n));
    return Optional.empty();
  }

  static Optional<LocalDate> date(YamlNode n, String key, Diagnostics d) {
    if (n instanceof YamlNode.Scalar s) {
      String t = s.text().strip();
      if (DATE_SHAPE.matcher(t).matches()) {
        try {
          return Optional.of(LocalDate.parse(t, ISO_DATE));
        } catch (DateTimeParseException e) {
          d.error(
              s.pos(),
              "'" + t + "' is not a valid date for '" + key + "': there is no such day",
              "write dates as YYYY-MM-DD with a two-digit month and day, e.g. 2025-03-04");
          return Optional.empty();
        }
      }
      d.error(
          s.pos(),
          "'" + t + "' is not a valid date for '" + key + "'",
          "write dates as YYYY-MM-DD, e.g. 2025-03-04");
      return Optional.empty();
    }
    d.error(n.pos(), "'" + key + "' should be a date such as 2025-03-04, found " + describe(n));
    return Optional.empty();
  }

  /** True when {@code s} is a valid id. */
  static boolean isId(String s) {
    return ID.matcher(s).matches();
  }

  static Optional<LocalDate> parseDate(String s) {
    try {
      return DATE_SHAPE.matcher(s).matches()
          ? Optional.of(LocalDate.parse(s, ISO_DATE))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static String describe(YamlNode n) {
    if (n instanceof YamlNode.Scalar s) {
      if (s.isNull()) {
        return "nothing";
      }
      String t = s.text().strip();
      return "'" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "'";
    }
    return n.kindName();
  }

  private static String article(String what) {
    return (what.matches("[aeiou].*") ? "an " : "a ") + what;
  }
}
