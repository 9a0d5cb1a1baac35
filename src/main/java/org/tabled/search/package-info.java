/**
 * The site search's index, a render-stage package used by {@code html}: words become terms ({@link
 * org.tabled.search.Terms}: whole words, Snowball English stems, the same rules as {@code
 * assets/search.js}), documents' rendered HTML becomes text with anchors at numbered paragraphs
 * ({@link org.tabled.search.HtmlText}), and {@link org.tabled.search.SearchIndex} writes the
 * sharded index: a little metadata, shards of term and word-pair postings, and the documents'
 * passages, each a script the browser loads only when a search needs it. Depends on nothing in
 * Tabled; jsoup, Jackson and Lucene's Snowball stemmer outside it.
 */
package org.tabled.search;
