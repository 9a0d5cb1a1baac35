package org.tabled.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

/**
 * The words of an HTML fragment (a paper's rendered body) as {@link SearchDocument.Text}: single
 * spaced, a space between blocks, and an anchor at each numbered section and paragraph ({@code
 * id="para-3-4" class="numbered"}), so that a result can link to the paragraph it was found in.
 * Text hidden from view ({@code class="visually-hidden"}, such as "(external site)") is left out:
 * it is said about a link, not written in the document.
 */
public final class HtmlText {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator NUMBER = Selector.evaluatorOf("> .num");

  private HtmlText() {}

  /** The text and anchors of {@code fragment}. */
  public static SearchDocument.Text of(String fragment) {
    return of(Jsoup.parseBodyFragment(fragment).body());
  }

  /** The text and anchors of {@code body}, a fragment already parsed. */
  public static SearchDocument.Text of(Element body) {
    Collector c = new Collector();
    body.traverse(c);
    return new SearchDocument.Text(c.text.toString(), c.anchors);
  }

  private static final class Collector implements NodeVisitor {
    final StringBuilder text = new StringBuilder();
    final List<SearchDocument.Anchor> anchors = new ArrayList<>();
    private boolean space;
    private int hidden;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (hidden == 0) {
          append(t.getWholeText());
        }
      } else if (node instanceof Element e) {
        if (hidden > 0 || e.hasClass("visually-hidden")) {
          hidden++;
          return;
        }
        if (e.isBlock() || e.nameIs("br")) {
          space = true;
        }
        String label = label(e);
        if (label != null) {
          int at = text.length() + (space && text.length() > 0 ? 1 : 0);
          if (!anchors.isEmpty() && anchors.get(anchors.size() - 1).offset() == at) {
            anchors.remove(
                anchors.size() - 1); // a section heading followed at once by its paragraph
          }
          anchors.add(new SearchDocument.Anchor(at, e.id(), label));
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (hidden > 0) {
          hidden--;
        } else if (e.isBlock()) {
          space = true;
        }
      }
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          space = true;
        } else {
          if (space && text.length() > 0) {
            text.append(' ');
          }
          space = false;
          text.append(c);
        }
      }
    }

    /** "paragraph 3.4" for a numbered paragraph, "section 3" for a numbered heading, else null. */
    private static String label(Element e) {
      if (e.id().isEmpty() || !e.hasClass("numbered")) {
        return null;
      }
      Element num = e.selectFirst(NUMBER);
      if (num == null) {
        return null;
      }
      String n = num.text().strip();
      n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
      if (n.isEmpty()) {
        return null;
      }
      return (e.tagName().matches("h[1-6]") ? "section " : "paragraph ") + n;
    }
  }
}
