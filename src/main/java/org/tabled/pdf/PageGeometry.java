package org.tabled.pdf;

import java.util.Locale;

/**
 * The page sizes and margins of every PDF, in millimetres, in one place: the stylesheet's
 * {@code @page} rules are generated from here ({@link #css()}), and the pages of a supplied PDF are
 * scaled to fit the same content area ({@link #fit}).
 *
 * <p>A4 throughout. Packs are printed on both sides and hole-punched or stapled on the left, so the
 * margins mirror: the inner margin (left on a right-hand, odd page; right on a left-hand page) is
 * the widest. A landscape page is turned on the sheet, which puts the binding edge at its top or
 * its bottom depending on the printer, so it gets wide top and bottom margins. The page number sits
 * in the bottom margin and the running header in the top margin.
 *
 * <p>openhtmltopdf lays every block out at the width of the first page's content area, even on a
 * named page of another size; so the blocks that go on landscape and external pages are given the
 * width of those pages' content areas here.
 *
 * <p>Pages of supplied PDFs use narrower margins ({@code external} pages) so that the original page
 * is scaled down as little as possible while leaving room for the pack's page number and header.
 */
final class PageGeometry {

  static final double A4_SHORT = 210;
  static final double A4_LONG = 297;

  /** Margins: top, outer, bottom, inner. */
  private record Margins(double top, double outer, double bottom, double inner) {
    double width(double page) {
      return page - outer - inner;
    }

    double height(double page) {
      return page - top - bottom;
    }
  }

  private static final Margins PORTRAIT = new Margins(20, 15, 20, 25);
  private static final Margins LANDSCAPE = new Margins(25, 15, 25, 15);
  private static final Margins EXTERNAL = new Margins(18, 10, 18, 22);
  private static final Margins EXTERNAL_LANDSCAPE = new Margins(22, 10, 18, 10);

  private PageGeometry() {}

  /**
   * The {@code @page} rules. Named pages: {@code landscape} (appendices and wide tables), {@code
   * external} and {@code external-landscape} (pages of supplied PDFs). Named page rules win over
   * {@code :left}/{@code :right} in openhtmltopdf's cascade, so each named page gives its own left
   * and right margins. The same text every time: made once.
   */
  static String css() {
    return Css.TEXT;
  }

  /** The rules, made when first asked for (after every constant they use). */
  private static final class Css {
    static final String TEXT = make();
  }

  private static String make() {
    StringBuilder s = new StringBuilder();
    s.append(rule("", "size: " + mm(A4_SHORT) + " " + mm(A4_LONG) + ";"));
    s.append(rule(":right", margins(PORTRAIT, false)));
    s.append(rule(":left", margins(PORTRAIT, true)));
    for (String name : new String[] {"landscape", "external-landscape"}) {
      Margins m = name.equals("landscape") ? LANDSCAPE : EXTERNAL_LANDSCAPE;
      s.append(rule(name, "size: " + mm(A4_LONG) + " " + mm(A4_SHORT) + "; " + margins(m, false)));
      s.append(rule(name + ":right", margins(m, false)));
      s.append(rule(name + ":left", margins(m, true)));
    }
    s.append(
        rule(
            "external",
            "size: " + mm(A4_SHORT) + " " + mm(A4_LONG) + "; " + margins(EXTERNAL, false)));
    s.append(rule("external:right", margins(EXTERNAL, false)));
    s.append(rule("external:left", margins(EXTERNAL, true)));
    // openhtmltopdf sizes every block from the first page's width, even on a named page of
    // another size, so blocks printed on wider pages are given that page's width explicitly.
    s.append(
        "section.doc.landscape, .wide-table { width: " + mm(LANDSCAPE.width(A4_LONG)) + "; }\n");
    s.append("div.ext-page { width: " + mm(EXTERNAL.width(A4_SHORT)) + "; }\n");
    s.append("div.ext-page.landscape { width: " + mm(EXTERNAL_LANDSCAPE.width(A4_LONG)) + "; }\n");
    return s.toString();
  }

  /**
   * The size, in millimetres, at which a supplied page of {@code width} × {@code height} (any unit)
   * is drawn: as large as fits the content area of an external page of the same orientation,
   * keeping its proportions.
   */
  static double[] fit(double width, double height) {
    boolean landscape = width > height;
    Margins m = landscape ? EXTERNAL_LANDSCAPE : EXTERNAL;
    double boxW = m.width(landscape ? A4_LONG : A4_SHORT);
    double boxH = m.height(landscape ? A4_SHORT : A4_LONG);
    double scale = Math.min(boxW / width, boxH / height);
    return new double[] {round(width * scale), round(height * scale)};
  }

  private static String rule(String selector, String body) {
    return "@page" + (selector.isEmpty() ? "" : " " + selector) + " { " + body + " }\n";
  }

  private static String margins(Margins m, boolean leftPage) {
    double left = leftPage ? m.outer() : m.inner();
    double right = leftPage ? m.inner() : m.outer();
    return "margin: " + mm(m.top()) + " " + mm(right) + " " + mm(m.bottom()) + " " + mm(left) + ";";
  }

  private static String mm(double v) {
    return String.format(Locale.ROOT, "%.2fmm", v).replace(".00mm", "mm");
  }

  /** Rounded down to a tenth of a millimetre, so that rounding never makes it overflow its box. */
  private static double round(double v) {
    return Math.floor(v * 10) / 10;
  }
}
