package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Print quality (issue 4, point 5), on the {@code golden-pdf} fixture and the example council: long
 * tables repeat their header row and keep rows whole, no heading is left at the foot of a page, a
 * wide table gets a landscape page, and an image wider than the page is scaled to fit.
 */
class PrintQualityIT {

  private static final String HEADER = "Ward Sites Average score Lowest site Lowest score";

  @Test
  void aLongTableRepeatsItsHeaderRowAndNeverSplitsARow() throws Exception {
    PdfPages pdf = new PdfPages(Built.fixture().bytes(GoldenPdfIT.PACK));
    List<PdfPages.Page> withTable =
        pdf.pages.stream()
            .filter(
                p ->
                    p.body().contains("Gasworks Green")
                        || p.body().contains("Castle Mound")
                        || p.body().contains("Tanner’s Yard"))
            .toList();
    assertTrue(withTable.size() >= 2, "the ward table runs over a page: " + withTable.size());
    for (PdfPages.Page p : withTable) {
      assertTrue(p.body().lines().anyMatch(HEADER::equals), "header row on page " + p.number());
    }
    for (String row :
        List.of(
            "Castle Rise 7 71 Tanner’s Yard 52",
            "Hollins Brook 5 62 Mill Lane Rec 47",
            "Coldstream 4 55 Weir Bank 37",
            "Dunmore 6 67 Castle Mound 50")) {
      long pages = withTable.stream().filter(p -> p.body().lines().anyMatch(row::equals)).count();
      assertEquals(1, pages, "row '" + row + "' whole on one page");
    }
  }

  @Test
  void aWideTableInAPortraitReportGetsALandscapePage() throws Exception {
    PdfPages pdf = new PdfPages(Built.fixture().bytes(GoldenPdfIT.PACK));
    PdfPages.Page page =
        pdf.pages.stream()
            .filter(p -> p.body().contains("Grounds maintenance 1,410"))
            .findFirst()
            .orElseThrow();
    assertTrue(page.landscape(), "page " + page.number());
    assertTrue(page.header().equals("Draft green spaces strategy 2026 to 2036"), page.header());
    assertTrue(
        !pdf.page(page.number() - 1).landscape() && !pdf.page(page.number() + 1).landscape(),
        "the report goes on in portrait");
  }

  @Test
  void noHeadingIsLeftAtTheFootOfAPage() throws Exception {
    int checked = 0;
    for (Built b : List.of(Built.example(), Built.fixture())) {
      for (String path : b.pdfs()) {
        if (path.matches(".*/appendix-[^/]+\\.pdf")) {
          continue;
        }
        PdfPages pdf = new PdfPages(b.bytes(path));
        for (PdfPages.Mark m : pdf.outline) {
          if (m.depth() < 1 || m.page() < 1 || !m.title().matches("\\d+\\. .*")) {
            continue; // numbered section and minute item headings
          }
          List<String> lines = pdf.page(m.page()).body().lines().toList();
          String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
          assertTrue(
              !last.equalsIgnoreCase(m.title()),
              path + " page " + m.page() + " ends with the heading '" + m.title() + "'");
          checked++;
        }
      }
    }
    assertTrue(checked > 200, "headings checked: " + checked);
  }

  @Test
  void anImageWiderThanThePageIsScaledIntoTheMargins() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Built.fixture().bytes(GoldenPdfIT.PACK))) {
      int images = 0;
      for (PDPage page : doc.getPages()) {
        for (Rectangle2D r : imageBounds(page)) {
          float mm = 72 / 25.4f;
          assertTrue(
              r.getMinX() >= 14 * mm
                  && r.getMaxX() <= page.getMediaBox().getWidth() - 14 * mm
                  && r.getMinY() >= 14 * mm
                  && r.getMaxY() <= page.getMediaBox().getHeight() - 14 * mm,
              "image at " + r);
          if (r.getWidth() > 100 * mm) {
            images++;
          }
        }
      }
      assertTrue(images >= 1, "the wide chart is on a page");
    }
  }

  /** Where each image is drawn on {@code page}, in points. */
  private static List<Rectangle2D> imageBounds(PDPage page) throws IOException {
    List<Rectangle2D> out = new ArrayList<>();
    new PDFGraphicsStreamEngine(page) {
      @Override
      public void drawImage(PDImage image) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D r = new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), 0, 0);
        Point2D.Float p = m.transformPoint(1, 1);
        r.add(p);
        if (image.getWidth() > 1) {
          out.add(r); // not a 1-pixel placeholder that a supplied page replaced
        }
      }

      @Override
      public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

      @Override
      public void clip(int windingRule) {}

      @Override
      public void moveTo(float x, float y) {}

      @Override
      public void lineTo(float x, float y) {}

      @Override
      public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

      @Override
      public Point2D getCurrentPoint() {
        return new Point2D.Float();
      }

      @Override
      public void closePath() {}

      @Override
      public void endPath() {}

      @Override
      public void strokePath() {}

      @Override
      public void fillPath(int windingRule) {}

      @Override
      public void fillAndStrokePath(int windingRule) {}

      @Override
      public void shadingFill(COSName shadingName) {}

      void run() throws IOException {
        processPage(page);
      }
    }.run();
    return out;
  }
}
