package org.tabled.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.List;

/**
 * Removes the pages at the end of a layout that nothing is printed on.
 *
 * <p>Why they exist: openhtmltopdf keeps every page that the outer <em>margin</em> edge of any box
 * reaches ({@code Layer.trimEmptyPages} is given the root layer's margin corner). When a document's
 * last block ends within its bottom margin of the page foot (a paragraph's 2.5 mm, a table's 4 mm),
 * that margin reaches onto the next page, and the layout gains a page with nothing on it. CSS
 * truncates margins at the end of a fragment (CSS Fragmentation 3, §5.2), so the page should not
 * exist. In the middle of a book it does no harm (the next document starts on a new page anyway, at
 * the top of that very page), but at the end of the book it added a page: the same document took
 * one page more when it came last (in a paper's own PDF, or ending a pack on an even page) than
 * when it was measured before another, and the plan never settled.
 *
 * <p>So a layout ends on the last page that holds a box: its border edge, not its margin, for every
 * box but {@code html} and {@code body} (whose height takes in the collapsed margins of their last
 * descendants), and the floats of the root's formatting context, which can hang below their parent.
 */
final class TrailingPages {

  private TrailingPages() {}

  /** Removes the trailing pages of {@code root}'s layout that hold no box. */
  static void trim(BlockBox root) {
    Layer layer = root.getLayer();
    List<PageBox> pages = layer.getPages();
    int bottom = bottom(root);
    int keep = pages.size();
    while (keep > 1 && pages.get(keep - 1).getTop() >= bottom) {
      keep--;
    }
    if (keep < pages.size()) {
      layer.trimPageCount(keep);
    }
  }

  /** The lowest border edge of any box but the root and body, floats included. */
  static int bottom(BlockBox root) {
    int[] max = {0};
    walk(root, max);
    if (root.getPersistentBFC() != null) {
      root.getPersistentBFC().getFloatManager().performFloatOperation(f -> walk(f, max));
    }
    return max[0];
  }

  private static void walk(Box box, int[] max) {
    String tag = box.getElement() == null ? "" : box.getElement().getTagName();
    if (!tag.equals("html") && !tag.equals("body")) {
      max[0] = Math.max(max[0], box.getAbsY() + box.getHeight());
    }
    for (int i = 0; i < box.getChildCount(); i++) {
      walk(box.getChild(i), max);
    }
  }
}
