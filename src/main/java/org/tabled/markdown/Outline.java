package org.tabled.markdown;

import java.util.List;
import java.util.Optional;

/**
 * The numbered structure of a document: what "paragraph 3.4" and "item 5" refer to, and where they
 * are. Anchors are relative: a renderer that gives the document an id prefix prefixes them.
 *
 * @param sections the numbered sections (empty for unnumbered documents)
 * @param headings every heading, numbered or not, in order: used for bookmarks
 */
public record Outline(List<Section> sections, List<Heading> headings) {

  public Outline {
    sections = List.copyOf(sections);
    headings = List.copyOf(headings);
  }

  /** The section numbered {@code n}, if any. */
  public Optional<Section> section(int n) {
    return sections.stream().filter(s -> s.number() == n).findFirst();
  }

  /** The paragraph numbered e.g. "3.4", if any. */
  public Optional<Paragraph> paragraph(String number) {
    return sections.stream()
        .flatMap(s -> s.paragraphs().stream())
        .filter(p -> p.number().equals(number))
        .findFirst();
  }

  /**
   * A numbered section.
   *
   * @param number 1, 2 …
   * @param title the heading text, without its number
   * @param anchor {@code section-N}
   * @param paragraphs its numbered paragraphs
   */
  public record Section(int number, String title, String anchor, List<Paragraph> paragraphs) {
    public Section {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /**
   * A numbered paragraph.
   *
   * @param number "3.4"
   * @param anchor {@code para-3-4}
   * @param text its first words, for tooltips and link titles
   * @param resolution true for a paragraph starting {@code RESOLVED}: a decision, in minutes
   */
  public record Paragraph(String number, String anchor, String text, boolean resolution) {}

  /**
   * A heading.
   *
   * @param level 2 for {@code ##}, 3 for {@code ###} …
   * @param text the heading as printed, with its number if numbered
   * @param anchor its id
   */
  public record Heading(int level, String text, String anchor) {}
}
