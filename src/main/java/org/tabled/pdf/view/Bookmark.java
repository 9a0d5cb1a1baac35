package org.tabled.pdf.view;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the PDF outline (bookmarks).
 *
 * @param name what the reader sees
 * @param href the target, {@code #id}
 * @param children entries under it
 */
public record Bookmark(String name, String href, List<Bookmark> children) {

  public Bookmark {
    children = List.copyOf(children);
  }

  public Bookmark(String name, String href) {
    this(name, href, List.of());
  }

  /** The same entry with {@code more} added under it. */
  public Bookmark with(List<Bookmark> more) {
    List<Bookmark> all = new ArrayList<>(children);
    all.addAll(more);
    return new Bookmark(name, href, all);
  }
}
