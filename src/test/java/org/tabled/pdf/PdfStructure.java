package org.tabled.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read back through its structure tree, the way a screen reader reads it: sections,
 * tables with their rows and cells, paragraphs and links, each with its text and the pages its
 * content is on. Tests use it to find which row of a table says what, and on which pages a block of
 * text really is, independently of how the PDF was made.
 *
 * <p>Text is rebuilt from the marked content of each element, with a space wherever the glyphs jump
 * to a new line or leave a gap; runs of whitespace are single spaces.
 */
final class PdfStructure {

  /**
   * An element of the structure tree.
   *
   * @param type its structure type: Sect, Div, P, H1, Table, TR, TH, TD, Link …
   * @param text its text, whitespace normalised
   * @param pages the pages (1-based) its content is on
   * @param kids its child elements
   * @param link for a Link: where it goes
   * @param lang its own language ({@code /Lang}), or empty
   * @param alt its text alternative ({@code /Alt}), or empty
   */
  record Node(
      String type,
      String text,
      SortedSet<Integer> pages,
      List<Node> kids,
      Target link,
      String lang,
      String alt) {

    /** The elements of type {@code t} under this one (not itself), in reading order. */
    List<Node> all(String t) {
      List<Node> out = new ArrayList<>();
      collect(this, n -> n.type().equals(t), out);
      return out;
    }

    /** Every element under this one, in reading order. */
    List<Node> descendants() {
      List<Node> out = new ArrayList<>();
      collect(this, n -> true, out);
      return out;
    }

    /** The child elements of type {@code t}. */
    List<Node> kids(String t) {
      return kids.stream().filter(k -> k.type().equals(t)).toList();
    }

    private static void collect(Node n, Predicate<Node> p, List<Node> out) {
      for (Node k : n.kids()) {
        if (p.test(k)) {
          out.add(k);
        }
        collect(k, p, out);
      }
    }
  }

  /**
   * Where a link goes.
   *
   * @param page for a link inside the PDF, the page (1-based); else 0
   * @param uri for a link out of the PDF, its address; else empty
   */
  record Target(int page, String uri) {}

  /**
   * A link as the reader meets it, its pieces on several lines joined: its text, where it goes and
   * the text that follows it.
   *
   * @param text the link's text
   * @param target where it goes
   * @param after the text after it, up to 120 characters
   * @param page the page it starts on
   */
  record LinkRun(String text, Target target, String after, int page) {}

  final Node root;
  final String text;
  final List<LinkRun> links;

  private final PDDocument doc;
  private final Map<PDPage, Map<Integer, List<TextPosition>>> content = new HashMap<>();
  private final StringBuilder flat = new StringBuilder();
  private final List<int[]> linkSpans = new ArrayList<>();
  private final List<Target> linkTargets = new ArrayList<>();

  /**
   * The last glyph appended, and its page: where the next text goes relative to it decides the
   * space.
   */
  private TextPosition lastText;

  private PDPage lastPage;

  private PdfStructure(PDDocument doc) throws IOException {
    this.doc = doc;
    for (PDPage page : doc.getPages()) {
      PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
      ex.processPage(page);
      Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
      for (PDMarkedContent mc : ex.getMarkedContents()) {
        positions(mc, byMcid);
      }
      content.put(page, byMcid);
    }
    List<Node> top = new ArrayList<>();
    for (Object k : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
      if (k instanceof PDStructureElement e) {
        top.add(node(e, null));
      }
    }
    root = new Node("Root", "", new TreeSet<>(), top, null, "", "");
    text = normalise(flat.toString());
    links = runs();
  }

  /** Reads {@code pdf}'s structure tree. */
  static PdfStructure of(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PdfStructure(doc);
    }
  }

  /** Every element of type {@code t}, in reading order. */
  List<Node> all(String t) {
    return root.all(t);
  }

  private static void positions(PDMarkedContent mc, Map<Integer, List<TextPosition>> out) {
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t && mc.getMCID() >= 0) {
        out.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()).add(t);
      } else if (o instanceof PDMarkedContent inner) {
        positions(inner, out);
      }
    }
  }

  private Node node(PDStructureElement e, PDPage inherited) throws IOException {
    PDPage page = e.getPage() != null ? e.getPage() : inherited;
    int start = flat.length();
    SortedSet<Integer> pages = new TreeSet<>();
    List<Node> kids = new ArrayList<>();
    Target link = null;
    for (Object k : e.getKids()) {
      if (k instanceof Integer mcid) {
        append(page, mcid, pages);
      } else if (k instanceof PDMarkedContentReference r) {
        append(r.getPage() != null ? r.getPage() : page, r.getMCID(), pages);
      } else if (k instanceof PDStructureElement child) {
        Node n = node(child, page);
        pages.addAll(n.pages());
        kids.add(n);
      } else if (k instanceof PDObjectReference ref
          && ref.getReferencedObject() instanceof PDAnnotationLink a) {
        link = target(a);
      }
    }
    if ("Link".equals(e.getStructureType()) && link != null) {
      linkSpans.add(new int[] {start, flat.length(), pages.isEmpty() ? 0 : pages.first()});
      linkTargets.add(link);
    }
    return new Node(
        e.getStructureType(),
        normalise(flat.substring(start)),
        pages,
        kids,
        link,
        e.getLanguage() == null ? "" : e.getLanguage(),
        e.getAlternateDescription() == null ? "" : e.getAlternateDescription());
  }

  private void append(PDPage page, int mcid, SortedSet<Integer> pages) {
    if (page == null) {
      return;
    }
    List<TextPosition> ts = content.getOrDefault(page, Map.of()).get(mcid);
    if (ts == null || ts.isEmpty()) {
      return;
    }
    pages.add(doc.getPages().indexOf(page) + 1);
    TextPosition last = lastPage == page ? lastText : null;
    if (last == null) {
      flat.append(' ');
    }
    for (TextPosition t : ts) {
      if (last != null) {
        boolean newLine = Math.abs(t.getYDirAdj() - last.getYDirAdj()) > last.getHeightDir() * 0.5f;
        float gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        boolean hyphenBreak = newLine && last.getUnicode().endsWith("-"); // "2025-" / "26"
        if (!hyphenBreak && (newLine || gap > last.getWidthOfSpace() * 0.5f)) {
          flat.append(' ');
        }
      }
      flat.append(t.getUnicode());
      last = t;
    }
    lastText = last;
    lastPage = page;
  }

  private Target target(PDAnnotationLink a) throws IOException {
    PDDestination dest = a.getDestination();
    if (dest == null && a.getAction() instanceof PDActionGoTo go) {
      dest = go.getDestination();
    }
    if (dest instanceof PDPageDestination pd) {
      return new Target(pd.retrievePageNumber() + 1, "");
    }
    if (a.getAction() instanceof PDActionURI uri) {
      return new Target(0, uri.getURI());
    }
    return new Target(0, "");
  }

  /** Joins the pieces of each link (one per line it is broken over) and reads what follows. */
  private List<LinkRun> runs() {
    List<LinkRun> out = new ArrayList<>();
    String all = flat.toString();
    for (int i = 0; i < linkSpans.size(); i++) {
      int start = linkSpans.get(i)[0];
      int end = linkSpans.get(i)[1];
      Target t = linkTargets.get(i);
      while (i + 1 < linkSpans.size()
          && linkTargets.get(i + 1).equals(t)
          && all.substring(end, linkSpans.get(i + 1)[0]).isBlank()) {
        i++;
        end = linkSpans.get(i)[1];
      }
      String after = normalise(all.substring(end, Math.min(all.length(), end + 160)));
      out.add(
          new LinkRun(
              normalise(all.substring(start, end)),
              t,
              after.substring(0, Math.min(120, after.length())),
              linkSpans.get(i)[2]));
    }
    return out;
  }

  static String normalise(String s) {
    return s.replaceAll("\\s+", " ").replace(" )", ")").replace("( ", "(").strip();
  }
}
