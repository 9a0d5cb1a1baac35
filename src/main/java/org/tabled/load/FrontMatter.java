package org.tabled.load;

import java.nio.file.Path;
import java.util.Arrays;
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
    String[] lines = text.split("\n", -1);
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      d.error(
          new SourcePos(display, 1, 1),
          "front matter starts with '---' here but never ends",
          "add a line with just '---' after the last front-matter key");
      return Optional.empty();
    }
    String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close));
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
    String body =
        close + 1 < lines.length
            ? String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length))
            : "";
    return Optional.of(new RawMarkdown(display, m, body, close + 2, dir));
  }
}
