package org.tabled.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A file of the index: JSON handed to a function by one line of JavaScript, so that the browser
 * loads it with a script tag. Browsers refuse to {@code fetch} files of a site opened from disk;
 * they still run its scripts.
 */
final class DataFile {

  private static final JsonFactory JSON = new JsonFactory();

  /** Writes the JSON inside the file. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private DataFile() {}

  /**
   * {@code tabledSearchData("NAME",JSON);}: a shard or passage, which search.js asked for by name.
   */
  static String data(String name, Body body) {
    return wrap("tabledSearchData(\"" + name + "\",", body, ");\n");
  }

  /** {@code window.NAME = JSON;}: the metadata, loaded by the search page before search.js. */
  static String global(String name, Body body) {
    return wrap("window." + name + " = ", body, ";\n");
  }

  private static String wrap(String before, Body body, String after) {
    StringWriter w = new StringWriter();
    w.write(before);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setCharacterEscapes(LineSeparators.INSTANCE);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.write(after);
    return w.toString();
  }

  /**
   * JSON's escapes, and U+2028 and U+2029 as well: they are allowed in JSON strings but ended a
   * line, and so a string, in JavaScript before ES2019.
   */
  private static final class LineSeparators extends CharacterEscapes {
    static final LineSeparators INSTANCE = new LineSeparators();
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      if (ch == 0x2029) {
        return new SerializedString("\\u2029");
      }
      return null;
    }
  }
}
