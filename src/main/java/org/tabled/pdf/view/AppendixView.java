package org.tabled.pdf.view;

/**
 * An appendix written in Markdown ({@code print/appendix.ftlh}).
 *
 * @param label "Appendix 1"
 * @param title its title
 * @param paperTitle the title of the paper it belongs to
 * @param bodyHtml its content
 */
public record AppendixView(String label, String title, String paperTitle, String bodyHtml) {}
