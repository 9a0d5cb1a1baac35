package org.tabled.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What is printed on each page of a PDF, read back with PDFBox's content stream engine: where the
 * text, pictures and lines of the page's body are (between the running header and the page number,
 * which sit in the outer 14 mm of the page, see {@link PdfPages}).
 *
 * <p>Text alone cannot tell an empty page from a page holding only a picture; this can. And it
 * gives how far down the body's ink goes, which is how a test finds where a document's last block
 * ends.
 */
final class PageInk {

  /**
   * 14 mm in points: header and page number are within this distance of the top and bottom edges.
   */
  private static final float EDGE = 14 * 72 / 25.4f;

  /**
   * One page's body.
   *
   * @param number its 1-based position
   * @param glyphs how many characters are drawn in the body
   * @param images how many pictures are drawn in the body
   * @param bottom the lowest point of any glyph, picture or line in the body, in points from the
   *     top of the page (0 if nothing is)
   * @param height the page's height in points
   */
  record Page(int number, int glyphs, int images, float bottom, float height) {
    /** Nothing but lines, if anything, between the running header and the page number. */
    boolean empty() {
      return glyphs == 0 && images == 0;
    }
  }

  final List<Page> pages = new ArrayList<>();

  PageInk(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        Engine e = new Engine(page);
        e.processPage(page);
        pages.add(new Page(++n, e.glyphs, e.images, e.bottom, e.height));
      }
    }
  }

  Page page(int number) {
    return pages.get(number - 1);
  }

  /** Collects what is drawn, in PDF coordinates (from the bottom), as top-down positions. */
  private static final class Engine extends PDFGraphicsStreamEngine {
    final float height;
    int glyphs;
    int images;
    float bottom;
    private final List<Point2D> path = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    Engine(PDPage page) {
      super(page);
      height = page.getMediaBox().getHeight();
    }

    /** Records a point drawn at {@code y} (PDF space); true if it is in the body. */
    private boolean ink(double y) {
      float down = height - (float) y;
      if (down <= EDGE || down >= height - EDGE) {
        return false;
      }
      bottom = Math.max(bottom, down);
      return true;
    }

    @Override
    protected void showGlyph(Matrix text, PDFont font, int code, Vector displacement)
        throws IOException {
      super.showGlyph(text, font, code, displacement);
      float descent =
          font.getFontDescriptor() == null ? -200 : font.getFontDescriptor().getDescent();
      float size = text.getScalingFactorY();
      if (ink(text.getTranslateY())) {
        glyphs++;
        ink(text.getTranslateY() + descent / 1000 * size);
      }
    }

    @Override
    public void drawImage(PDImage pdImage) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      boolean in = false;
      for (double[] corner : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
        Point2D.Float p = ctm.transformPoint((float) corner[0], (float) corner[1]);
        in |= ink(p.y);
      }
      if (in) {
        images++;
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.addAll(List.of(p0, p1, p2, p3));
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) { // the engine gives points already in device space
      current = new Point2D.Float(x, y);
      path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
      moveTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void strokePath() {
      paint();
    }

    @Override
    public void fillPath(int windingRule) {
      paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      paint();
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    private void paint() {
      path.forEach(p -> ink(p.getY()));
      path.clear();
    }
  }
}
