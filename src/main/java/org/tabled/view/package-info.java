/**
 * Every presentation decision the website, the PDFs and the feeds share, made once, so that the two
 * renderers cannot disagree: where a reference target is on the website and whether it has a page
 * ({@link org.tabled.view.Addresses}), the titles of reference targets ({@link
 * org.tabled.view.RefTitles}), Part 1 and Part 2, "To follow" and which item carries a paper
 * ({@link org.tabled.view.Agendas}, {@link org.tabled.view.AgendaText}), the cover sheet ({@link
 * org.tabled.view.CoverFields}), names with their role on the day ({@link org.tabled.view.Names}),
 * membership and attendance lists, trackers and work programmes. A renderer only formats what these
 * return.
 *
 * <p>Depends on the model, the resolved and published council, Markdown outlines, date formats and
 * site paths; whatever depends on who may see what is asked of {@link
 * org.tabled.publish.PublishedCouncil}, never decided here.
 */
package org.tabled.view;
