package org.tabled.markdown;

import java.util.regex.Pattern;

/**
 * Keeps a wrapped line that happens to start with a number from becoming a list.
 *
 * <p>In CommonMark a numbered list may interrupt a paragraph only if it starts at 1, so in
 *
 * <pre>
 * 1. Two schools will take fewer pupils from September
 *    2027. The consultation closes in October.
 * </pre>
 *
 * the second line is part of the sentence. flexmark gets this right for a paragraph at the left
 * margin but not inside a list item, where it starts a new list numbered 2027; its only option for
 * this also stops "2." continuing the outer list. So before parsing, the full stop (or bracket)
 * after such a number is escaped, which is exactly what an author would type to keep it as text.
 * Only indented lines that follow a line of paragraph text (or of a less indented list item) are
 * touched, so real nested lists (" 1. a" then " 2. b") and sibling items are not; fenced code is
 * left alone. No line is added or removed, so line numbers in messages stay true.
 */
final class WrappedNumbers {

  private static final Pattern NUMBERED = Pattern.compile("^( +)(\\d{1,9})([.)])( .*|)$");
  private static final Pattern ITEM_START = Pattern.compile("^\\s*([-+*]|\\d{1,9}[.)])(\\s|$)");

  private WrappedNumbers() {}

  /** True if {@code previous} starts a list item indented at least as far as {@code indent}. */
  private static boolean siblingItem(String previous, int indent) {
    int previousIndent = previous.length() - previous.stripLeading().length();
    return ITEM_START.matcher(previous).find() && previousIndent >= indent;
  }

  static String escape(String text) {
    String[] lines = text.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || i == 0) {
        continue;
      }
      var m = NUMBERED.matcher(line);
      String previous = lines[i - 1];
      if (m.matches()
          && !m.group(2).equals("1")
          && !previous.isBlank()
          && !siblingItem(previous, m.group(1).length())
          && !previous.stripLeading().startsWith("#")
          && !previous.stripLeading().startsWith("|")) {
        lines[i] = m.group(1) + m.group(2) + "\\" + m.group(3) + m.group(4);
      }
    }
    return String.join("\n", lines);
  }
}
