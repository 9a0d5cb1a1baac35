package org.tabled.html;

/**
 * A PDF offered for download, as a page describes it: "PDF, 48 pages, 1.2 MB".
 *
 * @param href the link
 * @param pages its number of pages
 * @param size its size for people
 */
public record PdfLink(String href, int pages, String size) {}
