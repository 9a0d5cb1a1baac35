package org.tabled.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Repairs the structure tree openhtmltopdf writes, so that a screen reader meets a pack in the
 * order, and with the content, a sighted reader does. Run after painting, before saving.
 *
 * <ul>
 *   <li><b>Captions first.</b> openhtmltopdf puts a table's {@code Caption} after its rows; it is
 *       moved to be the table's first child, where PDF/UA readers announce it.
 *   <li><b>Repeated header rows are artifacts.</b> A table that runs over several pages repeats its
 *       header row on each, and openhtmltopdf tags every repeat as more content of the same header
 *       cells ("Meeting Date Meeting Date Meeting Date"). The header's content on every page after
 *       its first becomes an artifact: it is still printed, but read once.
 *   <li><b>Elements marked in the print HTML.</b> A template marks an element with a private-use
 *       language tag, which openhtmltopdf copies into the element's {@code /Lang}: {@value #FIRST}
 *       moves it to the start of its document (a floated "Agenda Item 5" stamp, or the council's
 *       logo, which openhtmltopdf otherwise puts at the very end of the tree, after every
 *       document), and {@value #ARTIFACT} turns it into an artifact ("This page is intentionally
 *       left blank" is printed, not read). The marker is removed either way.
 * </ul>
 *
 * <p>Turning content into an artifact means rewriting its marked-content sequence in the page's
 * content stream ({@code /P <</MCID 5>> BDC} becomes {@code /Artifact BMC}), removing it from its
 * structure element and clearing its entry in the parent tree; only pages that need it are
 * rewritten.
 */
final class StructureFixes {

  /** Marks an element to be moved to the start of its document. */
  static final String FIRST = "x-tabled-first";

  /** Marks an element whose content is printed but not read. */
  static final String ARTIFACT = "x-tabled-artifact";

  private static final COSName MCR = COSName.getPDFName("MCR");
  private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");

  private final PDDocument pdf;

  /** For each page, the marked-content ids to turn into artifacts. */
  private final Map<COSDictionary, Set<Integer>> artifacts = new HashMap<>();

  private StructureFixes(PDDocument pdf) {
    this.pdf = pdf;
  }

  /** Applies every fix to {@code pdf}, in place. */
  static void apply(PDDocument pdf) throws IOException {
    COSDictionary root =
        pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
    if (root == null) {
      return;
    }
    new StructureFixes(pdf).run(root);
  }

  private void run(COSDictionary root) throws IOException {
    List<COSDictionary> all = new ArrayList<>();
    collect(root, all);
    List<COSDictionary> sections = new ArrayList<>();
    for (COSDictionary e : all) {
      String type = type(e);
      if (type.equals("Table")) {
        captionFirst(e);
      } else if (type.equals("Caption")) {
        captionIntoTable(e);
      } else if (type.equals("THead")) {
        repeatedHeader(e);
      } else if (type.equals("Sect")) {
        sections.add(e);
      }
    }
    for (COSDictionary e : all) {
      String lang = e.getString(COSName.LANG);
      if (lang != null && lang.endsWith(FIRST)) {
        e.removeItem(COSName.LANG);
        moveToStart(e, sections);
      } else if (lang != null && lang.endsWith(ARTIFACT)) {
        e.removeItem(COSName.LANG);
        makeArtifact(e);
      }
    }
    rewritePages(root);
  }

  // ---- The fixes ------------------------------------------------------------------------------

  private static void captionFirst(COSDictionary table) {
    COSArray kids = kids(table);
    for (int i = 1; i < kids.size(); i++) {
      if (kids.getObject(i) instanceof COSDictionary k && type(k).equals("Caption")) {
        COSBase item = kids.get(i);
        kids.remove(i);
        kids.add(0, item);
        return;
      }
    }
  }

  /**
   * Moves a caption that openhtmltopdf tagged beside its table (it lays a {@code <caption>} out as
   * a block of its own, after the table) into the table, first.
   */
  private static void captionIntoTable(COSDictionary caption) {
    COSDictionary parent = caption.getCOSDictionary(COSName.P);
    if (parent == null) {
      return;
    }
    COSArray kids = kids(parent);
    int i = indexOf(kids, caption);
    for (int j : new int[] {i - 1, i + 1}) {
      if (i >= 0
          && j >= 0
          && j < kids.size()
          && kids.getObject(j) instanceof COSDictionary t
          && type(t).equals("Table")) {
        kids.remove(i);
        kids(t).add(0, caption);
        caption.setItem(COSName.P, t);
        return;
      }
    }
  }

  private static int indexOf(COSArray kids, COSDictionary e) {
    for (int i = 0; i < kids.size(); i++) {
      if (kids.getObject(i) == e) {
        return i;
      }
    }
    return -1;
  }

  /** Keeps the header's content on its first page; every repeat becomes an artifact. */
  private void repeatedHeader(COSDictionary head) {
    List<Content> content = new ArrayList<>();
    contents(head, page(head), content);
    int first = Integer.MAX_VALUE;
    for (Content c : content) {
      first = Math.min(first, pageIndex(c.page()));
    }
    for (Content c : content) {
      if (pageIndex(c.page()) != first) {
        artifact(c);
        prune(c.owner(), head);
      }
    }
  }

  private void makeArtifact(COSDictionary e) {
    List<Content> content = new ArrayList<>();
    contents(e, page(e), content);
    content.forEach(this::artifact);
    COSDictionary parent = e.getCOSDictionary(COSName.P);
    if (parent != null) {
      removeKid(parent, e);
      prune(parent, null);
    }
  }

  /**
   * Moves {@code e} to be the first child of the section it is printed in: the last section that
   * starts on or before its page.
   */
  private void moveToStart(COSDictionary e, List<COSDictionary> sections) {
    int at = firstPage(e);
    COSDictionary target = null;
    for (COSDictionary s : sections) {
      int start = firstPage(s);
      if (s != e && start >= 0 && start <= at && !inside(s, e)) {
        target = s;
      }
    }
    COSDictionary parent = e.getCOSDictionary(COSName.P);
    if (target == null || parent == null || target == parent && kids(target).indexOf(e) == 0) {
      return;
    }
    removeKid(parent, e);
    COSArray kids = kids(target);
    kids.add(0, e);
    e.setItem(COSName.P, target);
  }

  // ---- Marked content -------------------------------------------------------------------------

  /**
   * A piece of marked content: its id on its page, and the structure element that holds it.
   *
   * @param page the page dictionary
   * @param mcid the marked-content id
   * @param owner the element whose {@code /K} names it
   * @param kid the entry in {@code /K} that names it
   */
  private record Content(COSDictionary page, int mcid, COSDictionary owner, COSBase kid) {}

  private static void contents(COSDictionary e, COSDictionary inherited, List<Content> out) {
    COSDictionary page =
        e.getCOSDictionary(COSName.PG) != null ? e.getCOSDictionary(COSName.PG) : inherited;
    for (COSBase raw : kids(e)) {
      COSBase k = raw instanceof COSObject o ? o.getObject() : raw;
      if (k instanceof COSInteger i && page != null) {
        out.add(new Content(page, i.intValue(), e, raw));
      } else if (k instanceof COSDictionary d && MCR.equals(d.getCOSName(COSName.TYPE))) {
        COSDictionary pg =
            d.getCOSDictionary(COSName.PG) != null ? d.getCOSDictionary(COSName.PG) : page;
        if (pg != null) {
          out.add(new Content(pg, d.getInt(COSName.MCID), e, raw));
        }
      } else if (k instanceof COSDictionary d && isElement(d)) {
        contents(d, page, out);
      }
    }
  }

  private void artifact(Content c) {
    artifacts.computeIfAbsent(c.page(), p -> new HashSet<>()).add(c.mcid());
    kids(c.owner()).remove(c.kid());
  }

  /** Rewrites the pages that hold new artifacts, and clears their entries in the parent tree. */
  private void rewritePages(COSDictionary root) throws IOException {
    COSDictionary parentTree = root.getCOSDictionary(COSName.PARENT_TREE);
    for (PDPage page : pdf.getPages()) {
      Set<Integer> ids = artifacts.getOrDefault(page.getCOSObject(), Set.of());
      if (ids.isEmpty()) {
        continue;
      }
      rewrite(page, ids);
      int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS);
      COSArray refs = parentTree == null || key < 0 ? null : numberTreeValue(parentTree, key);
      if (refs != null) {
        for (int id : ids) {
          if (id < refs.size()) {
            refs.set(id, COSNull.NULL);
          }
        }
      }
    }
  }

  private void rewrite(PDPage page, Set<Integer> ids) throws IOException {
    PDFStreamParser parser = new PDFStreamParser(page);
    List<Object> tokens = parser.parse();
    PDResources res = page.getResources();
    List<Object> out = new ArrayList<>(tokens.size());
    List<Object> operands = new ArrayList<>();
    for (Object t : tokens) {
      if (t instanceof Operator op) {
        int mcid =
            op.getName().equals("BDC") && operands.size() == 2 ? mcid(operands.get(1), res) : -1;
        if (ids.contains(mcid)) {
          out.add(COSName.ARTIFACT);
          out.add(Operator.getOperator("BMC"));
        } else {
          out.addAll(operands);
          out.add(op);
        }
        operands.clear();
      } else {
        operands.add(t);
      }
    }
    out.addAll(operands);
    PDStream stream = new PDStream(pdf);
    try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(os).writeTokens(out);
    }
    page.setContents(stream);
  }

  private static int mcid(Object props, PDResources res) {
    COSDictionary d = null;
    if (props instanceof COSDictionary dict) {
      d = dict;
    } else if (props instanceof COSName name && res != null) {
      COSDictionary all = res.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      d = all == null ? null : all.getCOSDictionary(name);
    }
    return d == null ? -1 : d.getInt(COSName.MCID);
  }

  // ---- The tree -------------------------------------------------------------------------------

  private static void collect(COSDictionary node, List<COSDictionary> out) {
    for (COSBase raw : kids(node)) {
      COSBase k = raw instanceof COSObject o ? o.getObject() : raw;
      if (k instanceof COSDictionary d && isElement(d)) {
        out.add(d);
        collect(d, out);
      }
    }
  }

  private static boolean isElement(COSDictionary d) {
    COSName t = d.getCOSName(COSName.TYPE);
    return d.containsKey(COSName.S) && (t == null || STRUCT_ELEM.equals(t));
  }

  private static String type(COSDictionary e) {
    COSName s = e.getCOSName(COSName.S);
    return s == null ? "" : s.getName();
  }

  /** The element's {@code /K} as an array, made one if it was a single kid. */
  private static COSArray kids(COSDictionary e) {
    COSBase k = e.getDictionaryObject(COSName.K);
    if (k instanceof COSArray a) {
      return a;
    }
    COSArray a = new COSArray();
    if (k != null) {
      a.add(e.getItem(COSName.K));
    }
    e.setItem(COSName.K, a);
    return a;
  }

  private static void removeKid(COSDictionary parent, COSDictionary kid) {
    COSArray kids = kids(parent);
    for (int i = 0; i < kids.size(); i++) {
      if (kids.getObject(i) == kid) {
        kids.remove(i);
        return;
      }
    }
  }

  /**
   * Removes {@code e}, and then each parent, while it is left with nothing in it, up to {@code
   * stop}.
   */
  private static void prune(COSDictionary e, COSDictionary stop) {
    COSDictionary x = e;
    while (x != null && x != stop && isElement(x) && kids(x).size() == 0) {
      COSDictionary parent = x.getCOSDictionary(COSName.P);
      if (parent == null) {
        return;
      }
      removeKid(parent, x);
      x = parent;
    }
  }

  private static boolean inside(COSDictionary outer, COSDictionary e) {
    for (COSDictionary x = e; x != null; x = x.getCOSDictionary(COSName.P)) {
      if (x == outer) {
        return true;
      }
    }
    return false;
  }

  private static COSDictionary page(COSDictionary e) {
    for (COSDictionary x = e; x != null; x = x.getCOSDictionary(COSName.P)) {
      COSDictionary pg = x.getCOSDictionary(COSName.PG);
      if (pg != null) {
        return pg;
      }
    }
    return null;
  }

  /** The index of the first page with content of {@code e}, or -1 if it has none. */
  private int firstPage(COSDictionary e) {
    List<Content> content = new ArrayList<>();
    contents(e, page(e), content);
    int first = Integer.MAX_VALUE;
    for (Content c : content) {
      first = Math.min(first, pageIndex(c.page()));
    }
    if (first == Integer.MAX_VALUE) {
      COSDictionary pg =
          e.getCOSDictionary(COSName.PG); // a figure's image may have no MCID of its own
      return pg == null ? -1 : pageIndex(pg);
    }
    return first;
  }

  private final Map<COSDictionary, Integer> pageIndexes = new HashMap<>();

  private int pageIndex(COSDictionary page) {
    if (pageIndexes.isEmpty()) {
      int i = 0;
      for (PDPage p : pdf.getPages()) {
        pageIndexes.put(p.getCOSObject(), i++);
      }
    }
    return pageIndexes.getOrDefault(page, Integer.MAX_VALUE);
  }

  /** The value for {@code key} in the number tree {@code node}. */
  private static COSArray numberTreeValue(COSDictionary node, int key) {
    COSArray nums = node.getCOSArray(COSName.NUMS);
    if (nums != null) {
      for (int i = 0; i + 1 < nums.size(); i += 2) {
        if (nums.getObject(i) instanceof COSNumber n && n.intValue() == key) {
          return nums.getObject(i + 1) instanceof COSArray a ? a : null;
        }
      }
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    if (kids != null) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          COSArray limits = kid.getCOSArray(COSName.LIMITS);
          if (limits == null || limits.getInt(0) <= key && key <= limits.getInt(1)) {
            COSArray found = numberTreeValue(kid, key);
            if (found != null) {
              return found;
            }
          }
        }
      }
    }
    return null;
  }
}
