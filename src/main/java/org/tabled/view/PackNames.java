package org.tabled.view;

import org.tabled.model.PackId;

/**
 * What a pack is called, in one place for the website, the PDFs, the feeds and the messages: the
 * agenda pack, or "Supplementary agenda 2" for the second pack of papers published after it.
 */
public final class PackNames {

  private PackNames() {}

  /** As a title or a link's text: "Agenda pack", "Supplementary agenda 2". */
  public static String title(PackId pack) {
    return pack.isSupplement() ? "Supplementary agenda " + pack.supplement() : "Agenda pack";
  }

  /** Inside a sentence: "the agenda pack", "supplementary agenda 2". */
  public static String inSentence(PackId pack) {
    return pack.isSupplement() ? "supplementary agenda " + pack.supplement() : "the agenda pack";
  }
}
