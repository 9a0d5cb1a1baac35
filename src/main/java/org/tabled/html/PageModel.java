package org.tabled.html;

/**
 * The data a page template receives: {@code layout} for the parts every page shares and {@code
 * page} for its own view record.
 */
public record PageModel(Chrome layout, Object page) {}
