package org.tabled.load;

import java.nio.file.Path;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

/**
 * Splits a Markdown file into YAML front matter and body.
 *
 * <p>Front matter is optional. When present it starts with a line {@code ---} at the very top and
 * ends with the next line that is {@code ---} (or {@code ...}). An opening fence with no closing
 * one is an error at the opening line, because everything after it would otherwise be read as YAML.
 */
final class FrontMatter {

  private FrontMatter() {}

  static Optional<RawMarkdown> split(String display, String text, Path dir, Diagnostics d) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return Optional.of(
          new RawMarkdown(
              display, YamlNode.emptyMapping(new SourcePos(display, 1, 1)), text, 1, dir));
    }
    // The closing fence: the first line after the opening one that is "---" or "...", trailing
    // spaces aside. Found line by line in place: splitting every text into lines and joining its
    // body again copied each file twice, a fifth of what loading an archive allocates.
    int line = 1; // index of the line starting at `start`
    int start = text.indexOf('\n') + 1; // 0 for "---" alone: no line after it
    int close = -1; // index of the closing line
    int closeStart = -1;
    int closeEnd = -1; // where the closing line's newline is, or -1 at the end of the text
    while (start > 0) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (fence(text, start, end)) {
        close = line;
        closeStart = start;
        closeEnd = nl;
        break;
      }
      line++;
      start = nl < 0 ? 0 : nl + 1;
    }
    if (close < 0) {
      d.error(
          new SourcePos(display, 1, 1),
          "front matter starts with '---' here but never ends",
          "add a line with just '---' after the last front-matter key");
      return Optional.empty();
    }
    String yaml = close == 1 ? "" : text.substring(4, closeStart - 1);
    Optional<YamlNode> node = YamlReader.parse(display, yaml, 2, d);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlNode.Mapping m)) {
      d.error(
          node.get().pos(),
          "front matter must be a set of 'key: value' lines, not " + node.get().kindName());
      return Optional.empty();
    }
    String body = closeEnd < 0 ? "" : text.substring(closeEnd + 1);
    return Optional.of(new RawMarkdown(display, m, body, close + 2, dir));
  }

  /**
   * Whether {@code text} from {@code start} to {@code end} is "---" or "...", trailing spaces
   * aside.
   */
  private static boolean fence(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e - start == 3 && (text.startsWith("---", start) || text.startsWith("...", start));
  }
}
