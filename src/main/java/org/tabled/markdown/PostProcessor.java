package org.tabled.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The jsoup pass after sanitising: turns the role marks left by {@link MarkdownEngine} into
 * numbers, anchors, captions and figures, and makes the rest of the markup accessible and safe to
 * combine with other documents on one page.
 */
final class PostProcessor {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
  private static final Evaluator WITH_ROLE = Selector.evaluatorOf("[data-t]");
  private static final Evaluator IMAGES = Selector.evaluatorOf("img");
  private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
  private static final Evaluator REFERENCES = Selector.evaluatorOf("a[data-ref]");
  private static final Evaluator HEADER_CELLS = Selector.evaluatorOf("thead th");
  private static final Evaluator ALIGNED_CELLS = Selector.evaluatorOf("td[align], th[align]");
  private static final Evaluator FOOTNOTE_IDS = Selector.evaluatorOf("[id~=^fn(ref)?-\\d+$]");
  private static final Evaluator FOOTNOTE_LINKS = Selector.evaluatorOf("a[href~=^#fn(ref)?-\\d+$]");
  private static final Evaluator FOOTNOTE_BACKREFS = Selector.evaluatorOf("a.footnote-backref");
  private static final Evaluator FOOTNOTE_REFS = Selector.evaluatorOf("a.footnote-ref");
  private static final Evaluator FOOTNOTES_RULE = Selector.evaluatorOf("div.footnotes > hr");

  private PostProcessor() {}

  /**
   * What the HTML before sanitising can hold, found from its text without walking the tree: a table
   * cell can only be there if the text has a tag beginning with "t", and a footnote's id, link or
   * class only if it has "fn" or "footnote" (in either case). Sanitising only takes away, so what
   * the text does not have the tree cannot.
   */
  record Has(boolean tables, boolean footnotes) {
    static Has of(String raw) {
      boolean tables = false;
      for (int i = raw.indexOf('<'); i >= 0 && i + 1 < raw.length(); i = raw.indexOf('<', i + 1)) {
        if ((raw.charAt(i + 1) | 0x20) == 't') { // <t or <T
          tables = true;
          break;
        }
      }
      boolean footnotes = false;
      // each f or F, in order, is looked at once: "fn" or "footnote" from there, in either case
      int lower = raw.indexOf('f');
      int upper = raw.indexOf('F');
      while (lower >= 0 || upper >= 0) {
        int at;
        if (upper < 0 || lower >= 0 && lower < upper) {
          at = lower;
          lower = raw.indexOf('f', lower + 1);
        } else {
          at = upper;
          upper = raw.indexOf('F', upper + 1);
        }
        if (raw.regionMatches(true, at, "fn", 0, 2)
            || raw.regionMatches(true, at, "footnote", 0, 8)) {
          footnotes = true;
          break;
        }
      }
      return new Has(tables, footnotes);
    }
  }

  /** The body of {@code doc}, processed in place; {@code has} says which steps can be skipped. */
  static Element process(Document doc, ParsedDoc parsed, RenderOptions o, Has has) {
    Element body = doc.body();
    String prefix = o.idPrefix();
    // Ids come only from Tabled: drop any an author wrote in raw HTML, keep flexmark's footnote
    // ids.
    for (Element e : body.select(WITH_ID)) {
      if (!e.id().matches("fn(ref)?-\\d+")) {
        e.removeAttr("id");
      }
    }
    for (Element e : body.select(WITH_ROLE)) {
      String[] role = e.attr("data-t").split(" ");
      e.removeAttr("data-t");
      switch (role[0]) {
        case "sec" -> {
          e.id(prefix + "section-" + role[1]);
          e.prependChild(new TextNode(" "));
          e.prependElement("span").addClass("num").text(role[1] + ".");
          e.addClass("numbered");
        }
        case "sub" -> {
          // a sub-minute: its heading carries the number its paragraphs extend (4.1, 4.1.1)
          e.id(prefix + "para-" + role[1].replace('.', '-'));
          e.prependChild(new TextNode(" "));
          e.prependElement("span").addClass("num").text(role[1]);
          e.addClass("numbered");
        }
        case "h" -> e.id(prefix + role[1]);
        case "h2" -> e.id(prefix + role[1]).addClass("unnumbered");
        case "para" -> {
          e.id(prefix + "para-" + role[1].replace('.', '-'));
          e.addClass("numbered");
          e.prependChild(new TextNode(" "));
          e.prependElement("span").addClass("num").text(role[1]);
          if (role[1].chars().filter(c -> c == '.').count() > 1) {
            e.addClass("deep"); // 4.1.1: a wider hanging number
          }
          if (role.length > 2) {
            e.addClass("resolution");
          }
        }
        case "res" -> e.addClass("resolution");
        case "abc" -> lettered(e);
        case "cap" -> caption(e);
        case "fig" -> e.tagName("figure").addClass("figure");
        default -> throw new IllegalStateException("unknown role " + role[0]);
      }
    }
    for (Element img : body.select(IMAGES)) {
      Path file = parsed.images.get(img.attr("src"));
      if (file == null) {
        img.remove(); // not checked, so not published (the check reported it)
      } else {
        img.attr("src", o.imageUrl().apply(file));
      }
    }
    references(body, parsed, o);
    if (has.tables()) {
      tables(body);
    }
    if (has.footnotes()) {
      footnotes(body, prefix);
    }
    if (parsed.numbering == Numbering.SECTIONS) {
      wrapSections(body, o);
    }
    if (o.headingShift() > 0) {
      for (Element h : body.select(HEADINGS)) {
        int level = Math.min(6, Integer.parseInt(h.tagName().substring(1)) + o.headingShift());
        h.tagName("h" + level);
      }
    }
    return body;
  }

  /** Turns each {@code [[…]]} placeholder into the link (and page suffix) the page wants. */
  private static void references(Element body, ParsedDoc parsed, RenderOptions o) {
    Map<String, RefSyntax> byRaw = new HashMap<>();
    parsed.refs().forEach(r -> byRaw.putIfAbsent(r.raw(), r));
    for (Element a : body.select(REFERENCES)) {
      RefSyntax ref = byRaw.get(a.attr("data-ref"));
      if (ref == null) {
        a.unwrap(); // malformed: reported when parsed
        continue;
      }
      RefLink link = o.refs().apply(ref);
      a.removeAttr("data-ref");
      a.text(link.text());
      if (link.href().isEmpty()) {
        a.tagName("span").addClass("ref");
      } else {
        a.attr("href", link.href()).addClass("ref");
        if (!link.title().isEmpty()) {
          a.attr("title", link.title());
        }
      }
      if (!link.suffix().isEmpty()) {
        // its own element, so that the PDF can word it for a reference inside brackets
        a.after(
            new Element("span")
                .addClass(RefLink.WHERE_CLASS)
                .appendChild(new TextNode(link.suffix())));
      }
    }
  }

  /** Moves a "Table: …" paragraph into the following table as its caption. */
  private static void caption(Element p) {
    Element table = p.nextElementSibling();
    if (table == null || !table.tagName().equals("table")) {
      return;
    }
    Element caption = new Element("caption");
    List<Node> kids = new ArrayList<>(p.childNodes());
    for (Node k : kids) {
      caption.appendChild(k);
    }
    if (caption.childNodeSize() > 0 && caption.childNode(0) instanceof TextNode t) {
      t.text(t.text().replaceFirst("^Table:\\s*", ""));
    }
    table.prependChild(caption);
    p.remove();
  }

  private static void tables(Element body) {
    for (Element th : body.select(HEADER_CELLS)) {
      th.attr("scope", "col");
    }
    for (Element cell : body.select(ALIGNED_CELLS)) {
      cell.addClass("align-" + cell.attr("align"));
      cell.removeAttr("align");
    }
  }

  /** Namespaces footnote ids and gives the back-links a name a screen reader can announce. */
  private static void footnotes(Element body, String prefix) {
    for (Element e : body.select(FOOTNOTE_IDS)) {
      e.id(prefix + e.id());
    }
    for (Element a : body.select(FOOTNOTE_LINKS)) {
      a.attr("href", "#" + prefix + a.attr("href").substring(1));
    }
    for (Element back : body.select(FOOTNOTE_BACKREFS)) {
      back.attr("aria-label", "Back to reference " + back.attr("href").replaceAll(".*-", ""));
    }
    for (Element ref : body.select(FOOTNOTE_REFS)) {
      ref.attr("aria-label", "Footnote " + ref.text());
    }
    for (Element hr : body.select(FOOTNOTES_RULE)) {
      hr.remove();
    }
  }

  /** Wraps each numbered section (heading and everything up to the next) in a div. */
  private static void wrapSections(Element body, RenderOptions o) {
    Element current = null;
    List<Element> sections = new ArrayList<>();
    for (Node n : new ArrayList<>(body.childNodes())) {
      if (n instanceof Element e && e.tagName().equals("h2") && e.hasClass("numbered")) {
        current =
            new Element("div")
                .addClass("section")
                .attr("data-section", e.id().replaceAll(".*-", ""));
        n.before(current);
        sections.add(current);
      } else if (n instanceof Element e && (e.hasClass("footnotes") || e.tagName().equals("h2"))) {
        // An unnumbered section (a minute that records no agenda item) belongs to no numbered one.
        current = null;
      }
      if (current != null) {
        current.appendChild(n);
      }
    }
    for (Element s : sections) {
      String extra = o.sectionEnd().apply(Integer.parseInt(s.attr("data-section")));
      if (!extra.isEmpty()) {
        s.append(extra);
      }
    }
  }

  /**
   * A lettered list ({@link LetteredLists}): an ordered list of type "a", each item starting with
   * its label "(a)" as text, so that every reader (a screen reader of the page or of the tagged
   * PDF, a copy and paste) meets the letter the committee cites, and the list stays a list.
   */
  private static void lettered(Element ol) {
    ol.attr("type", "a").addClass("lettered").removeAttr("start");
    int n = 0;
    for (Element li : ol.children()) {
      if (!li.tagName().equals("li")) {
        continue;
      }
      n++;
      Element first = li.children().first();
      // a loose list's item holds paragraphs: the label goes into the first
      Element into =
          first != null && first.tagName().equals("p") && li.ownText().isBlank() ? first : li;
      into.prependChild(new TextNode(" "));
      into.prependElement("span").addClass("lbl").text(LetteredLists.label(n));
    }
  }
}
