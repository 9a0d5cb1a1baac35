package org.tabled.html;

/**
 * A link as a template prints it.
 *
 * @param text the link text
 * @param href the address, already relative to the page it is on
 */
public record Link(String text, String href) {}
