package org.tabled.markdown;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tabled.diag.Diagnostics;
import org.tabled.model.Markdown;
import org.tabled.source.SourcePos;

/**
 * Lettered lists, as councils write recommendations (DOMAIN.md §1.3: "(a)", "(b)", "(c)").
 * CommonMark has no lettered list, so before parsing each item marker of a run written {@code (a)}
 * or {@code a)}, starting at a and going on letter by letter, is rewritten as the numbered marker
 * of the same place ({@code 1.}, {@code 2.} …) and the line remembered: the list is then an ordered
 * list like any other, which the renderer marks as lettered ({@code <ol type="a">}) and labels
 * "(a)", "(b)" …. No line is added or removed, so line numbers in messages stay true.
 *
 * <p>A run starts with an item lettered a, and goes on through items at the same indent, their
 * continuation lines, more indented lines and blank lines; it ends at the first other line at its
 * indent or less. An item at the run's indent with the wrong letter ("(c)" after "(a)") is an
 * error, not a new list: the letters are the author's, printed as written, so a gap is a slip. A
 * line that should stay text starts with a backslash, {@code \(a)}.
 */
final class LetteredLists {

  private static final Pattern ITEM = Pattern.compile("^( {0,12})(\\(([a-z])\\)|([a-z])\\))( +|$)");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

  /**
   * The text to parse, and the lines (from 0) that start lettered lists.
   *
   * @param text the text with lettered markers rewritten as numbered ones
   * @param starts the lines of the first item of each lettered list
   */
  record Rewritten(String text, Set<Integer> starts) {}

  private LetteredLists() {}

  static Rewritten rewrite(Markdown md, String text, Diagnostics d) {
    String[] lines = text.split("\n", -1);
    Set<Integer> starts = new HashSet<>();
    boolean fenced = false;
    int indent = -1; // the indent of the run being read, -1 outside one
    char next = 'a';
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        indent = -1;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher m = ITEM.matcher(line);
      int lineIndent = line.length() - line.stripLeading().length();
      if (indent >= 0 && !line.isBlank() && lineIndent <= indent && !m.find()) {
        boolean lazy = i > 0 && !lines[i - 1].isBlank(); // a wrapped line of the item's text
        if (!lazy || lineIndent < indent) {
          indent = -1;
        }
      }
      m = ITEM.matcher(line);
      if (!m.find()) {
        continue;
      }
      char letter = (m.group(3) != null ? m.group(3) : m.group(4)).charAt(0);
      int at = m.group(1).length();
      if (letter == 'a' && (indent < 0 || at != indent)) {
        indent = at;
        next = 'a';
        starts.add(i);
      } else if (indent < 0 || at != indent) {
        continue; // "(c)" on its own is text
      }
      if (letter != next) {
        d.error(
            new SourcePos(md.start().path(), Math.max(md.start().line(), 1) + i, at + 1),
            "lettered list item (" + letter + ") follows (" + (char) (next - 1) + ")",
            "letter the items a, b, c … in order; write \\(" + letter + ") to keep it as text");
        indent = -1;
        continue;
      }
      String marker = m.group(2);
      String number = (next - 'a' + 1) + ".";
      String padded =
          number.length() < marker.length()
              ? number + " ".repeat(marker.length() - number.length())
              : number;
      lines[i] = m.group(1) + padded + line.substring(m.end(2));
      next++;
    }
    return new Rewritten(String.join("\n", lines), starts);
  }

  /** The label of the {@code n}th item (from 1) of a lettered list: "(a)". */
  static String label(int n) {
    return "(" + letter(n) + ")";
  }

  /** The letter of the {@code n}th item (from 1): "a", … "z", then "aa". */
  static String letter(int n) {
    return n <= 26
        ? String.valueOf((char) ('a' + n - 1))
        : letter((n - 1) / 26) + letter((n - 1) % 26 + 1);
  }
}
