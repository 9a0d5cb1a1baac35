package org.tabled.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.MacRomanEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.StandardEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tabled.files.FileTrust;

/**
 * An appendix supplied as a PDF (a partner's annual report, say), read once per build and inserted
 * into every pack and paper PDF that includes it.
 *
 * <p>Supplied PDFs are rarely tagged, and a pack must stay PDF/UA-1 valid. So each supplied page
 * becomes one figure in the pack's structure tree: the pack lays out a page holding an image with a
 * text alternative (the document's title, the page number and the page's own text, extracted here),
 * and {@link ExternalPages} then puts the supplied page where that image was drawn. The page is
 * inserted as vector graphics when that is safe for PDF/UA, that is when every font it uses is
 * embedded and maps its characters to Unicode ({@link #vector()}); otherwise it is inserted as a
 * 150 dpi picture of the page, which has no fonts at all.
 */
final class ExternalPdf {

  /**
   * One supplied page.
   *
   * @param width its width as displayed (after any rotation), in points
   * @param height its height as displayed, in points
   * @param text the text on it, for the text alternative
   */
  record Page(float width, float height, String text) {
    boolean landscape() {
      return width > height;
    }
  }

  private final String name;
  private final byte[] bytes;
  private final List<Page> pages;
  private final boolean vector;
  private final String summary;
  private final boolean alternative;

  private ExternalPdf(String name, byte[] bytes, List<Page> pages, boolean vector) {
    this(name, bytes, pages, vector, "", false);
  }

  private ExternalPdf(
      String name,
      byte[] bytes,
      List<Page> pages,
      boolean vector,
      String summary,
      boolean alternative) {
    this.name = name;
    this.bytes = bytes;
    this.pages = List.copyOf(pages);
    this.vector = vector;
    this.summary = summary;
    this.alternative = alternative;
  }

  /**
   * The same PDF with what the content gives for readers who cannot read it: a summary ({@code
   * alt_text}), read out for its pages, and whether the website has it as a web page.
   */
  ExternalPdf withAlternatives(String text, boolean webPage) {
    return new ExternalPdf(name, bytes, pages, vector, text, webPage);
  }

  /** True if the website publishes the same document as a web page ({@code alternative}). */
  boolean alternative() {
    return alternative;
  }

  /** The content's summary of it, or empty: then each page's own text is read out instead. */
  String summary() {
    return summary;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException if it cannot be read as a PDF (damaged, or protected by a password)
   */
  static ExternalPdf load(Path file, String name) throws IOException {
    if (!FileTrust.isRegularFile(file)) {
      throw new IOException(
          "it is no longer a regular file"); // checked when validated; it changed since
    }
    byte[] bytes = Files.readAllBytes(file);
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.getNumberOfPages() == 0) {
        throw new IOException("it has no pages");
      }
      List<Page> pages = new ArrayList<>();
      PDFTextStripper text = new PDFTextStripper();
      text.setSortByPosition(true);
      boolean vector = !doc.isEncrypted();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage p = doc.getPage(i);
        PDRectangle box = p.getCropBox();
        boolean turned = p.getRotation() % 180 != 0;
        text.setStartPage(i + 1);
        text.setEndPage(i + 1);
        pages.add(
            new Page(
                turned ? box.getHeight() : box.getWidth(),
                turned ? box.getWidth() : box.getHeight(),
                text.getText(doc).strip().replaceAll("\\s+", " ")));
        vector = vector && safeFonts(p.getResources(), new HashSet<>());
      }
      return new ExternalPdf(name, bytes, pages, vector);
    }
  }

  /**
   * True if {@code doc} is a tagged PDF: it says so ({@code /MarkInfo /Marked true}) and has a
   * structure tree, so that a screen reader can read it in order. Tabled inserts every supplied
   * page as a figure, but the copy of the file on the website is the partner's own.
   */
  static boolean tagged(PDDocument doc) {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    return catalog.getMarkInfo() != null
        && catalog.getMarkInfo().isMarked()
        && catalog.getStructureTreeRoot() != null
        && !catalog.getStructureTreeRoot().getKids().isEmpty();
  }

  /** The file name, for messages and the text alternative. */
  String name() {
    return name;
  }

  byte[] bytes() {
    return bytes.clone();
  }

  List<Page> pages() {
    return pages;
  }

  /** True if its pages can be inserted as vector graphics in a PDF/UA document. */
  boolean vector() {
    return vector;
  }

  /**
   * True if every font reachable from {@code res} (in forms, patterns and Type 3 glyphs too) is
   * embedded and has a Unicode mapping, as PDF/UA-1 (ISO 14289-1, 7.21) requires of all fonts used,
   * artifacts included.
   */
  private static boolean safeFonts(PDResources res, Set<COSBase> seen) throws IOException {
    if (res == null || !seen.add(res.getCOSObject())) {
      return true;
    }
    for (COSName n : res.getFontNames()) {
      PDFont f = res.getFont(n);
      if (f == null || f instanceof PDType3Font || !f.isEmbedded() || !unicode(f)) {
        return false;
      }
    }
    for (COSName n : res.getXObjectNames()) {
      PDXObject x = res.getXObject(n);
      if (x instanceof PDFormXObject form && !safeFonts(form.getResources(), seen)) {
        return false;
      }
    }
    for (COSName n : res.getPatternNames()) {
      PDAbstractPattern p = res.getPattern(n);
      if (p instanceof PDTilingPattern t && !safeFonts(t.getResources(), seen)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unicode(PDFont f) {
    if (f.getCOSObject().containsKey(COSName.TO_UNICODE)) {
      return true;
    }
    if (f instanceof PDSimpleFont s && !s.isSymbolic()) {
      Encoding e = s.getEncoding();
      return e instanceof WinAnsiEncoding
          || e instanceof MacRomanEncoding
          || e instanceof StandardEncoding;
    }
    return false;
  }
}
