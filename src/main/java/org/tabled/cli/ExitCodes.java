package org.tabled.cli;

/** Exit codes, fixed by value so that reordering code cannot change them. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Problems in the content: printed as path:line:col: error: message. */
  public static final int CONTENT = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  /** A bug in Tabled. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
