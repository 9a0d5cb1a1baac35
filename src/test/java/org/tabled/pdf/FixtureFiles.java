package org.tabled.pdf;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes the binary files of the {@code golden-pdf} fixture council (images and supplied PDFs), so
 * that they can be remade and reviewed: {@code java -cp … org.tabled.pdf.FixtureFiles CONTENT_DIR}.
 *
 * <ul>
 *   <li>{@code friends-survey.pdf}: a supplied PDF that is safe to insert as vector graphics (fonts
 *       embedded, with Unicode mappings), with a portrait page, a landscape page and a page turned
 *       by {@code /Rotate 90};
 *   <li>{@code millfield-masterplan.pdf}: a supplied PDF in Helvetica, not embedded, which PDF/UA
 *       does not allow, so Tabled must insert it as a picture.
 * </ul>
 */
public final class FixtureFiles {

  private FixtureFiles() {}

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    Path papers =
        content.resolve("committees/environment/meetings/2026-03-17/papers/green-spaces-strategy");
    logo(content.resolve("assets/logo.png"));
    chart(papers.resolve("visits-2025.png"));
    survey(papers.resolve("friends-survey.pdf"));
    masterplan(papers.resolve("millfield-masterplan.pdf"));
  }

  private static void logo(Path out) throws IOException {
    BufferedImage img = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 240, 80);
    g.setColor(new Color(0x1d5e3a));
    g.fillOval(8, 8, 64, 64);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    g.drawString("Harrowdene", 82, 46);
    g.dispose();
    ImageIO.write(img, "png", out.toFile());
  }

  private static void chart(Path out) throws IOException {
    int[] visits = {920, 610, 430, 380, 310, 250};
    // 1200 pixels wide: far wider than the page at 96 dpi, so it must be scaled to fit
    BufferedImage img = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 400);
    g.setColor(new Color(0x2b6cb0));
    for (int i = 0; i < visits.length; i++) {
      int h = visits[i] * 350 / 1000;
      g.fillRect(80 + i * 184, 380 - h, 120, h);
    }
    g.setColor(Color.BLACK);
    g.drawLine(60, 380, 1180, 380);
    g.dispose();
    ImageIO.write(img, "png", out.toFile());
  }

  private static void survey(Path out) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream regular =
            FixtureFiles.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
      PDFont font = PDType0Font.load(doc, regular);
      page(
          doc,
          font,
          PDRectangle.A4,
          0,
          "Friends of Parks survey 2025",
          "412 members of Friends of Parks groups answered the survey in October 2025.",
          "Most valued: trees, quiet places and clean toilets.");
      page(
          doc,
          font,
          new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
          0,
          "Results by park (landscape page)",
          "Millfield Park: 91 per cent satisfied.",
          "Fenside Meadows: 64 per cent satisfied.");
      page(
          doc,
          font,
          PDRectangle.A4,
          90,
          "Comments (page turned on the sheet)",
          "This page is stored portrait and turned a quarter clockwise by the PDF.",
          "Survey page 3 of 3.");
      fixedId(doc);
      save(doc, out);
    }
  }

  private static void masterplan(Path out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page =
          new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.setNonStrokingColor(new Color(0x9ae6b4));
        cs.addRect(80, 80, 520, 360);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        text(cs, helvetica, 20, 80, 500, "Millfield Park masterplan (drawing MP-03, not to scale)");
        text(cs, helvetica, 12, 100, 250, "New wetland area and boardwalk");
      }
      fixedId(doc);
      save(doc, out);
    }
  }

  private static void page(
      PDDocument doc, PDFont font, PDRectangle size, int rotate, String... lines)
      throws IOException {
    PDPage page = new PDPage(size);
    page.setRotation(rotate);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      float y = size.getHeight() - 80;
      boolean first = true;
      for (String line : lines) {
        text(cs, font, first ? 20 : 12, 60, y, line);
        y -= first ? 40 : 20;
        first = false;
      }
    }
  }

  private static void text(
      PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static void fixedId(PDDocument doc) {
    COSArray id = new COSArray();
    id.add(new COSString("tabled-fixture".getBytes(StandardCharsets.US_ASCII)));
    id.add(new COSString("tabled-fixture".getBytes(StandardCharsets.US_ASCII)));
    doc.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  /** Saves as PDFBox does, with the cross-reference stream listing itself (qpdf --check clean). */
  private static void save(PDDocument doc, Path out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    Files.write(out, XrefStream.withOwnEntry(bytes.toByteArray()));
  }
}
