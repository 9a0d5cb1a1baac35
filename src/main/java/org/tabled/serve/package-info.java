/**
 * {@code tabled serve}: a local preview server. It builds the site, serves it on 127.0.0.1 with the
 * JDK's own HTTP server, watches the content and template folders, rebuilds on every change and
 * tells the open browser pages to reload (server-sent events). When the content has errors the
 * previous good build stays in place and every page shows the errors at its top.
 *
 * <p>{@link org.tabled.serve.StaticFiles} is also what the browser tests use to serve a built site.
 */
package org.tabled.serve;
