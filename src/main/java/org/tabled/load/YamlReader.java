package org.tabled.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into {@link YamlNode}s with positions, turning every parser complaint into a
 * diagnostic instead of an exception.
 *
 * <p>Uses SnakeYAML's composer (the node graph, with marks) rather than {@code load} (plain Java
 * objects, no positions), on its own: no constructor or representer is made for a parse, and no
 * scalar is matched against the patterns that would tag it a number, a date or a boolean, since
 * every value is read as text and given its meaning by the key it belongs to ({@link #TEXT}).
 * SnakeYAML's marks are 0-based; ours are 1-based. Aliases are expanded, with a limit on how many a
 * document may use, a check for an alias that contains itself, and a limit on the size of the
 * document once expanded ({@link #MAX_EXPANDED}), so a hostile file cannot make the build loop or
 * exhaust memory: a few aliases of aliases of a list ("billion laughs") stay under the count but
 * would expand to millions of values.
 */
final class YamlReader {

  /** Deepest nesting accepted; real content is a few levels deep. */
  private static final int MAX_DEPTH = 64;

  /**
   * The most a document may hold once its aliases are expanded, counting one for each value and one
   * for each character of text: the size of the largest text file accepted, so that only alias
   * expansion can reach it.
   */
  static final long MAX_EXPANDED = TextFiles.MAX_TEXT_BYTES;

  /**
   * Tags every plain scalar as text: the implicit resolvers (a regular expression per scalar for
   * numbers, dates, booleans and nulls) are left out, since nothing reads the tags. It holds no
   * state once made, so every parse shares it.
   */
  private static final Resolver TEXT =
      new Resolver() {
        @Override
        protected void addImplicitResolvers() {
          // none: see above
        }
      };

  private YamlReader() {}

  /**
   * Parses one YAML document. Returns empty, with an error recorded, when the text is not valid
   * YAML or holds more than one document.
   *
   * @param path the file, for positions
   * @param text the YAML text
   * @param firstLine the line of the file the text starts on (1 for a whole file, 2 for front
   *     matter)
   */
  static Optional<YamlNode> parse(String path, String text, int firstLine, Diagnostics d) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(4 * 1024 * 1024);
    int shift = firstLine - 1;
    try {
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options), TEXT, options);
      List<Node> docs = new ArrayList<>();
      while (composer.checkNode()) {
        docs.add(composer.getNode());
      }
      if (docs.isEmpty()) {
        return Optional.of(YamlNode.emptyMapping(new SourcePos(path, firstLine, 1)));
      }
      if (docs.size() > 1) {
        Mark m = docs.get(1).getStartMark();
        d.error(
            pos(path, m, shift),
            "this file holds more than one YAML document; remove the second '---'");
        return Optional.empty();
      }
      return Optional.of(new Converter(path, shift, d).convert(docs.get(0), 0));
    } catch (Converter.Unreadable e) {
      return Optional.empty(); // reported where it was found
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePos p = m != null ? pos(path, m, shift) : new SourcePos(path, firstLine, 1);
      d.error(p, "this is not valid YAML: " + describe(e), hintFor(e));
      return Optional.empty();
    } catch (YAMLException e) {
      d.error(
          new SourcePos(path, firstLine, 1),
          "this is not valid YAML: " + firstLineOf(e.getMessage()));
      return Optional.empty();
    } catch (StackOverflowError e) {
      d.error(new SourcePos(path, firstLine, 1), "this YAML is nested too deeply to read");
      return Optional.empty();
    }
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() != null ? e.getProblem() : firstLineOf(e.getMessage());
    if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
      return "a tab is used for indentation here";
    }
    String context = e.getContext();
    String text = context != null ? problem + " (" + context + ")" : problem;
    return text.replaceAll("\\s+", " ").trim();
  }

  private static String hintFor(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return "YAML does not allow tabs for indentation; indent with spaces";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "a value that contains ': ' must be put in quotes";
    }
    return "";
  }

  private static String firstLineOf(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  static SourcePos pos(String path, Mark m, int shift) {
    return new SourcePos(path, m.getLine() + 1 + shift, m.getColumn() + 1);
  }

  /** Copies a SnakeYAML node graph into {@link YamlNode}s. */
  private static final class Converter {
    private final String path;
    private final int shift;
    private final Diagnostics d;
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    private long expanded;

    /** Abandons a document that cannot be read at all, after reporting why. */
    static final class Unreadable extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Unreadable() {
        super(null, null, false, false);
      }
    }

    Converter(String path, int shift, Diagnostics d) {
      this.path = path;
      this.shift = shift;
      this.d = d;
    }

    YamlNode convert(Node node, int depth) {
      SourcePos p = pos(path, node.getStartMark(), shift);
      if (depth > MAX_DEPTH || inProgress.containsKey(node)) {
        d.error(p, "this value refers to itself through an alias, which Tabled cannot read");
        throw new Unreadable();
      }
      expanded += 1 + (node instanceof ScalarNode s ? s.getValue().length() : 0);
      if (expanded > MAX_EXPANDED) {
        d.error(
            p,
            "this YAML grows to more than "
                + MAX_EXPANDED / 1024
                + " K values and characters once its"
                + " aliases (*name) are expanded, which Tabled will not read",
            "write the values out instead of repeating aliases");
        throw new Unreadable();
      }
      if (node instanceof ScalarNode s) {
        return new YamlNode.Scalar(p, s.getValue(), s.isPlain());
      }
      inProgress.put(node, Boolean.TRUE);
      try {
        if (node instanceof SequenceNode seq) {
          List<YamlNode> items = new ArrayList<>();
          for (Node child : seq.getValue()) {
            items.add(convert(child, depth + 1));
          }
          return new YamlNode.Sequence(p, items);
        }
        MappingNode map = (MappingNode) node;
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
          YamlNode key = convert(t.getKeyNode(), depth + 1);
          if (!(key instanceof YamlNode.Scalar ks)) {
            d.error(key.pos(), "a key must be a plain word, not " + key.kindName());
            continue;
          }
          if (ks.text().equals("<<")) {
            d.error(ks.pos(), "YAML merge keys ('<<') are not supported; write the keys out");
            continue;
          }
          if (!seen.add(ks.text())) {
            d.error(ks.pos(), "key '" + ks.text() + "' is given twice in the same place");
            continue;
          }
          entries.add(new YamlNode.Entry(ks, convert(t.getValueNode(), depth + 1)));
        }
        return new YamlNode.Mapping(p, entries);
      } finally {
        inProgress.remove(node);
      }
    }
  }
}
