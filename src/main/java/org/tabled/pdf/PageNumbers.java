package org.tabled.pdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
    if (!html.contains("href=\"#")
        && !html.contains("data-pages-of")
        && !html.contains(RefLink.WHERE_CLASS)) {
      return html;
    }
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element a : doc.select("a.ref[href^=#]")) {
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
    for (Element e : doc.select("span." + RefLink.WHERE_CLASS)) {
      String text = e.text();
      if (text.startsWith("(") && text.endsWith(")") && PageWords.insideBrackets(textBefore(e))) {
        e.text(PageWords.elsewhere(text.substring(1, text.length() - 1), true));
        changed = true;
      }
    }
    for (Element e : doc.select("[data-pages-of]")) {
      used.add(e.attr("data-pages-of"));
      if (e.hasAttr("data-pages-from")) {
        used.add(e.attr("data-pages-from"));
      }
      Optional<Map<String, PackMaps.Span>> from = pages;
      if (pages.isPresent() && e.hasAttr("data-pages-from")) {
        PackMaps.Span start = pages.get().get(e.attr("data-pages-from"));
        PackMaps.Span s = pages.get().get(e.attr("data-pages-of"));
        from =
            Optional.of(
                start == null || s == null
                    ? Map.of()
                    : Map.of(
                        e.attr("data-pages-of"),
                        new PackMaps.Span(
                            s.first() - start.first() + 1, s.last() - start.first() + 1)));
      }
      Optional<String> range = page(from, e.attr("data-pages-of"), true);
      e.text(range.orElse(""));
      changed = true;
    }
    return changed ? doc.outerHtml() : html;
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
