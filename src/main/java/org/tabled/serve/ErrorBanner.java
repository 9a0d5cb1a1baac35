package org.tabled.serve;

/**
 * The box of build problems the preview server puts at the top of every page after a failed
 * build. Styled inline, so that it shows whatever the council's theme does.
 */
final class ErrorBanner {

  private ErrorBanner() {}

  /** {@code html} with the banner listing {@code problems} just after {@code <body>}. */
  static String insert(String html, String problems) {
    String banner = "<div role=\"alert\" style=\"font:16px/1.5 sans-serif;background:#fff;color:#0b0c0c;"
        + "border:6px solid #d4351c;padding:1rem;margin:0 0 1rem\">"
        + "<p style=\"font-size:1.4em;font-weight:bold;margin:0 0 .5rem\">Tabled could not build the site</p>"
        + "<p style=\"margin:0 0 .5rem\">Fix these problems and save: this page reloads by itself. "
        + "What you see below is the last build that worked.</p>"
        + "<pre style=\"white-space:pre-wrap;font:15px/1.4 monospace;margin:0\">" + escape(problems) + "</pre></div>";
    int body = html.indexOf("<body");
    int at = body < 0 ? -1 : html.indexOf('>', body);
    return at < 0 ? banner + html : html.substring(0, at + 1) + banner + html.substring(at + 1);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
