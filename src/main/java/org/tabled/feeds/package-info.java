/**
 * Feeds and open data made alongside the website: one JSON file per meeting and one per committee
 * tracker, iCalendar files (one per meeting, one per committee, one for all meetings), an Atom feed
 * of newly published papers and {@code sitemap.xml}. All of it from the published council only, and
 * deterministic: every date comes from the content, never from the clock.
 */
package org.tabled.feeds;
