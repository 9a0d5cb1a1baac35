/**
 * FreeMarker set-up shared by the website and the PDF packs: auto-escaping, council overrides over
 * built-in templates, and template errors reported as {@code path:line:col}.
 */
package org.tabled.template;
