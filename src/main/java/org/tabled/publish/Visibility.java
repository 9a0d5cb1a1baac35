package org.tabled.publish;

/**
 * Whether an audience may see something on the build's day ({@link PublishedCouncil#visibility}).
 */
public enum Visibility {
  /** Published: it may be named, titled and linked to. */
  VISIBLE,
  /** Not published yet (an agenda, paper or minutes with a later date, a paper on no agenda). */
  NOT_YET,
  /** Never published to this audience: a Part 2 or confidential paper, and everything in it. */
  NEVER
}
