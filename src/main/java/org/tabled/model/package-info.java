/**
 * The domain model: immutable records for the council, its people, committees, meetings, agendas,
 * papers, minutes and trackers.
 *
 * <p>Built only by {@code org.tabled.validate}; read by every later stage. It depends on nothing
 * but {@code java.*} and {@code org.tabled.source}: no YAML, Markdown, template or PDF types. Lists
 * are copied on construction, so a model value never changes after it is made.
 */
package org.tabled.model;
