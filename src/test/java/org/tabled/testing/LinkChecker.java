package org.tabled.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site: {@code href} and {@code src} of links, images,
 * scripts and stylesheets must name a file that exists, and a {@code #fragment} must name an id on
 * the target page. Links to other sites, email and phone are not followed.
 */
public final class LinkChecker {

  /**
   * What the check found.
   *
   * @param checked internal links followed
   * @param anchors of those, links with a fragment
   * @param broken one line per broken link: page, link, reason
   */
  public record Result(int checked, int anchors, List<String> broken) {}

  private final Path site;
  private final String basePath;
  private final Map<String, Set<String>> ids = new HashMap<>();

  /**
   * @param site the built site
   * @param basePath the path part of the site's base URL ("/"), for links written from it
   */
  public LinkChecker(Path site, String basePath) {
    this.site = site;
    this.basePath = basePath;
  }

  public Result check() throws IOException {
    int checked = 0;
    int anchors = 0;
    List<String> broken = new ArrayList<>();
    for (String page : SiteFiles.pages(site)) {
      Document doc = parse(page);
      for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (link.matches("(?i)(https?|mailto|tel):.*")) {
          continue;
        }
        checked++;
        String problem = problem(page, link);
        if (link.contains("#")) {
          anchors++;
        }
        if (problem != null) {
          broken.add(page + ": " + link + ": " + problem);
        }
      }
    }
    return new Result(checked, anchors, broken);
  }

  private String problem(String page, String link) throws IOException {
    if (link.isEmpty()) {
      return "empty link";
    }
    URI u = URI.create(link);
    String path =
        u.getRawPath() == null ? "" : URLDecoder.decode(u.getRawPath(), StandardCharsets.UTF_8);
    String target;
    if (path.isEmpty()) {
      target = page;
    } else if (path.startsWith("/")) {
      if (!path.startsWith(basePath)) {
        return "outside the site's base path " + basePath;
      }
      target = path.substring(basePath.length());
    } else {
      target = URI.create("http://x/" + page).resolve(path).getPath().substring(1);
    }
    if (target.isEmpty() || target.endsWith("/")) {
      target = target + "index.html";
    }
    if (target.startsWith("..") || !Files.isRegularFile(site.resolve(target))) {
      return "no such file " + target;
    }
    String fragment = u.getRawFragment();
    if (fragment != null && !fragment.isEmpty()) {
      if (target.endsWith(".pdf") && fragment.matches("page=[1-9][0-9]{0,4}")) {
        // a link that opens a PDF at a page (issue 15): the page must be in it
        int number = Integer.parseInt(fragment.substring("page=".length()));
        try (PDDocument pdf = Loader.loadPDF(site.resolve(target).toFile())) {
          return number <= pdf.getNumberOfPages()
              ? null
              : "page " + number + " of " + target + ", which has " + pdf.getNumberOfPages();
        }
      }
      if (!target.endsWith(".html")) {
        return "fragment on a file that is not a page";
      }
      if (!ids(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
        return "no id '" + fragment + "' on " + target;
      }
    }
    return null;
  }

  private Set<String> ids(String page) throws IOException {
    Set<String> known = ids.get(page);
    if (known == null) {
      known = new HashSet<>();
      for (Element e : parse(page).select("[id]")) {
        known.add(e.id());
      }
      ids.put(page, known);
    }
    return known;
  }

  private Document parse(String page) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
  }
}
