package org.tabled.view;

/**
 * How a printed document gives a page number in its text, decided once for every PDF: after a
 * reference to something in the same PDF, and in the tracker's pointers to its responses.
 *
 * <ul>
 *   <li>After a reference: "Appendix 1 (see page 29)".
 *   <li>After a reference inside brackets (an opening bracket before it in its paragraph that is
 *       not closed before it): no brackets within brackets, "(Appendix 1, page 29)" rather than
 *       "(Appendix 1 (see page 29))", and "(as set out in Appendix 1, page 29, and below)".
 *   <li>After a reference to something in another PDF: "Item 5 (page 14 of the agenda pack for 22
 *       September 2026)", inside brackets "(Item 5, page 14 of the agenda pack for 22 September
 *       2026)".
 *   <li>A range: "page 5", "pages 4 &amp; 5", "pages 2, 3 &amp; 4" (the tracker's form).
 * </ul>
 *
 * <p>The words are the ones the PDFs' line breaking keeps together ("see page 29" never breaks, and
 * no line starts with the closing bracket), with ordinary spaces, so that the text copies out as it
 * reads.
 */
public final class PageWords {

  private PageWords() {}

  /**
   * What follows a reference to something on page {@code page} of the same PDF: " (see page 29)".
   */
  public static String seePage(String page) {
    return " (see page " + page + ")";
  }

  /** What follows a reference inside brackets to something on page {@code page}: ", page 29". */
  public static String inBrackets(String page) {
    return ", page " + page;
  }

  /**
   * Where a reference's target is printed in another PDF, {@code where} being "page 14 of the
   * agenda pack for 22 September 2026": " (page 14 of …)", or inside brackets ", page 14 of …".
   */
  public static String elsewhere(String where, boolean inBrackets) {
    return inBrackets ? ", " + where : " (" + where + ")";
  }

  /**
   * "page 5", "pages 4 &amp; 5", "pages 2, 3 &amp; 4" for the pages {@code first} to {@code last}.
   */
  public static String pages(int first, int last) {
    if (first >= last) {
      return "page " + first;
    }
    StringBuilder s = new StringBuilder("pages ");
    for (int p = first; p < last; p++) {
      s.append(p).append(p < last - 1 ? ", " : " & ");
    }
    return s.append(last).toString();
  }

  /**
   * True if text ending with {@code before} (the text of a paragraph up to a reference) leaves a
   * bracket open: the reference is inside brackets.
   */
  public static boolean insideBrackets(String before) {
    int open = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '(' || c == '[') {
        open++;
      } else if ((c == ')' || c == ']') && open > 0) {
        open--;
      }
    }
    return open > 0;
  }
}
