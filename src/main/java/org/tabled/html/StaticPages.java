package org.tabled.html;

import java.net.URI;
import java.util.List;
import org.tabled.format.Dates;
import org.tabled.model.Site;
import org.tabled.output.SitePaths;

/** The pages that are not about a committee: the accessibility statement and the 404 page. */
public final class StaticPages {

  private StaticPages() {}

  /**
   * The accessibility statement's view: the fixed parts are in the template, the council's own
   * words and contacts come from {@code site.yaml}.
   *
   * @param council the council's name
   * @param statement what is known not to be accessible and what is being done, as HTML
   * @param email whom to email about an accessibility problem
   * @param phone whom to phone, or empty
   * @param lastReviewed when the statement was last reviewed, "30 September 2026", or empty
   * @param enforcement the enforcement body
   */
  public record Accessibility(String council, String statement, String email, String phone, String lastReviewed,
      String enforcement) {}

  /**
   * The 404 page's view.
   *
   * @param contactEmail whom to tell about a broken link
   */
  public record NotFound(String contactEmail) {}

  static void render(SiteContext ctx) {
    Site site = ctx.council.site();
    Linker l = Linker.from(SitePaths.accessibility());
    Site.Accessibility a = site.accessibility();
    ctx.write(l, "site/accessibility.ftlh", "Accessibility statement", List.of(new Link("Home", l.to(SitePaths.home()))),
        new Accessibility(site.council(), ctx.html(a.statement(), l, "statement-", 1), a.contact().email(),
            a.contact().phone(), a.lastReviewed().map(Dates::medium).orElse(""), a.enforcement()));
    // A web server shows the 404 page at whatever address was asked for, so relative links would
    // lead nowhere: its links start from the site's base path.
    Linker abs = Linker.absolute(SitePaths.notFound(), basePath(site.baseUrl()));
    ctx.write(abs, "site/404.ftlh", "Page not found", List.of(), new NotFound(site.contact().email()));
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
