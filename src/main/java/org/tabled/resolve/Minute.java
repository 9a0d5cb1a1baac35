package org.tabled.resolve;

import java.util.Objects;

/**
 * One minute: a {@code ##} section of a meeting's minutes, and the agenda item it records.
 *
 * @param number the minute's number as printed at its heading (in the council's house style: the
 *     agenda item's number, or its place in the year's sequence), or 0 for a minute printed without
 *     one
 * @param item the number of the agenda item it records, or 0 if it records none ("Exclusion of the
 *     press and public")
 * @param title its heading
 * @param anchor its id on the minutes page: {@code section-N} for a numbered minute
 */
public record Minute(int number, int item, String title, String anchor) {

  public Minute {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(anchor, "anchor");
  }
}
