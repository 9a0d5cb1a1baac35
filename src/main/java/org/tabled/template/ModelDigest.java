package org.tabled.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A digest of the data a template is given, which stands for the HTML the template writes from it:
 * a template reads nothing but its data ({@code TemplatePolicy}: no files, no clock, no Java beyond
 * the records' accessors), so under the same templates and the same Tabled the same data gives the
 * same HTML, and a key that holds the templates (the build cache's environment) and this digest
 * holds everything the HTML is made from.
 *
 * <p>It is cheaper than a digest of the HTML because the long texts in the data, each document's
 * HTML, were digested already, to be measured: each is written into this digest as that digest,
 * found by the very string ({@code pdf.PackHtml}). Every record is read by all its components, in
 * order, each value with its type and length, so nothing a template can read is left out, and no
 * two different data give the same bytes to digest. A value of a type it does not know (none is,
 * today) makes {@link #of} throw, and the caller digests the HTML instead.
 */
public final class ModelDigest {

  private final MessageDigest sha;
  private final Function<String, String> known;
  private final UnaryOperator<String> content;

  private ModelDigest(Function<String, String> known, UnaryOperator<String> content) {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    this.known = known;
    this.content = content;
  }

  /**
   * The digest of {@code model}.
   *
   * @param known the digest already worked out of a string, by the very string, or null; used only
   *     for a string that names no file
   * @param content a string as the key must hold it: each file it names by a digest of its bytes
   *     ({@code pdf.PdfFinish#withoutPaths}), so that a changed image under the same name changes
   *     the key
   * @throws IllegalArgumentException for a value of a type it cannot digest
   */
  public static String of(
      Object model, Function<String, String> known, UnaryOperator<String> content) {
    ModelDigest m = new ModelDigest(known, content);
    m.value(model);
    return HexFormat.of().formatHex(m.sha.digest());
  }

  private void value(Object v) {
    if (v == null) {
      tag('N');
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Record r) {
      tag('R');
      text(r.getClass().getName());
      for (Method m : RecordAccessors.of(r.getClass()).values()) {
        try {
          value(m.invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalArgumentException("cannot read " + m, e);
        }
      }
    } else if (v instanceof List<?> list) {
      tag('L');
      number(list.size());
      list.forEach(this::value);
    } else if (v instanceof Map<?, ?> map) {
      tag('M');
      number(map.size());
      // in the order of the keys, not of the map, which may differ from one run to the next
      Map<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException("a map with keys that are not text: " + e.getKey());
        }
        sorted.put(k, e.getValue());
      }
      sorted.forEach(
          (k, x) -> {
            string(k);
            value(x);
          });
    } else if (v instanceof Optional<?> o) {
      tag('O');
      number(o.isPresent() ? 1 : 0);
      o.ifPresent(this::value);
    } else if (v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double
        || v instanceof Enum<?>) {
      tag('V');
      text(v.getClass().getName());
      text(v.toString());
    } else {
      throw new IllegalArgumentException("cannot digest a " + v.getClass().getName());
    }
  }

  private void string(String s) {
    if (!s.contains("file:")) {
      String digest = known.apply(s);
      if (digest != null) {
        tag('H');
        text(digest);
        return;
      }
      tag('S');
      text(s);
      return;
    }
    tag('F'); // names a file: held by the file's bytes
    text(content.apply(s));
  }

  private void tag(char c) {
    sha.update((byte) c);
  }

  private void number(int n) {
    sha.update((byte) (n >>> 24));
    sha.update((byte) (n >>> 16));
    sha.update((byte) (n >>> 8));
    sha.update((byte) n);
  }

  /** Its length, then its bytes: no two strings, or runs of strings, give the same bytes. */
  private void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    number(b.length);
    sha.update(b);
  }
}
