package org.tabled.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * openhtmltopdf, set up the one way Tabled uses it: tagged PDF/UA-1, PDF 1.7, the embedded {@link
 * Fonts}, and no resources but local files and {@code data:} URIs (a build never goes to the
 * network, and a template cannot make it).
 *
 * <p>{@link #layout} lays a document out without painting it, which is the cheap half of a render
 * (about a third of the time): the pack renderer uses it to learn how many pages each document
 * takes, and then, on the second pass, to check the layout before painting it.
 */
final class PdfEngine {

  static {
    XRLog.setLoggingEnabled(false); // openhtmltopdf logs every render at INFO level to stderr
  }

  /** A laid-out document; paint it with {@link #pdf()}. Close it when done. */
  static final class Layout implements AutoCloseable {
    private final PdfBoxRenderer renderer;
    private final Shaping shaping;
    private final ParsedFaces.Lease fonts;

    private Layout(PdfBoxRenderer renderer, Shaping shaping, ParsedFaces.Lease fonts) {
      this.renderer = renderer;
      this.shaping = shaping;
      this.fonts = fonts;
    }

    /** The words shaped for this layout; {@link Shaping#spell} the PDF once saved. */
    Shaping shaping() {
      return shaping;
    }

    /** The number of pages. */
    int pages() {
      return renderer.getRootBox().getLayer().getPages().size();
    }

    /**
     * For each id, the first and last page (0-based) of the element with that id: the first is
     * where its first line of content is, the last where its box ends. Ids not found are left out.
     */
    Map<String, PageSpan> spans(Collection<String> ids) {
      Layer layer = renderer.getRootBox().getLayer();
      List<PageBox> pages = layer.getPages();
      Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
      Map<String, PageSpan> out = new LinkedHashMap<>();
      for (String id : ids) {
        Box box = boxes == null ? null : boxes.get(id);
        if (box != null) {
          int first = pageAt(pages, PagedBoxCollector.findContentStartY(box));
          int last = pageAt(pages, box.getAbsY() + box.getHeight() - 1);
          out.put(id, new PageSpan(first, Math.max(first, last)));
        }
      }
      return out;
    }

    /** The ids of every element laid out, sorted. */
    SortedSet<String> ids() {
      Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
      return boxes == null ? new TreeSet<>() : new TreeSet<>(boxes.keySet());
    }

    /** Paints the layout into a new PDF document, left open for post-processing. */
    PDDocument pdf() throws IOException {
      renderer.createPDFWithoutClosing();
      return renderer.getPdfDocument();
    }

    /** Closes the document, then gives its fonts back for the next. */
    @Override
    public void close() {
      try {
        renderer.close();
      } finally {
        fonts.close();
      }
    }

    private static int pageAt(List<PageBox> pages, int y) {
      int lo = 0;
      int hi = pages.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (pages.get(mid).getTop() <= y) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  /**
   * A page range, 0-based and inclusive.
   *
   * @param first the first page
   * @param last the last page
   */
  record PageSpan(int first, int last) {
    int count() {
      return last - first + 1;
    }
  }

  /**
   * The fonts to embed: Tabled's own until {@link #useFonts} gives the council's too. Set before
   * rendering starts (the engine is made before the council is known), read by every layout.
   */
  private volatile Fonts fonts = Fonts.DEFAULT;

  /** Embeds {@code f} from now on. */
  void useFonts(Fonts f) {
    fonts = Objects.requireNonNull(f, "fonts");
  }

  /** Parses {@code html} and lays it out. */
  Layout layout(String html) throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    Document doc = Jsoup.parse(html);
    PrintText.apply(doc);
    Fonts f = fonts;
    Shaping shaping = Shaping.apply(doc, f);
    b.withW3cDocument(new W3CDom().fromJsoup(doc), "file:///");
    Optional<Fonts.Metrics> metrics = f.metrics(shaping);
    metrics.ifPresent(m -> b.useCacheStore(CacheStore.PDF_FONT_METRICS, m));
    RightToLeft.register(b);
    b.useUnicodeLineBreaker(new LineBreaks());
    b.usePdfUaAccessibility(true);
    b.usePdfVersion(1.7f);
    b.withProducer("Tabled");
    b.useExternalResourceAccessControl(
        PdfEngine::local, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl(
        PdfEngine::local, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.toStream(new ByteArrayOutputStream()); // unused: the document is saved by the caller
    PdfBoxRenderer r = b.buildPdfRenderer();
    ParsedFaces.Lease lease = f.lease();
    try {
      if (r.getSharedContext().getCss().getFontFaceRules().isEmpty()) {
        metrics.ifPresent(Fonts.Metrics::open); // Tabled's faces are the only ones
      }
      f.register(r, shaping, lease);
      r.layout();
      TrailingPages.trim(r.getRootBox());
    } catch (RuntimeException e) {
      try {
        r.close();
      } finally {
        lease.close();
      }
      throw e;
    }
    return new Layout(r, shaping, lease);
  }

  /**
   * Only files (images the build has checked) and data: URIs are loaded; nothing from a network.
   */
  private static boolean local(String uri, ExternalResourceType type) {
    return uri != null && (uri.startsWith("file:") || uri.startsWith("data:"));
  }
}
