package org.tabled.html;

import org.tabled.output.SitePaths;

/**
 * Writes links from one page. Normal pages link relatively, so the site works at any address and
 * from disk; the 404 page is served at whatever address was asked for, so its links start from the
 * site's base path instead.
 */
final class Linker {

  private final String from;
  private final String absoluteBase;

  private Linker(String from, String absoluteBase) {
    this.from = from;
    this.absoluteBase = absoluteBase;
  }

  /** Links relative to the page at {@code fromPage} (a {@link SitePaths} path). */
  static Linker from(String fromPage) {
    return new Linker(fromPage, null);
  }

  /**
   * Links that start from {@code basePath} (e.g. "/" or "/democracy/"), for pages served anywhere.
   */
  static Linker absolute(String fromPage, String basePath) {
    return new Linker(fromPage, basePath);
  }

  /** The page this linker writes links from. */
  String page() {
    return from;
  }

  /** A link to the output path {@code target}. */
  String to(String target) {
    return absoluteBase != null ? absoluteBase + target : SitePaths.relative(from, target);
  }
}
