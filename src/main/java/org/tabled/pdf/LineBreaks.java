package org.tabled.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of a PDF may break: openhtmltopdf's own rules (Java's line break iterator, which
 * also breaks long web addresses after a slash) less the breaks a typesetter would never make.
 *
 * <ul>
 *   <li>inside a word at an apostrophe: "Committee’s", "children's", "i’r" (Java breaks after ’ as
 *       after a closing quotation mark);
 *   <li>after an opening bracket, or before a closing one: never "( / Appendix 1" or "item 5 / )";
 *   <li>between "page", "pages", "paragraph", "item" or "Appendix" and its number, between "see"
 *       and "page" (the page after a reference, "(see page 29)"), and inside a range of pages:
 *       "(Pages 5 - 10)", "pages 4 &amp; 5" stay on one line.
 * </ul>
 *
 * <p>The text stays as written: no non-breaking spaces are put into it, so it copies out of the PDF
 * exactly as the author typed it. A break openhtmltopdf cannot avoid (a word wider than the line)
 * is still made: this only removes break opportunities, and openhtmltopdf falls back to breaking
 * between characters when a line has none.
 *
 * <p>Breaks between two elements ("(" before a link) are not decided here but by openhtmltopdf's
 * inline layout; {@link PrintText} moves such brackets into the element so that they fall under
 * these rules.
 */
final class LineBreaks implements FSTextBreaker {

  /** Runs of text that must stay on one line. */
  private static final Pattern KEEP_TOGETHER =
      Pattern.compile(
          "(?i)\\b(?:see\\s+)?(?:pages?|pp?\\.|paragraphs?|paras?\\.|items?|appendix|appendices)"
              + "\\s+\\d+(?:\\.\\d+)*[a-z]?(?:\\s*(?:-|–|—|to|and|&)\\s*\\d+(?:\\.\\d+)*[a-z]?)*");

  private static final String OPENING = "([{“‘«";
  private static final String CLOSING = ")]}”»";

  private final FSTextBreaker delegate =
      new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.UK));
  private String text = "";
  private final List<int[]> keep = new ArrayList<>();

  @Override
  public void setText(String newText) {
    text = newText;
    keep.clear();
    Matcher m = KEEP_TOGETHER.matcher(newText);
    while (m.find()) {
      keep.add(new int[] {m.start(), m.end()});
    }
    delegate.setText(newText);
  }

  @Override
  public int next() {
    int at = delegate.next();
    while (at != BreakIterator.DONE && at < text.length() && !allowed(at)) {
      at = delegate.next();
    }
    return at;
  }

  /** Whether a line may start at {@code at} (0 &lt; at &lt; length). */
  private boolean allowed(int at) {
    if (at <= 0) {
      return true;
    }
    int before = text.codePointBefore(at);
    int after = text.codePointAt(at);
    if (isApostrophe(before)
        && at >= 2
        && Character.isLetter(text.codePointBefore(at - 1))
        && Character.isLetter(after)) {
      return false; // "Committee’ / s"
    }
    if (isApostrophe(after) && Character.isLetter(before)) {
      return false;
    }
    int lastVisible = at;
    while (lastVisible > 0 && Character.isWhitespace(text.charAt(lastVisible - 1))) {
      lastVisible--;
    }
    if (lastVisible > 0 && OPENING.indexOf(text.charAt(lastVisible - 1)) >= 0) {
      return false; // "( / Appendix"
    }
    if (CLOSING.indexOf(after) >= 0) {
      return false; // "5 / )"
    }
    for (int[] k : keep) {
      if (at > k[0] && at < k[1]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '’';
  }
}
