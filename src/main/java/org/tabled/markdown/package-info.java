/**
 * The Markdown stage shared by the website and the PDF packs: flexmark parsing with checks,
 * automatic section and paragraph numbering, sanitising to an allow-list, and accessible HTML.
 * Entry point: {@link org.tabled.markdown.MarkdownEngine}.
 */
package org.tabled.markdown;
