package org.tabled.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tabled.diag.Diagnostics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A content file as an editor's YAML support reads it (YAML 1.2, core schema, as the YAML language
 * server does): {@code 18:30} and {@code 2026-03-04} are text; {@code true}, {@code 3}, {@code ~}
 * are not. Front matter is read from Markdown files. Used to check content against the JSON
 * Schemas.
 */
public final class EditorYaml {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private EditorYaml() {}

  /** The file's YAML (or a Markdown file's front matter) as JSON; empty if it cannot be read. */
  public static Optional<JsonNode> read(String path, String text) {
    Diagnostics d = new Diagnostics();
    if (path.endsWith(".md")) {
      return FrontMatter.split(path, text, Path.of("."), d).map(md -> json(md.front()));
    }
    return YamlReader.parse(path, text, 1, d).map(EditorYaml::json);
  }

  static JsonNode json(YamlNode n) {
    if (n instanceof YamlNode.Mapping m) {
      ObjectNode o = F.objectNode();
      m.entries().forEach(e -> o.set(e.key().text(), json(e.value())));
      return o;
    }
    if (n instanceof YamlNode.Sequence s) {
      ArrayNode a = F.arrayNode();
      s.items().forEach(i -> a.add(json(i)));
      return a;
    }
    YamlNode.Scalar s = (YamlNode.Scalar) n;
    String t = s.text();
    if (!s.plain()) {
      return F.stringNode(t);
    }
    if (t.isEmpty() || t.equals("~") || t.equals("null") || t.equals("Null") || t.equals("NULL")) {
      return F.nullNode();
    }
    if (t.equals("true") || t.equals("True") || t.equals("TRUE")) {
      return F.booleanNode(true);
    }
    if (t.equals("false") || t.equals("False") || t.equals("FALSE")) {
      return F.booleanNode(false);
    }
    if (INT.matcher(t).matches()) {
      return F.numberNode(new BigInteger(t));
    }
    if (FLOAT.matcher(t).matches()) {
      return F.numberNode(new BigDecimal(t));
    }
    return F.stringNode(t);
  }
}
