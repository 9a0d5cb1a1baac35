package org.tabled.html;

import java.net.URI;
import java.util.List;
import org.tabled.model.Site;
import org.tabled.output.SitePaths;

/**
 * The pages that are not about a committee: the accessibility statement ({@link
 * AccessibilityStatement}) and the 404 page.
 */
public final class StaticPages {

  private StaticPages() {}

  /**
   * The 404 page's view.
   *
   * @param contactEmail whom to tell about a broken link
   */
  public record NotFound(String contactEmail) {}

  static void render(SiteContext ctx) {
    Site site = ctx.council.site();
    Linker l = Linker.from(SitePaths.accessibility());
    ctx.write(
        l,
        "site/accessibility.ftlh",
        "Accessibility statement",
        List.of(new Link("Home", l.to(SitePaths.home()))),
        AccessibilityStatement.of(ctx, l));
    // A web server shows the 404 page at whatever address was asked for, so relative links would
    // lead nowhere: its links start from the site's base path.
    Linker abs = Linker.absolute(SitePaths.notFound(), basePath(site.baseUrl()));
    ctx.write(
        abs, "site/404.ftlh", "Page not found", List.of(), new NotFound(site.contact().email()));
  }

  /** The path part of the base URL, "/" for a site at the root of its domain. */
  static String basePath(String baseUrl) {
    try {
      String path = URI.create(baseUrl).getPath();
      return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
