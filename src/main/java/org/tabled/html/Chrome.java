package org.tabled.html;

import java.util.List;

/**
 * What every page's layout needs: the parts of the page around its own content (header, navigation,
 * breadcrumbs, footer), with every link already written relative to the page.
 *
 * @param lang the content's language, for {@code <html lang>}
 * @param title the page's own title, for {@code <title>} (the template adds the council's name)
 * @param council the council's name
 * @param homeHref the home page
 * @param assets the folder of the theme's stylesheet and scripts, ending in '/'
 * @param logoSrc the council's logo, or empty
 * @param logoAlt the logo's text alternative
 * @param nav the main navigation
 * @param breadcrumbs the way back up to the home page, current page excluded
 * @param canonical the page's full address under the site's base URL
 * @param feedHref the Atom feed of newly published papers
 * @param calendarHref the iCalendar file of every meeting
 * @param accessibilityHref the accessibility statement
 * @param searchHref the search page
 * @param websiteHref the council's main website
 * @param contactEmail democratic services' email
 * @param contactPhone democratic services' phone, or empty
 * @param contactAddress democratic services' address, or empty
 * @param scripts scripts the page loads at the end of the body (search only)
 * @param dataHref the open data page
 */
public record Chrome(
    String lang,
    String title,
    String council,
    String homeHref,
    String assets,
    String logoSrc,
    String logoAlt,
    List<NavItem> nav,
    List<Link> breadcrumbs,
    String canonical,
    String feedHref,
    String calendarHref,
    String accessibilityHref,
    String searchHref,
    String websiteHref,
    String contactEmail,
    String contactPhone,
    String contactAddress,
    List<String> scripts,
    String dataHref) {

  public Chrome {
    nav = List.copyOf(nav);
    breadcrumbs = List.copyOf(breadcrumbs);
    scripts = List.copyOf(scripts);
  }

  /**
   * An entry of the main navigation.
   *
   * @param current true on the page it leads to (announced with {@code aria-current})
   */
  public record NavItem(String text, String href, boolean current) {}
}
