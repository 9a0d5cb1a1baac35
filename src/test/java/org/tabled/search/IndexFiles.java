package org.tabled.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the search index back as the browser does (for tests): the metadata, every shard's keys and
 * decoded postings, and the passages.
 */
public final class IndexFiles {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern DATA =
      Pattern.compile("tabledSearchData\\(\"([^\"]+)\",(.*)\\);\n", Pattern.DOTALL);

  /** One document's entry in a posting: for a pair of terms the weight is -1. */
  public record Posting(int doc, int weight, int passage) {}

  /** A passage file. */
  public record Passage(
      String path,
      String title,
      String kind,
      String committee,
      String date,
      String text,
      List<List<Object>> anchors) {}

  private final Map<String, String> files;
  private final Map<String, Object> meta;
  private final Map<String, Object> parsed = new HashMap<>();

  /** The index from its files, by path relative to the search folder. */
  public IndexFiles(Map<String, String> files) {
    this.files = new TreeMap<>(files);
    String m = files.get(SearchIndex.META);
    if (m == null || !m.startsWith("window.tabledSearchIndex = ") || !m.endsWith(";\n")) {
      throw new IllegalArgumentException("no metadata file: " + files.keySet());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed =
        (Map<String, Object>)
            parse(m.substring("window.tabledSearchIndex = ".length(), m.length() - 2));
    meta = parsed;
  }

  /** The index in a built site's {@code search/} folder. */
  public static IndexFiles in(Path searchDir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(searchDir)) {
      for (Path f :
          s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".js")).toList()) {
        files.put(
            searchDir.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndexFiles(files);
  }

  public Map<String, String> files() {
    return files;
  }

  public int documents() {
    return ((Number) meta.get("documents")).intValue();
  }

  @SuppressWarnings("unchecked")
  public List<String> shardKeys() {
    return (List<String>) meta.get("shards");
  }

  /**
   * The name ("index/NAME") of shard {@code i}: listed in the metadata's names, or else its first
   * key's FNV-1a hash, computed here as search.js computes it (not by the code under test).
   */
  @SuppressWarnings("unchecked")
  public String shard(int i) {
    String key = shardKeys().get(i);
    Object listed = ((Map<String, Object>) meta.getOrDefault("names", Map.of())).get(key);
    if (listed != null) {
      return "index/" + listed;
    }
    long h = 0x811c9dc5L;
    for (char c : key.toCharArray()) {
      h = ((h ^ c) * 0x01000193L) & 0xffffffffL;
    }
    return "index/" + String.format("%08x", h);
  }

  /**
   * The data of {@code index/NAME.js} or {@code text/D-P.js}, checking the name it gives itself.
   */
  public Object data(String name) {
    return parsed.computeIfAbsent(name, this::read);
  }

  private Object read(String name) {
    String content = files.get(name + ".js");
    if (content == null) {
      throw new IllegalArgumentException("no file " + name + ".js");
    }
    Matcher m = DATA.matcher(content);
    if (!m.matches() || !m.group(1).equals(name)) {
      throw new IllegalArgumentException(
          "not a data file named " + name + ": " + content.substring(0, 60));
    }
    return parse(m.group(2));
  }

  /**
   * Every key ("term" or "first second") in every shard, in shard order, with its decoded posting.
   */
  @SuppressWarnings("unchecked")
  public SortedMap<String, List<Posting>> keys() {
    SortedMap<String, List<Posting>> out = new TreeMap<>();
    for (int i = 0; i < shardKeys().size(); i++) {
      Map<String, Object> shard = (Map<String, Object>) data(shard(i));
      shard.forEach(
          (first, group) ->
              ((Map<String, Object>) group)
                  .forEach(
                      (second, posting) -> {
                        String key = ((String) second).isEmpty() ? first : first + " " + second;
                        if (out.put(key, decode((String) posting, ((String) second).isEmpty()))
                            != null) {
                          throw new IllegalStateException("key in two shards: " + key);
                        }
                      }));
    }
    return out;
  }

  /** The shard a key is looked up in: the last whose first key is not after it. */
  public int shardOf(String key) {
    List<String> keys = shardKeys();
    int at = -1;
    for (int i = 0; i < keys.size() && keys.get(i).compareTo(key) <= 0; i++) {
      at = i;
    }
    return at;
  }

  @SuppressWarnings("unchecked")
  public Passage passage(int doc, int p) {
    Map<String, Object> m = (Map<String, Object>) data("text/" + doc + "-" + p);
    return new Passage(
        (String) m.get("path"),
        (String) m.get("title"),
        (String) m.get("kind"),
        (String) m.get("committee"),
        (String) m.get("date"),
        (String) m.get("text"),
        (List<List<Object>>) m.get("anchors"));
  }

  /** The passages of document {@code doc}, in order. */
  public List<Passage> passages(int doc) {
    List<Passage> out = new ArrayList<>();
    for (int p = 0; files.containsKey("text/" + doc + "-" + p + ".js"); p++) {
      out.add(passage(doc, p));
    }
    return out;
  }

  static List<Posting> decode(String posting, boolean weighted) {
    List<Posting> out = new ArrayList<>();
    int[] at = {0};
    int doc = 0;
    while (at[0] < posting.length()) {
      doc += number(posting, at);
      int weight = weighted ? Codec.ALPHABET.indexOf(posting.charAt(at[0]++)) : -1;
      out.add(new Posting(doc, weight, number(posting, at)));
    }
    return out;
  }

  private static int number(String s, int[] at) {
    int v = 0;
    int shift = 0;
    int d;
    do {
      d = Codec.ALPHABET.indexOf(s.charAt(at[0]++));
      if (d < 0) {
        throw new IllegalArgumentException("not a digit in " + s);
      }
      v |= (d & 31) << shift;
      shift += 5;
    } while (d >= 32);
    return v;
  }

  static Object parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      Object v = value(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
          String name = p.currentName();
          p.nextToken();
          if (m.put(name, value(p)) != null) {
            throw new IllegalArgumentException("duplicate key " + name);
          }
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getIntValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("unexpected " + t);
    }
  }
}
