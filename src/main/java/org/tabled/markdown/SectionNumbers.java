package org.tabled.markdown;

import java.util.List;
import java.util.stream.IntStream;
import org.tabled.source.SourcePos;

/**
 * The numbers a document's {@code ##} sections carry, worked out by whoever knows what they are. A
 * report's sections are numbered 1, 2, 3 … in order ({@link #IN_ORDER}); a minute carries the
 * number of the agenda item it records, or a number of the council's own sequence, which only the
 * resolver knows (it has the agenda).
 */
@FunctionalInterface
public interface SectionNumbers {

  /** 1, 2, 3 … in the order written: reports. */
  SectionNumbers IN_ORDER = headings -> IntStream.rangeClosed(1, headings.size()).boxed().toList();

  /**
   * The number of each section, in the order written: each at least 1 and none twice, or 0 for a
   * section printed without a number (whose paragraphs are then not numbered either).
   *
   * @param headings the {@code ##} headings, in order
   */
  List<Integer> of(List<Heading> headings);

  /**
   * True if a {@code ###} heading inside a numbered section is numbered as a paragraph of it and
   * numbers the paragraphs under it one level deeper (minutes: "4.1 Action trackers", then 4.1.1,
   * 4.1.2 …, as councils minute sub-items). False for reports, where a sub-heading is printed
   * without a number and the paragraph numbers carry on through it.
   */
  default boolean subParagraphs() {
    return false;
  }

  /**
   * A {@code ##} heading as written.
   *
   * @param text its text, without markup
   * @param pos where it is in the author's file
   */
  record Heading(String text, SourcePos pos) {}
}
