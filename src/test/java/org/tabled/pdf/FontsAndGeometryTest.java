package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.InputStream;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class FontsAndGeometryTest {

  @Test
  void fontWithoutGsubStillParsesWithItsGlyphsAndCmap() throws Exception {
    byte[] original;
    try (InputStream in =
        getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      original = in.readAllBytes();
    }
    byte[] stripped = TrueTypeTables.without(original, Set.of("GSUB"));
    try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
        TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
      assertNotNull(before.getTableMap().get("GSUB"));
      assertNull(after.getTableMap().get("GSUB"));
      assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
      assertEquals(
          before.getUnicodeCmapLookup().getGlyphId('£'),
          after.getUnicodeCmapLookup().getGlyphId('£'));
      assertEquals(before.getAdvanceWidth(36), after.getAdvanceWidth(36));
      assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
    }
    assertTrue(stripped.length < original.length);
  }

  @Test
  void suppliedPagesFitTheExternalPageAndKeepTheirShape() {
    double[] a4 = PageGeometry.fit(595.28, 841.89);
    assertEquals(178.0, a4[0], 0.1);
    assertEquals(178.0 * 841.89 / 595.28, a4[1], 0.2);
    double[] wide = PageGeometry.fit(841.89, 595.28);
    assertTrue(wide[0] <= 277 && wide[1] <= 170, wide[0] + " x " + wide[1]);
  }

  @Test
  void aTurnedSuppliedPageIsDrawnTheWayItIsRead() {
    PDRectangle crop = new PDRectangle(10, 20, 200, 100); // stored 200 wide, 100 high
    // /Rotate 90 turns it clockwise: the stored top-left corner is shown top-right
    AffineTransform t = ExternalPages.unitSquare(crop, 90);
    assertPoint(1, 1, t.transform(new Point2D.Double(10, 120), null));
    assertPoint(0, 1, t.transform(new Point2D.Double(10, 20), null));
    assertPoint(1, 0, t.transform(new Point2D.Double(210, 120), null));
    AffineTransform upright = ExternalPages.unitSquare(crop, 0);
    assertPoint(0, 0, upright.transform(new Point2D.Double(10, 20), null));
    assertPoint(1, 1, upright.transform(new Point2D.Double(210, 120), null));
    AffineTransform upsideDown = ExternalPages.unitSquare(crop, 180);
    assertPoint(1, 1, upsideDown.transform(new Point2D.Double(10, 20), null));
    AffineTransform left = ExternalPages.unitSquare(crop, 270);
    assertPoint(0, 0, left.transform(new Point2D.Double(10, 120), null));
  }

  @Test
  void longRunningHeadersAreCutAtAWord() {
    assertEquals("Short title", PrintDoc.shorten("Short title"));
    String cut =
        PrintDoc.shorten(
            "Appendix 1: Households in temporary accommodation, monthly figures, September 2025"
                + " to August 2026");
    assertTrue(cut.endsWith("…") && cut.length() <= PrintDoc.RUNHEAD_MAX, cut);
    assertTrue(
        cut.startsWith("Appendix 1: Households in temporary accommodation, monthly figures,"), cut);
  }

  private static void assertPoint(double x, double y, Point2D p) {
    assertEquals(x, p.getX(), 1e-9, p.toString());
    assertEquals(y, p.getY(), 1e-9, p.toString());
  }
}
