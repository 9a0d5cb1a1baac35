package org.tabled.model;

import java.util.Locale;

/**
 * How the printed tracker gives the pages of a response (house style, {@code tracker_pages} in
 * {@code site.yaml}).
 */
public enum TrackerPages {
  /** The pages as the footer prints them: "Response on page 10." (the default). */
  PRINTED,
  /**
   * The pages counted from the tracker appendix's first page, naming the appendix: "Response on
   * pages 2 &amp; 3 of Appendix 3." (the form of some councils' older trackers).
   */
  APPENDIX;

  /** The word used in content files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
