package org.tabled.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON Schema validation for the tests (networknt json-schema-validator). */
public final class JsonSchemas {

  private JsonSchemas() {}

  /** A draft-07 schema from its bytes. */
  public static Schema draft7(byte[] schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(new String(schema, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  /**
   * The schema {@code id} among {@code schemas} (id to text, each draft-04), whose {@code $ref}s to
   * one another are resolved from the same map, never from the network.
   */
  public static Schema draft4(Map<String, String> schemas, String id) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(schemas));
    return registry.getSchema(SchemaLocation.of(id));
  }

  /** The problems found, one line each ("/path: message"); empty when valid. */
  public static List<String> errors(Schema schema, JsonNode instance) {
    return schema.validate(instance).stream().map(Object::toString).toList();
  }

  /** The problems found in JSON text. */
  public static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }
}
