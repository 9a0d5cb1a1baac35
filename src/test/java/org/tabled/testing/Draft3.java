package org.tabled.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON Schema written in draft-03, as Popolo's and Open Civic Data's published schemas are,
 * as the draft-04 schema that means the same, for a validator that knows draft-04 onwards: {@code
 * "required": true} on a property becomes its name in the object's {@code required} list, and a
 * {@code type} list holding schemas becomes {@code anyOf}. The type names {@code date} and {@code
 * datetime} that Open Civic Data's scraper adds for Python values stand for no JSON value and are
 * dropped. Nothing else is changed.
 */
public final class Draft3 {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Draft3() {}

  /** The draft-04 form of the draft-03 schema {@code text}. */
  public static String toDraft4(String text) {
    ObjectNode root = (ObjectNode) JSON.readTree(text);
    convert(root);
    root.put("$schema", "http://json-schema.org/draft-04/schema#");
    return root.toString();
  }

  private static void convert(JsonNode node) {
    if (node instanceof ArrayNode a) {
      a.forEach(Draft3::convert);
      return;
    }
    if (!(node instanceof ObjectNode o)) {
      return;
    }
    if (o.get("properties") instanceof ObjectNode props) {
      List<String> required = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : props.properties()) {
        if (e.getValue() instanceof ObjectNode p
            && p.has("required")
            && p.get("required").isBoolean()) {
          if (p.get("required").asBoolean()) {
            required.add(e.getKey());
          }
          p.remove("required");
        }
      }
      if (!required.isEmpty()) {
        ArrayNode r = o.putArray("required");
        required.forEach(r::add);
      }
    }
    if (o.get("type") instanceof ArrayNode types
        && types.valueStream().anyMatch(JsonNode::isObject)) {
      ArrayNode any = JSON.createArrayNode();
      ArrayNode simple = JSON.createArrayNode();
      for (JsonNode t : types) {
        if (t.isObject()) {
          any.add(t);
        } else if (!t.asString().equals("date") && !t.asString().equals("datetime")) {
          simple.add(t);
        }
      }
      if (!simple.isEmpty()) {
        any.add(JSON.createObjectNode().set("type", simple));
      }
      o.remove("type");
      o.set("anyOf", any);
    }
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      convert(e.getValue());
    }
  }
}
