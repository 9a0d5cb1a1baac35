/**
 * The resolve stage: what depends on more than one document. Every Markdown text is parsed and
 * checked once here; the minutes chain is worked out. Entry point: {@link
 * org.tabled.resolve.Resolver}.
 */
package org.tabled.resolve;
