package org.tabled.serve;

/**
 * The box of build problems the preview server puts at the top of every page after a failed build,
 * and the title that says so. Styled inline, so that it shows whatever the council's theme does.
 *
 * <p>The box is fixed to the top of the window, not the page: a browser that reloads a page
 * restores where the author had scrolled to, and a box at the top of the page then sat above the
 * window, unseen. It holds at most half the window and scrolls within itself; the author can hide
 * it to read the page underneath. The title starts "Build failed", so that a tab in the background
 * says so too.
 */
final class ErrorBanner {

  /** The id of the box, for tests and for scripts. */
  static final String ID = "tabled-build-problems";

  /** What the title of every page starts with after a failed build. */
  static final String TITLE = "Build failed: ";

  private ErrorBanner() {}

  /** {@code html} with the banner listing {@code problems} just after {@code <body>}. */
  static String insert(String html, String problems) {
    String banner =
        "<div id=\""
            + ID
            + "\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;"
            + "z-index:2147483647;max-height:50vh;overflow:auto;box-sizing:border-box;"
            + "font:16px/1.5 sans-serif;background:#fff;color:#0b0c0c;border:6px solid #d4351c;padding:1rem;margin:0;"
            + "box-shadow:0 4px 12px rgba(0,0,0,.4)\">"
            + "<button type=\"button\" onclick=\"this.parentNode.hidden=true\" style=\"float:right;font:inherit;"
            + "font-weight:bold;padding:.25rem .75rem;margin:0 0 .5rem 1rem;cursor:pointer\">Hide</button>"
            + "<p style=\"font-size:1.4em;font-weight:bold;margin:0 0 .5rem\">Tabled could not build the site</p>"
            + "<p style=\"margin:0 0 .5rem\">Fix these problems and save: this page reloads by itself. "
            + "What you see below is the last build that worked.</p>"
            + "<pre style=\"white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.4 monospace;margin:0\">"
            + escape(problems)
            + "</pre></div>";
    int body = html.indexOf("<body");
    int at = body < 0 ? -1 : html.indexOf('>', body);
    return at < 0 ? banner + html : html.substring(0, at + 1) + banner + html.substring(at + 1);
  }

  /** {@code html} with "Build failed: " at the start of its title. */
  static String title(String html) {
    int open = html.indexOf("<title>");
    return open < 0 ? html : html.substring(0, open + 7) + TITLE + html.substring(open + 7);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
