/**
 * The paginated PDF agenda packs and per-paper PDFs, rendered with openhtmltopdf from the
 * FreeMarker print templates in {@code templates/print/}.
 *
 * <p>{@link org.tabled.pdf.PackRenderer} is the entry point. For each meeting, {@link
 * org.tabled.pdf.MeetingBook} renders every document (front sheet, minutes, reports, appendices) to
 * an HTML fragment and collects them into {@link org.tabled.pdf.Book}s: the pack and one per paper.
 * {@link org.tabled.pdf.Paginator} renders a book in two passes so that every document starts on an
 * odd page and the front sheet's "(Pages X - Y)" are the pages the papers really occupy: a
 * layout-only pass counts each document's pages, {@link org.tabled.pdf.PagePlan} places them and
 * the blank pages, and the final pass is checked against the plan before it is painted. Appendices
 * supplied as PDFs are inserted as tagged figures by {@link org.tabled.pdf.ExternalPages}; {@link
 * org.tabled.pdf.PdfFinish} makes the output reproducible.
 *
 * <p>Every PDF is tagged PDF/UA-1 with embedded Liberation fonts ({@link org.tabled.pdf.Fonts}), on
 * A4 pages with mirrored margins ({@link org.tabled.pdf.PageGeometry}).
 */
package org.tabled.pdf;
