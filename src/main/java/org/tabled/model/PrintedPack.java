package org.tabled.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a build printed of one pack, as an issued pack records it: its page count and where each
 * item's documents are. Page numbers only, never text.
 *
 * @param pack which pack
 * @param path where its PDF is in the output
 * @param pages its number of pages
 * @param items the printed range of each item with documents in the pack ("5 - 10", "S1 - S4"), by
 *     item number
 * @param sha256 the hex SHA-256 of its PDF, as an issue records it
 */
public record PrintedPack(
    PackId pack, String path, int pages, Map<Integer, String> items, String sha256) {
  public PrintedPack {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    items = Collections.unmodifiableMap(new TreeMap<>(items));
  }
}
