/**
 * The load stage: reads the content folder into parsed YAML and Markdown that remember positions
 * ({@link org.tabled.load.LoadedContent}). No domain types are made here; that is the validate
 * stage's job. Every unreadable file becomes a diagnostic.
 */
package org.tabled.load;
