package org.tabled.view;

import org.tabled.model.Appendix;

/** How an appendix is named, the same on its page, in the packs and in references to it. */
public final class Appendices {

  private Appendices() {}

  /** "Appendix 2". */
  public static String name(Appendix a) {
    return name(a.label());
  }

  /** "Appendix 2", for the appendix labelled {@code label}. */
  public static String name(String label) {
    return "Appendix " + label;
  }

  /** "Appendix 2: Condition scores by site": its running header, bookmark and page title. */
  public static String heading(Appendix a) {
    return name(a) + ": " + a.title();
  }
}
