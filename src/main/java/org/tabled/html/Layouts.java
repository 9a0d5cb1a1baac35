package org.tabled.html;

import java.util.List;
import org.tabled.model.Site;
import org.tabled.output.SitePaths;

/** Builds the {@link Chrome} of each page: the header, navigation and footer links it shares. */
final class Layouts {

  private Layouts() {}

  static Chrome chrome(
      SiteContext ctx, Linker l, String title, List<Link> crumbs, List<String> scripts) {
    Site site = ctx.council.site();
    String page = l.page();
    String logo = site.logo().map(img -> l.to(ctx.publish(img.file()))).orElse("");
    List<Chrome.NavItem> nav =
        List.of(
            new Chrome.NavItem("Meetings and committees", l.to(SitePaths.home()), page.isEmpty()),
            new Chrome.NavItem(
                "Councillors", l.to(SitePaths.people()), page.startsWith(SitePaths.people())),
            new Chrome.NavItem(
                "Search", l.to(SitePaths.search()), page.equals(SitePaths.search())));
    String canonical = page.equals(SitePaths.notFound()) ? "" : site.baseUrl() + page;
    return new Chrome(
        site.language(),
        title,
        site.council(),
        l.to(SitePaths.home()),
        l.to(SitePaths.asset("")),
        logo,
        site.logo().map(img -> img.alt()).orElse(""),
        nav,
        crumbs,
        canonical,
        l.to(SitePaths.papersFeed()),
        l.to(SitePaths.allMeetingsIcs()),
        l.to(SitePaths.accessibility()),
        l.to(SitePaths.search()),
        site.website(),
        site.contact().email(),
        site.contact().phone(),
        site.contact().address(),
        scripts.stream().map(l::to).toList(),
        l.to(SitePaths.openData()));
  }
}
