package org.tabled.diag;

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

  /** How serious a problem is. Errors fail the build; warnings are printed and the build goes on. */
  public enum Severity {
    ERROR,
    WARNING;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
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

  /** The one-line form, plus an indented hint line when there is a hint. */
  public String format() {
    String line = pos + ": " + severity.label() + ": " + message;
    return hint.isEmpty() ? line : line + System.lineSeparator() + "  hint: " + hint;
  }

  @Override
  public String toString() {
    return format();
  }
}
