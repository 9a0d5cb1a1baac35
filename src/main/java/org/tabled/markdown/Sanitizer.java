package org.tabled.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allow-list that every piece of HTML made from content passes through, raw HTML written in
 * Markdown included.
 *
 * <p>Only text-level and structural tags survive, with a handful of harmless attributes. Links keep
 * {@code http}, {@code https}, {@code mailto} and {@code tel} addresses and in-page anchors; {@code
 * javascript:}, {@code data:} and every other scheme are dropped. Scripts, styles, frames, forms,
 * objects and event-handler attributes never survive. Images keep only relative sources, which the
 * renderer then points at files it has checked and copied.
 */
final class Sanitizer {

  /** A fake base address: lets jsoup tell relative links (kept) from other schemes (dropped). */
  static final String BASE = "https://tabled.invalid/";

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "a",
              "abbr",
              "b",
              "blockquote",
              "br",
              "caption",
              "cite",
              "code",
              "col",
              "colgroup",
              "dd",
              "del",
              "dfn",
              "div",
              "dl",
              "dt",
              "em",
              "figcaption",
              "figure",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "hr",
              "i",
              "img",
              "ins",
              "kbd",
              "li",
              "mark",
              "ol",
              "p",
              "pre",
              "q",
              "s",
              "samp",
              "small",
              "span",
              "strong",
              "sub",
              "sup",
              "table",
              "tbody",
              "td",
              "tfoot",
              "th",
              "thead",
              "time",
              "tr",
              "u",
              "ul")
          .addAttributes(":all", "class", "id", "title", "lang", "dir", "data-t")
          .addAttributes("a", "href", "data-ref")
          .addAttributes("img", "src", "alt", "width", "height")
          .addAttributes("td", "align", "colspan", "rowspan")
          .addAttributes("th", "align", "colspan", "rowspan", "scope")
          .addAttributes("ol", "start", "type")
          .addAttributes("time", "datetime")
          .addAttributes("blockquote", "cite")
          .addAttributes("q", "cite")
          .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
          .addProtocols("blockquote", "cite", "http", "https")
          .addProtocols("q", "cite", "http", "https")
          .preserveRelativeLinks(true);

  private static final Cleaner CLEANER = new Cleaner(SAFELIST);

  private Sanitizer() {}

  /** A clean copy of {@code dirty}: only allowed tags, attributes and link schemes remain. */
  static Document clean(Document dirty) {
    Document clean = CLEANER.clean(dirty);
    // Relative links come back absolute against BASE; make them relative again.
    clean
        .select("a[href^=" + BASE + "]")
        .forEach(a -> a.attr("href", a.attr("href").substring(BASE.length())));
    clean
        .select("img[src]")
        .forEach(
            img -> {
              String src = img.attr("src");
              if (src.startsWith(BASE)) {
                img.attr("src", src.substring(BASE.length()));
              } else if (src.matches("(?i)[a-z][a-z0-9+.-]*:.*") || src.startsWith("//")) {
                img.removeAttr("src"); // only checked, relative files are allowed
              } // else relative (preserveRelativeLinks keeps it as written): the renderer maps it
              // to its file
            });
    clean.outputSettings().prettyPrint(false);
    return clean;
  }

  /** True if raw HTML {@code html} passes the allow-list unchanged: used to warn authors. */
  static boolean isSafe(String html) {
    return CLEANER.isValidBodyHtml(html);
  }
}
