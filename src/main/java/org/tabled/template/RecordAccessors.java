package org.tabled.template;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each record class's accessors by component name, in the order of its components: what a template
 * can read of a record ({@link ViewWrapper}), and so what a digest of its data reads ({@link
 * ModelDigest}). Looked up once per class, one {@link Method} per accessor, so that its calls get
 * fast.
 */
final class RecordAccessors {

  private RecordAccessors() {}

  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new LinkedHashMap<>();
          for (RecordComponent c : type.getRecordComponents()) {
            Method m = c.getAccessor();
            m.trySetAccessible(); // a public record nested in a class private to its package
            accessors.put(c.getName(), m);
          }
          return Collections.unmodifiableMap(accessors);
        }
      };

  /** The accessors of record class {@code type}. */
  static Map<String, Method> of(Class<? extends Record> type) {
    return ACCESSORS.get(type);
  }
}
