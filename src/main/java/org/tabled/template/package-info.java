/**
 * FreeMarker set-up shared by the website and the PDF packs: auto-escaping, council overrides over
 * built-in templates, and template errors reported as {@code path:line:col}. Templates are treated
 * as untrusted, since they come from the content repository: they cannot reach Java ({@link
 * org.tabled.template.TemplatePolicy}, {@link org.tabled.template.ViewWrapper}) nor files outside
 * the templates folders ({@link org.tabled.template.FolderTemplateLoader}).
 */
package org.tabled.template;
