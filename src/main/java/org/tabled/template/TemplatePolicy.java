package org.tabled.template;

import freemarker.core.ParseException;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a parsed template that uses a built-in able to reach past the data it is given: {@code
 * ?new} (creates Java objects), {@code ?api} (calls Java methods), {@code ?eval} and {@code
 * ?interpret} (run text as template code, which would let a value in the content become code). The
 * configuration disables the first two as well ({@link Templates}); this check makes all four an
 * error at the template's own line and column, before anything is rendered.
 *
 * <p>It refuses the special variable {@code .now} too, the only thing a template could read that is
 * neither its data nor the templates: with it, the same content would give other pages and PDFs
 * from one build to the next, and what the build cache keeps, keyed on what a template is given
 * ({@link ModelDigest}), would be stale.
 *
 * <p>FreeMarker offers no setting to turn off {@code ?eval} or {@code ?interpret}, and no public
 * API to walk an expression's parts, so the walk reads the parse tree through the accessors
 * FreeMarker's own tree dump uses ({@code TemplateObject.getParameterValue}), by reflection. If
 * they ever change, every template is refused rather than let through unchecked.
 */
final class TemplatePolicy {

  /** The built-ins no Tabled template may use. */
  static final Set<String> FORBIDDEN = Set.of("new", "api", "eval", "interpret");

  /** The special variables no Tabled template may read: the clock. */
  static final Set<String> FORBIDDEN_VARIABLES = Set.of("now");

  private static final Method COUNT;
  private static final Method VALUE;
  private static final Method SYMBOL;

  static {
    Method count = null;
    Method value = null;
    Method symbol = null;
    try {
      count = TemplateObject.class.getDeclaredMethod("getParameterCount");
      value = TemplateObject.class.getDeclaredMethod("getParameterValue", int.class);
      symbol = TemplateObject.class.getDeclaredMethod("getNodeTypeSymbol");
      count.setAccessible(true);
      value.setAccessible(true);
      symbol.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      count = null;
    }
    COUNT = count;
    VALUE = value;
    SYMBOL = symbol;
  }

  private TemplatePolicy() {}

  private static void push(Deque<Object> todo, Object o) {
    if (o != null) {
      todo.push(o);
    }
  }

  /** Thrown for a template that breaks the policy: a parse error at the offending built-in. */
  static final class Forbidden extends ParseException {
    private static final long serialVersionUID = 1L;

    Forbidden(String message, Template t, int line, int column) {
      super(message, t, line, column);
    }
  }

  /** Why the node written {@code symbol} ("?eval", ".now") is refused, or null if it is not. */
  private static String forbidden(String symbol) {
    if (symbol.startsWith("?") && FORBIDDEN.contains(symbol.substring(1))) {
      return "a template may not run text as code, create Java objects or call Java methods";
    }
    if (symbol.startsWith(".") && FORBIDDEN_VARIABLES.contains(symbol.substring(1))) {
      return "the same content must give the same pages and PDFs whenever it is built";
    }
    return null;
  }

  /** Throws {@link Forbidden} at the first forbidden built-in or variable of {@code t}. */
  static void check(Template t) throws Forbidden {
    if (COUNT == null) {
      throw new Forbidden(
          "Tabled cannot check this template with this version of FreeMarker, so it is not used",
          t,
          1,
          1);
    }
    Deque<Object> todo = new ArrayDeque<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    push(todo, t.getRootTreeNode());
    try {
      while (!todo.isEmpty()) {
        Object o = todo.pop();
        if (seen.put(o, Boolean.TRUE) != null) {
          continue;
        }
        if (o instanceof Collection<?> c) {
          c.forEach(x -> push(todo, x));
          continue;
        }
        if (o instanceof Object[] array) {
          for (Object x : array) {
            push(todo, x);
          }
          continue;
        }
        if (!(o instanceof TemplateObject node)) {
          continue;
        }
        String symbol = String.valueOf(SYMBOL.invoke(node));
        String why = forbidden(symbol);
        if (why != null) {
          throw new Forbidden(
              "'" + symbol + "' is not allowed in Tabled templates: " + why,
              t,
              node.getBeginLine(),
              node.getBeginColumn());
        }
        int n = (Integer) COUNT.invoke(node);
        for (int i = 0; i < n; i++) {
          push(todo, VALUE.invoke(node, i));
        }
        if (node instanceof TemplateElement e) {
          for (int i = 0; i < e.getChildCount(); i++) {
            push(todo, e.getChildAt(i));
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Forbidden(
          "Tabled cannot check this template ("
              + e.getClass().getSimpleName()
              + "), so it is not used",
          t,
          1,
          1);
    }
  }
}
