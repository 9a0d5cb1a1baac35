package org.tabled.markdown;

/** How a Markdown document's sections and paragraphs are numbered. */
public enum Numbering {
  /**
   * Reports and minutes: each {@code ##} heading is numbered 1., 2. …, each paragraph under it 1.1,
   * 1.2 …, and each numbered section is wrapped so renderers can add to it (minutes list their
   * outcomes at the end of each item).
   */
  SECTIONS,
  /** Everything else: headings and paragraphs as written. */
  NONE
}
