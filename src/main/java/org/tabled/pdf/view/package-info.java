/**
 * What the print templates ({@code templates/print/}) see: read-only records with every value
 * already formatted ("Tuesday 14 July 2026", "6.30 pm", "(Pages 5 - 10)") and every piece of HTML
 * already rendered and sanitised (fields named {@code …Html}, printed with {@code ?no_esc}).
 * Everything else is plain text, escaped by the templates.
 *
 * <p>Public only because FreeMarker reads them by reflection; nothing outside {@code
 * org.tabled.pdf} builds them.
 */
package org.tabled.pdf.view;
