package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where each document of a PDF falls, worked out from how many pages each takes: the page
 * arithmetic of a duplex-printed pack, with no layout in it.
 *
 * <p>The rules (DOMAIN.md §2): every document (the front sheet, the minutes, each report and each
 * appendix) starts on an odd, right-hand page; when a document ends on an odd page, a page saying
 * "This page is intentionally left blank" follows it. A pack also ends on an even page, so that
 * every item takes whole sheets and its range "(Pages X - Y)" ends on an even page.
 *
 * <p>Page numbers here are physical, 1-based positions in the PDF. The number printed in the footer
 * ({@link #printed}) is the same unless the front sheet is not numbered, in which case numbering
 * starts at 1 on the first page after the front sheet and its blank page.
 *
 * @param slots the documents in order
 * @param pages the total number of pages
 * @param unnumbered how many pages at the start carry no page number
 */
record PagePlan(List<Slot> slots, int pages, int unnumbered) {

  /**
   * One document's place.
   *
   * @param id the document's id
   * @param first its first page
   * @param last its last page
   * @param blankAfter whether a blank page follows it
   */
  record Slot(String id, int first, int last, boolean blankAfter) {
    /** The last page of the document with its blank page, if any. */
    int end() {
      return blankAfter ? last + 1 : last;
    }

    int count() {
      return last - first + 1;
    }
  }

  PagePlan {
    slots = List.copyOf(slots);
  }

  /**
   * Places documents of the given page counts.
   *
   * @param ids the documents' ids, in order
   * @param counts their page counts (each at least 1)
   * @param numberFirst whether the first document (the front sheet) counts in the page numbers
   * @param padEnd whether to add a blank page at the end if the last document ends on an odd page
   */
  static PagePlan of(List<String> ids, List<Integer> counts, boolean numberFirst, boolean padEnd) {
    if (ids.size() != counts.size() || ids.isEmpty()) {
      throw new IllegalArgumentException("one page count per document, at least one document");
    }
    List<Slot> slots = new ArrayList<>();
    int next = 1;
    for (int i = 0; i < ids.size(); i++) {
      int count = counts.get(i);
      if (count < 1) {
        throw new IllegalArgumentException(ids.get(i) + " has no pages");
      }
      int last = next + count - 1;
      boolean blank = last % 2 == 1 && (i < ids.size() - 1 || padEnd);
      Slot s = new Slot(ids.get(i), next, last, blank);
      slots.add(s);
      next = s.end() + 1;
    }
    int unnumbered = numberFirst ? 0 : slots.get(0).end();
    return new PagePlan(slots, next - 1, unnumbered);
  }

  /** The slot of document {@code id}. */
  Slot slot(String id) {
    return slots.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document " + id));
  }

  /** The number printed on physical page {@code page}, or 0 for an unnumbered page. */
  int printed(int page) {
    return page > unnumbered ? page - unnumbered : 0;
  }

  /**
   * The printed range of a run of consecutive documents (an agenda item's papers): from the first
   * page of the first to the last page before whatever follows the last, its blank page included.
   */
  Range range(List<String> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no documents");
    }
    return new Range(
        printed(slot(ids.get(0)).first()), printed(slot(ids.get(ids.size() - 1)).end()));
  }

  /** A printed page range, "(Pages 5 - 10)". */
  record Range(int from, int to) {
    @Override
    public String toString() {
      return "(Pages " + from + " - " + to + ")";
    }
  }
}
