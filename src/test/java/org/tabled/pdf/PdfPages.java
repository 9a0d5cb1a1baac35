package org.tabled.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.tabled.model.HouseStyle;

/**
 * A PDF read back with PDFBox, page by page, the way a reader sees it: the running header (the text
 * in the top 14 mm), the body, and the footer (the bottom 14 mm); plus the outline and the document
 * information.
 *
 * <p>Text positions are sorted ({@code setSortByPosition}), so that text painted late (such as page
 * numbers worked out after layout) comes out where it is printed.
 */
final class PdfPages {

  /** 14 mm in points: the print stylesheet puts header and page number 9 mm from the edge. */
  private static final float EDGE = 14 * 72 / 25.4f;

  /**
   * One page.
   *
   * @param number its 1-based position
   * @param header the running header, or empty
   * @param body the text between header and footer, lines joined with '\n'
   * @param footer the footer ("Page 5"), or empty
   * @param landscape whether it is wider than tall
   * @param issue at the right of the foot of a reissued pack's pages, "Issue 2, 25 November 2026";
   *     else empty
   */
  record Page(
      int number, String header, String body, String footer, boolean landscape, String issue) {
    /** The body with all whitespace runs made single spaces, for finding text that wraps. */
    String flatBody() {
      return body.replaceAll("-\\R", "-")
          .replaceAll("\\s+", " ")
          .strip(); // a line may break after a hyphen
    }

    boolean isBlank() {
      return isBlank(HouseStyle.DEFAULT.word("blank_page"));
    }

    /** True if the page holds only {@code sentence}, the house style's blank-page wording. */
    boolean isBlank(String sentence) {
      return header.isEmpty() && body.equals(sentence);
    }
  }

  /**
   * An outline entry.
   *
   * @param title what it says
   * @param page the page it goes to (1-based), or 0 if none
   * @param depth 0 for a top-level entry
   */
  record Mark(String title, int page, int depth) {}

  /**
   * A link inside the PDF.
   *
   * @param from the page it is on
   * @param to the page it goes to
   */
  record Link(int from, int to) {}

  final List<Page> pages = new ArrayList<>();
  final List<Link> links = new ArrayList<>();
  final List<Mark> outline = new ArrayList<>();
  final String title;
  final String subject;
  final String author;
  final String lang;
  final Calendar created;
  final boolean tagged;

  PdfPages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      title = doc.getDocumentInformation().getTitle();
      subject = doc.getDocumentInformation().getSubject();
      author = doc.getDocumentInformation().getAuthor();
      created = doc.getDocumentInformation().getCreationDate();
      lang = doc.getDocumentCatalog().getLanguage();
      tagged =
          doc.getDocumentCatalog().getMarkInfo() != null
              && doc.getDocumentCatalog().getMarkInfo().isMarked();
      PDFTextStripperByArea strip = new PDFTextStripperByArea();
      strip.setSortByPosition(true);
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        strip.addRegion("header", new Rectangle2D.Float(0, 0, w, EDGE));
        strip.addRegion("body", new Rectangle2D.Float(0, EDGE, w, h - 2 * EDGE));
        // the right third of the foot holds a reissued pack's "Issue 2, DATE", apart from the
        // number
        strip.addRegion("footer", new Rectangle2D.Float(0, h - EDGE, w * 2 / 3, EDGE));
        strip.addRegion("issue", new Rectangle2D.Float(w * 2 / 3, h - EDGE, w / 3, EDGE));
        strip.extractRegions(page);
        pages.add(
            new Page(
                n,
                clean(strip.getTextForRegion("header")),
                clean(strip.getTextForRegion("body")),
                clean(strip.getTextForRegion("footer")),
                w > h,
                clean(strip.getTextForRegion("issue"))));
        for (var a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            PDDestination dest = link.getDestination();
            if (dest == null && link.getAction() instanceof PDActionGoTo go) {
              dest = go.getDestination();
            }
            if (dest instanceof PDPageDestination pd) {
              links.add(new Link(n, pd.retrievePageNumber() + 1));
            }
          }
        }
      }
      if (doc.getDocumentCatalog().getDocumentOutline() != null) {
        outline(doc, doc.getDocumentCatalog().getDocumentOutline(), 0);
      }
    }
  }

  Page page(int number) {
    return pages.get(number - 1);
  }

  int count() {
    return pages.size();
  }

  /**
   * Every page's text as one string, for "never contains" checks: lines broken after a hyphen are
   * joined ("LARKSPUR-APPENDIX-" / "CANARY-9902") and other whitespace made single spaces.
   */
  String allText() {
    StringBuilder s = new StringBuilder();
    pages.forEach(
        p ->
            s.append(p.header())
                .append('\n')
                .append(p.body())
                .append('\n')
                .append(p.footer())
                .append('\n'));
    return s.toString().replaceAll("-\\R", "-").replaceAll("\\s+", " ");
  }

  private void outline(PDDocument doc, PDOutlineNode node, int depth) throws IOException {
    for (PDOutlineItem item : node.children()) {
      PDDestination dest = item.getDestination();
      if (dest == null && item.getAction() instanceof PDActionGoTo go) {
        dest = go.getDestination();
      }
      int page = dest instanceof PDPageDestination pd ? pd.retrievePageNumber() + 1 : 0;
      outline.add(new Mark(item.getTitle(), page, depth));
      outline(doc, item, depth + 1);
    }
  }

  private static String clean(String s) {
    List<String> lines = new ArrayList<>();
    for (String l : s.split("\\R")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    return String.join("\n", lines);
  }
}
