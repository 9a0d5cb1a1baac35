package org.tabled.pdf;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Last touches to the print HTML before openhtmltopdf lays it out, for the reader of the PDF.
 *
 * <ol>
 *   <li><b>Languages.</b> Text in a script that tells its language (Arabic script, Bengali,
 *       Gurmukhi, Chinese, Hebrew …) gets a {@code lang} attribute, on its paragraph or cell when
 *       that holds nothing else, or on a {@code <span>} around it, and right-to-left text gets
 *       {@code dir="rtl"}. openhtmltopdf writes {@code lang} into the structure tree as the
 *       element's {@code /Lang}, so a screen reader switches voice; {@code dir} makes a paragraph
 *       start from the right. Text an author has marked with a language ({@code {lang=cy}} in
 *       Markdown) is left as marked; Latin-script languages (Welsh, Polish) cannot be told from
 *       their script and must be marked.
 *   <li><b>Brackets around elements.</b> openhtmltopdf may break a line between two elements, so
 *       "(" before a link could end a line with the link on the next, or ")" after it start one.
 *       Opening brackets just before an inline element are moved into the element's text, and
 *       closing brackets and punctuation just after it likewise, where {@link LineBreaks} keeps
 *       them with the word they belong to. (They then belong to a link's text too.)
 * </ol>
 *
 * <p>The same HTML always gives the same result, so the page counts of the first pass hold.
 */
final class PrintText {

  /** Elements whose whole text can carry one language. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "td",
          "th",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "dt",
          "dd",
          "caption",
          "figcaption",
          "blockquote");

  /** {@link #BLOCKS} as a query, parsed once. */
  private static final Evaluator BLOCK = QueryParser.parse(String.join(",", BLOCKS));

  private static final Set<String> INLINE =
      Set.of(
          "a", "span", "em", "strong", "b", "i", "code", "abbr", "cite", "q", "small", "mark",
          "dfn", "time", "u", "s", "del", "ins");
  private static final String OPENING = "([{“‘";
  private static final String CLOSING = ")]}”’";

  /** Punctuation that follows a closing bracket without a space, and goes with it. */
  private static final String PUNCTUATION = ".,;:!?";

  private PrintText() {}

  /** Applies both passes to {@code doc}, in place. */
  static void apply(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    languages(body);
    brackets(body);
  }

  // ---- Languages ------------------------------------------------------------------------------

  private static void languages(Element body) {
    for (Element block : body.select(BLOCK)) {
      liftLanguage(block);
    }
    for (Element block : body.select(BLOCK)) {
      if (marked(block) || holdsBlock(block)) {
        continue; // already marked, or holds other blocks: they are tagged themselves
      }
      Script s = Script.of(block.text(), true);
      if (s != null) {
        mark(block, s);
      }
    }
    List<TextNode> texts = new ArrayList<>();
    collectText(body, texts);
    for (TextNode t : texts) {
      if (!marked(t.parent())) {
        wrapRuns(t);
      }
    }
  }

  /** True if an element inside {@code e} is one of the {@link #BLOCKS}. */
  private static boolean holdsBlock(Element e) {
    for (Element child : e.children()) {
      if (BLOCKS.contains(child.normalName()) || holdsBlock(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a block the language of an element that is all its text ({@code <p><span
   * lang="cy">…</span></p>}): openhtmltopdf makes no structure element of its own for such a span,
   * so its language would be lost.
   */
  private static void liftLanguage(Element block) {
    if (block.hasAttr("lang")) {
      return;
    }
    Element only = null;
    for (Node n : block.childNodes()) {
      if (n instanceof TextNode t && t.isBlank()) {
        continue;
      }
      if (only != null || !(n instanceof Element e) || !INLINE.contains(e.tagName())) {
        return;
      }
      only = e;
    }
    if (only != null && only.hasAttr("lang")) {
      block.attr("lang", only.attr("lang"));
      if (only.hasAttr("dir")) {
        block.attr("dir", only.attr("dir"));
      }
    }
  }

  /** True if {@code e} or an element around it (below {@code <body>}) gives a language. */
  private static boolean marked(Element e) {
    for (Element x = e; x != null && !x.tagName().equals("body"); x = x.parent()) {
      if (x.hasAttr("lang")) {
        return true;
      }
    }
    return false;
  }

  private static void mark(Element e, Script s) {
    e.attr("lang", s.lang());
    if (s.rtl()) {
      e.attr("dir", "rtl");
    }
  }

  private static void collectText(Node n, List<TextNode> out) {
    for (Node k : n.childNodes()) {
      if (k instanceof TextNode t) {
        out.add(t);
      } else if (k instanceof Element e
          && !e.tagName().equals("style")
          && !e.tagName().equals("bookmarks")) {
        collectText(e, out);
      }
    }
  }

  /** Wraps each run of text in a language's own script in a {@code <span lang>}. */
  private static void wrapRuns(TextNode t) {
    if (!mayHoldScript(t.getWholeText())) {
      return;
    }
    while (t != null) {
      String text = t.getWholeText();
      int start = -1;
      int end = -1;
      UnicodeScript script = null;
      for (int j = 0; j < text.length(); ) {
        int cp = text.codePointAt(j);
        UnicodeScript sc = UnicodeScript.of(cp);
        if (Script.LANGS.containsKey(sc) && (script == null || Script.same(script, sc))) {
          if (start < 0) {
            start = j;
            script = sc;
          }
          end = j + Character.charCount(cp); // spaces and punctuation inside a run belong to it
        } else if (script != null && !neutral(sc)) {
          break;
        }
        j += Character.charCount(cp);
      }
      if (start < 0) {
        return;
      }
      Script s = Script.of(text.substring(start, end), false);
      if (s == null) { // marks without a letter (a vowel sign on its own): the script of the marks
        s =
            new Script(
                Script.LANGS.get(script),
                script == UnicodeScript.ARABIC || script == UnicodeScript.HEBREW);
      }
      TextNode run = start > 0 ? t.splitText(start) : t;
      TextNode rest = end - start < run.getWholeText().length() ? run.splitText(end - start) : null;
      Element span = new Element("span");
      mark(span, s);
      run.before(span);
      span.appendChild(run);
      t = rest;
    }
  }

  /**
   * False if every character of {@code text} comes before Greek (U+0370), where Latin, common and
   * inherited characters lie, so that no run of {@link Script#LANGS}' scripts can start in it.
   */
  private static boolean mayHoldScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= FIRST_SCRIPT) {
        return true;
      }
    }
    return false;
  }

  /** The first character of the first script in {@link Script#LANGS} (Greek). */
  private static final char FIRST_SCRIPT = '\u0370';

  private static boolean neutral(UnicodeScript sc) {
    return sc == UnicodeScript.COMMON || sc == UnicodeScript.INHERITED;
  }

  /**
   * A language told by its script.
   *
   * @param lang the BCP 47 tag
   * @param rtl whether it is written right to left
   */
  record Script(String lang, boolean rtl) {

    static final Map<UnicodeScript, String> LANGS =
        Map.ofEntries(
            Map.entry(UnicodeScript.ARABIC, "ar"), Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.DEVANAGARI, "hi"), Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.TAMIL, "ta"), Map.entry(UnicodeScript.HAN, "zh"),
            Map.entry(UnicodeScript.HIRAGANA, "ja"), Map.entry(UnicodeScript.KATAKANA, "ja"),
            Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.THAI, "th"), Map.entry(UnicodeScript.SINHALA, "si"));

    /** Letters of Urdu that Arabic and Persian do not use. */
    private static final String URDU = "\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06D4";

    /** Letters Persian (and Urdu) use that Arabic does not. */
    private static final String PERSIAN = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

    static boolean same(UnicodeScript a, UnicodeScript b) {
      return a == b
          || LANGS.get(a).equals(LANGS.get(b)) // Japanese: kana
          || LANGS.get(a).equals("ja") && b == UnicodeScript.HAN
          || a == UnicodeScript.HAN && LANGS.get(b).equals("ja");
    }

    /**
     * The language of {@code text} if its letters are all in one such script ({@code whole}: Latin
     * letters and other scripts then rule it out), else null.
     */
    static Script of(String text, boolean whole) {
      UnicodeScript found = null;
      boolean kana = false;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        UnicodeScript sc = UnicodeScript.of(cp);
        if (sc == UnicodeScript.COMMON
            || sc == UnicodeScript.INHERITED
            || !Character.isLetter(cp) && !whole) {
          continue;
        }
        if (!LANGS.containsKey(sc)) {
          if (whole && Character.isLetter(cp)) {
            return null; // Latin or another script: not one language's text
          }
          continue;
        }
        kana |= LANGS.get(sc).equals("ja");
        if (found == null) {
          found = sc;
        } else if (!same(found, sc)) {
          return null;
        }
      }
      if (found == null) {
        return null;
      }
      String lang = kana ? "ja" : LANGS.get(found);
      if (found == UnicodeScript.ARABIC) {
        lang =
            text.chars().anyMatch(c -> URDU.indexOf(c) >= 0)
                ? "ur"
                : text.chars().anyMatch(c -> PERSIAN.indexOf(c) >= 0) ? "fa" : "ar";
      }
      return new Script(lang, found == UnicodeScript.ARABIC || found == UnicodeScript.HEBREW);
    }
  }

  // ---- Brackets -------------------------------------------------------------------------------

  private static void brackets(Element body) {
    for (Element e : body.select(String.join(",", INLINE))) {
      if (e.previousSibling() instanceof TextNode before) {
        String s = before.getWholeText();
        int cut = s.length();
        while (cut > 0 && OPENING.indexOf(s.charAt(cut - 1)) >= 0) {
          cut--;
        }
        TextNode first = firstText(e);
        if (cut < s.length() && first != null) {
          first.text(s.substring(cut) + first.getWholeText());
          before.text(s.substring(0, cut));
        }
      }
      if (e.nextSibling() instanceof TextNode after) {
        String s = after.getWholeText();
        int cut = 0;
        while (cut < s.length() && (CLOSING + PUNCTUATION).indexOf(s.charAt(cut)) >= 0) {
          cut++;
        }
        if (cut > 0) {
          TextNode last = lastText(e);
          if (last != null) {
            last.text(last.getWholeText() + s.substring(0, cut));
            after.text(s.substring(cut));
          }
        }
      }
    }
  }

  private static TextNode firstText(Element e) {
    for (Node n = e.childNodeSize() > 0 ? e.childNode(0) : null; n != null; ) {
      if (n instanceof TextNode t) {
        return t.isBlank() ? null : t;
      }
      n = n.childNodeSize() > 0 ? n.childNode(0) : null;
    }
    return null;
  }

  private static TextNode lastText(Element e) {
    for (Node n = e.childNodeSize() > 0 ? e.childNode(e.childNodeSize() - 1) : null; n != null; ) {
      if (n instanceof TextNode t) {
        return t.isBlank() ? null : t;
      }
      n = n.childNodeSize() > 0 ? n.childNode(n.childNodeSize() - 1) : null;
    }
    return null;
  }
}
