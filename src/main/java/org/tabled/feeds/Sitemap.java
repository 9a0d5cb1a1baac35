package org.tabled.feeds;

import java.util.List;
import org.tabled.output.OutputTree;
import org.tabled.output.SitePaths;

/** {@code sitemap.xml} (sitemaps.org 0.9): the full address of every page, sorted. */
public final class Sitemap {

  private Sitemap() {}

  /**
   * Writes the sitemap of {@code pages} (paths as {@link SitePaths} gives them) under {@code
   * baseUrl}.
   */
  public static void render(String baseUrl, List<String> pages, OutputTree out) {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    pages.stream()
        .sorted()
        .distinct()
        .forEach(
            p -> s.append("  <url><loc>").append(Xml.escape(baseUrl + p)).append("</loc></url>\n"));
    out.put(SitePaths.sitemap(), s.append("</urlset>\n").toString());
  }
}
