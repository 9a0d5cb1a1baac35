package org.tabled.model;

/**
 * The printed pages something spans in an agenda pack.
 *
 * @param first the number printed on its first page (0 on a page without a number)
 * @param last the number printed on its last page
 */
public record PageSpan(int first, int last) {}
