package org.tabled.pdf;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Puts the pages of supplied PDFs into a rendered pack, in place of the placeholder images that
 * reserved their space.
 *
 * <p>openhtmltopdf draws each placeholder ({@link #PLACEHOLDER}, one image per reserved page) as an
 * image XObject painted into the unit square, inside the marked-content sequence of a tagged {@code
 * /Figure} that carries the page's text alternative. Replacing that XObject in the page's resources
 * with the supplied page, transformed to fill the same unit square, puts the supplied page exactly
 * where the placeholder was, inside the figure, without touching the content stream or the
 * structure tree. The page number and running header around it are the pack's own.
 *
 * <p>Marked-content operators are removed from inserted vector pages: a tagged source PDF's marked
 * content refers to a structure tree that is not copied, and would otherwise nest inside the
 * figure's own.
 */
final class ExternalPages {

  /** The placeholder image, a white pixel that the page layout stretches to the page's size. */
  static final String PLACEHOLDER = placeholder();

  private static final Set<String> MARKED_CONTENT = Set.of("BMC", "BDC", "EMC");
  private static final float RASTER_DPI = 150;

  private ExternalPages() {}

  /**
   * Replaces the placeholders on pages {@code firstPage} (0-based) onwards with the pages of {@code
   * pdf}. Returns the source document, which must stay open until {@code target} is saved.
   */
  static PDDocument insert(PDDocument target, int firstPage, ExternalPdf pdf) throws IOException {
    PDDocument source = Loader.loadPDF(pdf.bytes());
    source.setAllSecurityToBeRemoved(true);
    LayerUtility layers = new LayerUtility(target);
    PDFRenderer raster = pdf.vector() ? null : new PDFRenderer(source);
    for (int i = 0; i < source.getNumberOfPages(); i++) {
      PDPage host = target.getPage(firstPage + i);
      PDXObject replacement =
          pdf.vector()
              ? form(layers, source, source.getPage(i))
              : JPEGFactory.createFromImage(
                  target, raster.renderImageWithDPI(i, RASTER_DPI, ImageType.RGB), 0.85f);
      replacePlaceholder(host, replacement, firstPage + i);
    }
    return source;
  }

  private static void replacePlaceholder(PDPage host, PDXObject replacement, int index)
      throws IOException {
    PDResources res = host.getResources();
    List<COSName> images = new ArrayList<>();
    for (COSName n : res.getXObjectNames()) {
      if (res.getXObject(n) instanceof PDImageXObject) {
        images.add(n);
      }
    }
    if (images.size() != 1) {
      throw new IllegalStateException(
          "page " + (index + 1) + " should hold one placeholder image, not " + images.size());
    }
    res.put(images.get(0), replacement);
  }

  /** The supplied page as a form XObject that fills the unit square, as an image would. */
  private static PDFormXObject form(LayerUtility layers, PDDocument source, PDPage page)
      throws IOException {
    PDFormXObject form = layers.importPageAsForm(source, page);
    PDRectangle crop = page.getCropBox();
    form.setBBox(crop);
    form.setMatrix(unitSquare(crop, page.getRotation()));
    stripMarkedContent(form, new HashSet<>());
    return form;
  }

  /**
   * Maps the crop box, turned as the page's {@code /Rotate} says (clockwise, in quarter turns),
   * onto the unit square.
   */
  static AffineTransform unitSquare(PDRectangle crop, int rotate) {
    double x0 = crop.getLowerLeftX();
    double y0 = crop.getLowerLeftY();
    double w = crop.getWidth();
    double h = crop.getHeight();
    return switch (((rotate % 360) + 360) % 360) {
      case 90 -> new AffineTransform(0, -1 / w, 1 / h, 0, -y0 / h, 1 + x0 / w);
      case 180 -> new AffineTransform(-1 / w, 0, 0, -1 / h, 1 + x0 / w, 1 + y0 / h);
      case 270 -> new AffineTransform(0, 1 / w, -1 / h, 0, 1 + y0 / h, -x0 / w);
      default -> new AffineTransform(1 / w, 0, 0, 1 / h, -x0 / w, -y0 / h);
    };
  }

  /**
   * Rewrites the content of {@code form}, and of forms it uses, without marked-content operators.
   */
  private static void stripMarkedContent(PDFormXObject form, Set<COSBase> seen) throws IOException {
    if (!seen.add(form.getCOSObject())) {
      return;
    }
    PDFStreamParser parser = new PDFStreamParser(form);
    List<Object> tokens = parser.parse();
    List<Object> kept = new ArrayList<>();
    List<Object> operands = new ArrayList<>();
    boolean changed = false;
    for (Object t : tokens) {
      if (t instanceof Operator op) {
        if (MARKED_CONTENT.contains(op.getName())) {
          changed = true;
        } else {
          kept.addAll(operands);
          kept.add(op);
        }
        operands.clear();
      } else {
        operands.add(t);
      }
    }
    kept.addAll(operands);
    if (changed) {
      PDStream stream = form.getContentStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        new ContentStreamWriter(out).writeTokens(kept);
      }
    }
    PDResources res = form.getResources();
    if (res != null) {
      for (COSName n : res.getXObjectNames()) {
        if (res.getXObject(n) instanceof PDFormXObject inner) {
          stripMarkedContent(inner, seen);
        }
      }
    }
  }

  private static String placeholder() {
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    pixel.setRGB(0, 0, 0xffffff);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(pixel, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
