package org.tabled.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.tabled.markdown.RefLink;
import org.tabled.view.PageWords;

/**
 * The page numbers a PDF prints in its own text, written as plain text from a layout of the same
 * PDF ({@link Paginator} lays it out again until the numbers it printed are the pages the layout
 * has):
 *
 * <ul>
 *   <li>after each reference to something in the same PDF ({@code <a class="ref" href="#id">}),
 *       "(see page 29)", or inside brackets ", page 29" ({@link PageWords});
 *   <li>in each element with {@code data-pages-of="id"} (the tracker's pointers to its responses),
 *       "page 10" or "pages 10 &amp; 11", as its whole text; with {@code data-pages-from="id2"},
 *       counted from the first page of element id2 (page 1).
 * </ul>
 *
 * <p>Why not {@code target-counter()} in the print stylesheet: openhtmltopdf lays generated text
 * out in pieces ("(see page ", "29", ")") and may break a line between them; as text, the words
 * fall under {@link LineBreaks}, which keeps them on one line. And the number is the page as
 * printed in the footer, which a counter of the layout's pages need not be.
 *
 * <p>Before the PDF is laid out the pages are not known, and a placeholder of the usual width is
 * printed ({@link PdfRefs#UNKNOWN_PAGE}); a target on an unnumbered page, or not in the layout,
 * gets no page.
 */
final class PageNumbers {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator REF_LINKS = Selector.evaluatorOf("a.ref[href^=#]");
  private static final Evaluator PAGES_OF = Selector.evaluatorOf("[data-pages-of]");
  private static final Evaluator WHERE = Selector.evaluatorOf("span." + RefLink.WHERE_CLASS);

  private PageNumbers() {}

  /**
   * {@code html} with its page numbers written from {@code pages} (the printed pages of elements by
   * id), or placeholders if {@code pages} is empty (not laid out yet).
   */
  static String fill(String html, Optional<Map<String, PackMaps.Span>> pages) {
    return fill(html, pages, new HashSet<>());
  }

  /**
   * {@link #fill(String, Optional)}, adding to {@code used} the id of every element whose pages it
   * looked up: the result depends on {@code pages} only through those entries, whatever {@code
   * pages} holds (the set is the same for every map, since it comes from {@code html} alone).
   */
  static String fill(String html, Optional<Map<String, PackMaps.Span>> pages, Set<String> used) {
    if (!mayFill(html)) {
      return html;
    }
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element a : doc.select(REF_LINKS)) {
      String id = a.attr("href").substring(1);
      used.add(id);
      Optional<String> page = page(pages, id, false);
      if (page.isPresent()) {
        a.after(
            new TextNode(
                PageWords.insideBrackets(textBefore(a))
                    ? PageWords.inBrackets(page.get())
                    : PageWords.seePage(page.get())));
        changed = true;
      }
    }
    changed |= placesInBrackets(doc);
    for (Element e : doc.select(PAGES_OF)) {
      used.add(e.attr("data-pages-of"));
      if (e.hasAttr("data-pages-from")) {
        used.add(e.attr("data-pages-from"));
      }
      Optional<Map<String, PackMaps.Span>> from =
          from(
              pages,
              e.attr("data-pages-of"),
              e.hasAttr("data-pages-from") ? e.attr("data-pages-from") : null);
      Optional<String> range = page(from, e.attr("data-pages-of"), true);
      e.text(range.orElse(""));
      changed = true;
    }
    return changed ? doc.outerHtml() : html;
  }

  /** False if {@code html} has nothing {@link #fill} writes into. */
  private static boolean mayFill(String html) {
    return html.contains("href=\"#")
        || html.contains("data-pages-of")
        || html.contains(RefLink.WHERE_CLASS);
  }

  /**
   * Writes each place in another PDF that is inside brackets ", page 14 of …" instead of "(page 14
   * of …)"; true if it wrote one. The pages of this PDF do not change it.
   */
  private static boolean placesInBrackets(Document doc) {
    boolean changed = false;
    for (Element e : doc.select(WHERE)) {
      String text = e.text();
      if (text.startsWith("(") && text.endsWith(")") && PageWords.insideBrackets(textBefore(e))) {
        e.text(PageWords.elsewhere(text.substring(1, text.length() - 1), true));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * {@link #fill} of one HTML text, for as many page maps as it is given: the text is parsed and
   * written out once, with a marker where each page number goes, and each fill then writes the
   * numbers into that text as text, escaped as jsoup escapes them. It gives what {@link #fill}
   * gives, byte for byte; where it could not tell (a marker's character already in the text, a
   * marker lost), it calls {@link #fill}.
   */
  static Filler filler(String html) {
    return new Filler(html);
  }

  /** One HTML text, filled with any pages. Not thread-safe. */
  static final class Filler {
    private static final char OPEN = '\uFDD0';
    private static final char CLOSE = '\uFDD1';

    private final String html;
    private final Set<String> used = new HashSet<>();

    /** The text as {@link #fill} writes it out, with markers; null to call {@link #fill}. */
    private final String marked;

    /** What each marker stands for, by its number. */
    private final List<Slot> slots = new ArrayList<>();

    /** True if the text is written out again whatever the pages (fill's "changed"). */
    private final boolean changedAnyway;

    private final Element scratch;
    private final Map<String, String> escaped = new HashMap<>();

    /**
     * A reference's page, after it ({@code dataPagesOf} null), or an element's pages as its whole
     * text.
     */
    private record Slot(String ref, boolean inBrackets, String dataPagesOf, String from) {}

    private Filler(String html) {
      this.html = html;
      if (!mayFill(html)) {
        marked = html;
        changedAnyway = false;
        scratch = null;
        return;
      }
      Document doc = Jsoup.parse(html);
      doc.outputSettings().prettyPrint(false);
      boolean anyway = false;
      for (Element a : doc.select(REF_LINKS)) {
        String id = a.attr("href").substring(1);
        used.add(id);
        // the text before it holds markers where fill holds page words: neither has brackets
        // unmatched, so the two count the same brackets open
        boolean brackets = PageWords.insideBrackets(textBefore(a));
        a.after(new TextNode(marker(slots.size())));
        slots.add(new Slot(id, brackets, null, null));
      }
      anyway |= placesInBrackets(doc);
      for (Element e : doc.select(PAGES_OF)) {
        used.add(e.attr("data-pages-of"));
        String from = e.hasAttr("data-pages-from") ? e.attr("data-pages-from") : null;
        if (from != null) {
          used.add(from);
        }
        e.text(marker(slots.size()));
        slots.add(new Slot(null, false, e.attr("data-pages-of"), from));
        anyway = true;
      }
      changedAnyway = anyway;
      String out = doc.outerHtml();
      marked =
          html.indexOf(OPEN) < 0 && html.indexOf(CLOSE) < 0 && eachOnce(out, slots.size())
              ? out
              : null;
      Document shell = Document.createShell("");
      shell.outputSettings(doc.outputSettings().clone());
      scratch = shell.body().appendElement("span");
    }

    private static String marker(int n) {
      return OPEN + Integer.toString(n) + CLOSE;
    }

    /** True if markers 0 to {@code n - 1} are each in {@code text} once, and no others. */
    private static boolean eachOnce(String text, int n) {
      boolean[] seen = new boolean[n];
      int found = 0;
      for (int at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, at + 1)) {
        int end = text.indexOf(CLOSE, at);
        if (end < 0) {
          return false;
        }
        int k;
        try {
          k = Integer.parseInt(text.substring(at + 1, end));
        } catch (NumberFormatException e) {
          return false;
        }
        if (k < 0 || k >= n || seen[k]) {
          return false;
        }
        seen[k] = true;
        found++;
      }
      return found == n;
    }

    /** True if this text is filled as text (else by {@link PageNumbers#fill}). */
    boolean quick() {
      return marked != null;
    }

    /** {@link PageNumbers#fill(String, Optional, Set)} of this text. */
    String fill(Optional<Map<String, PackMaps.Span>> pages, Set<String> into) {
      into.addAll(used);
      return fill(pages);
    }

    /** {@link PageNumbers#fill(String, Optional)} of this text. */
    String fill(Optional<Map<String, PackMaps.Span>> pages) {
      if (marked == null) {
        return PageNumbers.fill(html, pages);
      }
      if (slots.isEmpty() && !changedAnyway) {
        return html;
      }
      String[] texts = new String[slots.size()];
      boolean changed = changedAnyway;
      for (int i = 0; i < texts.length; i++) {
        Slot s = slots.get(i);
        if (s.dataPagesOf() == null) {
          Optional<String> page = page(pages, s.ref(), false);
          changed |= page.isPresent();
          texts[i] =
              page.map(p -> s.inBrackets() ? PageWords.inBrackets(p) : PageWords.seePage(p))
                  .orElse("");
        } else {
          texts[i] = page(from(pages, s.dataPagesOf(), s.from()), s.dataPagesOf(), true).orElse("");
        }
      }
      if (!changed) {
        return html;
      }
      StringBuilder out = new StringBuilder(marked.length() + 16 * texts.length);
      int last = 0;
      for (int at = marked.indexOf(OPEN); at >= 0; at = marked.indexOf(OPEN, last)) {
        int end = marked.indexOf(CLOSE, at);
        out.append(marked, last, at)
            .append(escape(texts[Integer.parseInt(marked.substring(at + 1, end))]));
        last = end + 1;
      }
      return out.append(marked, last, marked.length()).toString();
    }

    /** {@code text} as jsoup writes a text node of it, in this text's output settings. */
    private String escape(String text) {
      return escaped.computeIfAbsent(
          text,
          t -> {
            scratch.empty();
            scratch.appendChild(new TextNode(t));
            return scratch.html();
          });
    }
  }

  /**
   * The pages an element with {@code data-pages-of="id"} prints from: counted from the first page
   * of element {@code from} (page 1) if it names one.
   */
  private static Optional<Map<String, PackMaps.Span>> from(
      Optional<Map<String, PackMaps.Span>> pages, String id, String from) {
    if (pages.isEmpty() || from == null) {
      return pages;
    }
    PackMaps.Span start = pages.get().get(from);
    PackMaps.Span s = pages.get().get(id);
    return Optional.of(
        start == null || s == null
            ? Map.of()
            : Map.of(
                id,
                new PackMaps.Span(s.first() - start.first() + 1, s.last() - start.first() + 1)));
  }

  /**
   * "29", or with {@code range} "page 29" or "pages 29 &amp; 30"; empty if there is none to give.
   */
  private static Optional<String> page(
      Optional<Map<String, PackMaps.Span>> pages, String id, boolean range) {
    if (pages.isEmpty()) {
      return Optional.of(
          range
              ? PageWords.pages(
                  Integer.parseInt(PdfRefs.UNKNOWN_PAGE), Integer.parseInt(PdfRefs.UNKNOWN_PAGE))
              : PdfRefs.UNKNOWN_PAGE);
    }
    PackMaps.Span s = pages.get().get(id);
    if (s == null || s.first() <= 0) {
      return Optional.empty();
    }
    return Optional.of(range ? PageWords.pages(s.first(), s.last()) : String.valueOf(s.first()));
  }

  /** The text of {@code e}'s paragraph (its nearest block) before it. */
  private static String textBefore(Element e) {
    Element block = e.parent();
    while (block != null && !block.isBlock()) {
      block = block.parent();
    }
    if (block == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    collect(block, e, out);
    return out.toString();
  }

  /**
   * Appends the text of {@code n} up to {@code stop}; returns true once {@code stop} is reached.
   */
  private static boolean collect(Node n, Element stop, StringBuilder out) {
    for (Node k : n.childNodes()) {
      if (k == stop) {
        return true;
      }
      if (k instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (collect(k, stop, out)) {
        return true;
      }
    }
    return false;
  }
}
