package org.tabled.diag;

import java.util.Locale;
import java.util.Objects;
import org.tabled.source.SourcePos;

/**
 * One problem found in the content, addressed to the author who wrote it.
 *
 * <p>Printed as {@code path:line:col: error: message}, then the hint on its own indented line when
 * there is one ("did you mean 'chair'?" is folded into the message instead, because it belongs to
 * the sentence).
 *
 * @param pos where the problem is
 * @param severity error or warning
 * @param message a sentence in the author's terms, without a trailing full stop
 * @param hint a suggestion for fixing it, or empty
 */
public record Diagnostic(SourcePos pos, Severity severity, String message, String hint)
    implements Comparable<Diagnostic> {

  /**
   * How serious a problem is. Errors fail the build; warnings are printed and the build goes on.
   */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = pos.compareTo(o.pos);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /**
   * The one-line form, plus an indented hint line when there is a hint. Control characters in the
   * path, message and hint are printed escaped ({@link #escape}), so that a file named with a
   * newline cannot print a second, forged {@code path:line:col: error:} line.
   */
  public String format() {
    String line =
        escape(pos.toString()) + ": " + severity.label() + ": " + shorten(escape(message));
    return hint.isEmpty()
        ? line
        : line + System.lineSeparator() + "  hint: " + shorten(escape(hint));
  }

  /**
   * Longest message printed whole: a longer one quotes an author's very long text, cut in the
   * middle.
   */
  static final int MAX_MESSAGE = 400;

  private static String shorten(String s) {
    if (s.length() <= MAX_MESSAGE) {
      return s;
    }
    return s.substring(0, MAX_MESSAGE / 2) + " ... " + s.substring(s.length() - MAX_MESSAGE / 2);
  }

  /**
   * True for a character that must never be printed as it is in a message: control characters (C0,
   * DEL, C1), line and paragraph separators, and the invisible marks that reorder text
   * (bidirectional embeddings, overrides and isolates, and the directional marks).
   */
  public static boolean isUnprintable(int c) {
    return Character.getType(c) == Character.CONTROL
        || c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@code s} with every {@link #isUnprintable} character written as an escape: a backslash and
   * {@code n} for a newline, {@code t} for a tab, {@code u} and four hex digits for the others.
   */
  public static String escape(String s) {
    if (s.codePoints().noneMatch(Diagnostic::isUnprintable)) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (!isUnprintable(c)) {
                b.appendCodePoint(c);
              } else if (c == '\n') {
                b.append("\\n");
              } else if (c == '\t') {
                b.append("\\t");
              } else if (c == '\r') {
                b.append("\\r");
              } else {
                b.append(String.format("\\u%04X", c));
              }
            });
    return b.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
