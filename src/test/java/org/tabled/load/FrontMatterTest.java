package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tabled.diag.Diagnostics;

/**
 * {@link FrontMatter#split}, which finds the closing fence in place, against the plain reading of
 * the rule (split into lines, find the fence, join the rest), on texts built from the lines that
 * matter: fences with and without trailing spaces, indented fences, "..." and empty lines.
 */
class FrontMatterTest {

  private static final String[] LINES = {
    "---", "...", "--- ", "---\t", " ---", "----", "..", "title: A", "", "body text", "# Heading"
  };

  /** What the split should give: its YAML, body, first body line, or the error it reports. */
  private static String expected(String text) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return "none|" + text + "|1";
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
      return "error: never ends";
    }
    String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, close));
    Optional<YamlNode> node = YamlReader.parse("p.md", yaml, 2, new Diagnostics());
    if (node.isEmpty() || !(node.get() instanceof YamlNode.Mapping)) {
      return "error: other";
    }
    String body =
        close + 1 < lines.length
            ? String.join("\n", Arrays.copyOfRange(lines, close + 1, lines.length))
            : "";
    return "yaml:" + yaml + "|" + body + "|" + (close + 2);
  }

  private static String actual(String text) {
    Diagnostics d = new Diagnostics();
    Optional<RawMarkdown> md = FrontMatter.split("p.md", text, Path.of("."), d);
    if (md.isEmpty()) {
      return d.all().stream().anyMatch(x -> x.message().contains("never ends"))
          ? "error: never ends"
          : "error: other";
    }
    RawMarkdown m = md.get();
    if (!text.startsWith("---\n")) {
      return "none|" + m.body() + "|" + m.bodyFirstLine();
    }
    return "yaml:" + yamlOf(text, m) + "|" + m.body() + "|" + m.bodyFirstLine();
  }

  /** The YAML the split parsed: the lines between the fences, as the front matter's lines. */
  private static String yamlOf(String text, RawMarkdown m) {
    String[] lines = text.split("\n", -1);
    return String.join("\n", Arrays.copyOfRange(lines, 1, m.bodyFirstLine() - 2));
  }

  @Test
  void findsTheSameFenceAsSplittingIntoLines() {
    Random random = new Random(20261202);
    List<String> texts = new ArrayList<>(List.of("---", "---\n", "---\n---", "---\n...\n", "x"));
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "" : "---\n");
      int count = random.nextInt(7);
      for (int i = 0; i < count; i++) {
        b.append(LINES[random.nextInt(LINES.length)]);
        if (i < count - 1 || random.nextBoolean()) {
          b.append('\n');
        }
      }
      texts.add(b.toString());
    }
    for (String text : texts) {
      assertEquals(expected(text), actual(text), () -> "for " + text.replace("\n", "\\n"));
    }
  }
}
