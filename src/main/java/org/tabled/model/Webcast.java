package org.tabled.model;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.tabled.source.SourcePos;

/**
 * A meeting's webcast: where to watch it live and, afterwards, its recording.
 *
 * @param url the address of the webcast or recording (https only)
 * @param provider who hosts it, as people know it: "Ashcombe Webcasting", "YouTube"
 * @param items where agenda items start in the recording, in the order written
 * @param pos where it was written
 */
public record Webcast(String url, String provider, List<Start> items, SourcePos pos) {

  public Webcast {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(provider, "provider");
    items = List.copyOf(items);
  }

  /**
   * Where an agenda item starts in the recording.
   *
   * @param item the agenda item's number
   * @param at how far into the recording it starts
   * @param url an address that opens the recording at that point, if the provider has one; else
   *     empty
   */
  public record Start(int item, Duration at, String url) {
    public Start {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(url, "url");
    }

    /** The start as people read it: "0:42:10". */
    public String time() {
      long s = at.getSeconds();
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
  }

  /** The same webcast with only the starts of the items {@code keep} accepts. */
  public Webcast onlyItems(IntPredicate keep) {
    return new Webcast(
        url, provider, items.stream().filter(s -> keep.test(s.item())).toList(), pos);
  }
}
