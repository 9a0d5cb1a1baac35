/**
 * The website renderer: turns the published council into HTML pages, through FreeMarker templates
 * that receive only read-only view records, plus the search index ({@code org.tabled.search} builds
 * it from the documents the pages give it), the theme's assets and the images the content uses.
 *
 * <p>{@link org.tabled.html.SiteRenderer} is the entry point. Each page type has one class that
 * builds its view from the model ({@code HomePage}, {@code CommitteePage}, {@code MeetingPage},
 * {@code PaperPage}, {@code MinutesPage}, {@code TrackerPage}, {@code WorkProgrammePage}, {@code
 * PersonPage}, {@code SearchPage}, {@code StaticPages}); {@code RefLinks} turns the {@code [[…]]}
 * cross-references of every Markdown text into links. Every address comes from {@link
 * org.tabled.output.SitePaths}, and every link is written relative to the page it is on, so the
 * site works at any address.
 */
package org.tabled.html;
