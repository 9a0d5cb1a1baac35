package org.tabled.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.tabled.diag.Diagnostics;
import org.tabled.pdf.view.Bookmark;
import org.tabled.pdf.view.PackPage;
import org.tabled.pdf.view.PackPage.DocSlot;
import org.tabled.pdf.view.PackPage.ExtPage;
import org.tabled.template.ModelDigest;
import org.tabled.template.Templates;

/**
 * Assembles the single HTML document that openhtmltopdf renders for a {@link Book}, with {@code
 * print/pack.ftlh}: the head (metadata, page rules, print stylesheet), the bookmarks, and one
 * {@code <section>} per document.
 *
 * <p>It makes two versions. The first pass ({@link #firstPass}) only serves to count each
 * document's pages: it has no blank pages and no supplied PDFs (their page counts are known), its
 * front sheet has placeholder page ranges, and it leaves out documents whose count is already known
 * from an identical section laid out before. The final version ({@link #finalPass}) has everything
 * where the {@link PagePlan} puts it.
 */
final class PackHtml {

  // CSS selectors parsed once: parsing one on each select() was a tenth of rendering a page
  private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");

  static final String TEMPLATE = "print/pack.ftlh";

  /** The front sheet's template, which writes the agenda items' ids that bookmarks point to. */
  static final String FRONT_SHEET = "print/front-sheet.ftlh";

  private final Templates templates;
  private final Diagnostics d;

  PackHtml(Templates templates, Diagnostics d) {
    this.templates = templates;
    this.d = d;
  }

  /**
   * The layout-only version, for the documents whose page counts are not already known.
   *
   * @param parts the HTML to lay out, in one or more independent parts (none if every count is
   *     known): each document starts on a new page, so how it lays out does not depend on what
   *     comes before it, and the parts can be laid out at the same time
   * @param keys for each HTML document (not supplied PDFs), a digest of everything in its section:
   *     two sections with the same digest take the same number of pages
   */
  record FirstPass(List<String> parts, Map<String, String> keys) {}

  /**
   * The layout-only version: HTML documents only, the front sheet with placeholder ranges, and only
   * the documents whose digest {@code known} does not already hold, split into at most {@code
   * parts} parts of about the same size, each of at least {@code minSize} characters of documents
   * (a small book stays in one).
   */
  FirstPass firstPass(Book book, Predicate<String> known, int parts, long minSize) {
    Map<String, String> keys = new LinkedHashMap<>();
    List<DocSlot> slots = new ArrayList<>();
    long size = 0;
    for (DocSlot slot : slots(book, null)) {
      String key = digest(slot);
      keys.put(slot.id(), key);
      if (!known.test(key)) {
        slots.add(slot);
        size += slot.html().length();
      }
    }
    int n = (int) Math.max(1, Math.min(Math.min(parts, slots.size()), size / Math.max(1, minSize)));
    List<String> out = new ArrayList<>();
    int from = 0;
    long done = 0;
    for (int i = 0; i < slots.size(); i++) {
      done += slots.get(i).html().length();
      boolean last = i == slots.size() - 1;
      if (last || done * n >= size * (out.size() + 1) && out.size() < n - 1) {
        // page numbers after references are placeholders of the usual width until laid out
        // (PageNumbers)
        out.add(PageNumbers.fill(html(book, slots.subList(from, i + 1)), Optional.empty()));
        from = i + 1;
      }
    }
    return new FirstPass(List.copyOf(out), keys);
  }

  /**
   * The version to print, as the template wrote it, with the ids it must hold; {@link #check} it
   * before it is laid out, unless this very text was checked before.
   *
   * @param html the HTML
   * @param documents the ids of the documents and blank pages, each of which must be there once
   * @param bookmarks the ids the bookmarks point to, each of which must be there once
   */
  record Final(
      Supplier<String> text,
      List<String> documents,
      List<String> bookmarks,
      Optional<String> digest) {

    /**
     * The HTML, written when first asked for: a pack whose digest finds its PDF in the build cache
     * never needs it.
     */
    String html() {
      return text.get();
    }
  }

  /**
   * The version to print, following {@code plan}, not checked yet, with a digest of what its
   * template was given ({@link ModelDigest}), which stands for its HTML; each file the HTML names
   * held in the digest as {@code content} gives it. Empty if the data holds a value that cannot be
   * digested: the caller digests the HTML then.
   */
  Final finalPass(Book book, PagePlan plan, UnaryOperator<String> content) {
    return finalPass(book, plan, Optional.of(content));
  }

  /** {@link #finalPass(Book, PagePlan, UnaryOperator)} with no digest, only to be checked. */
  Final finalPass(Book book, PagePlan plan) {
    return finalPass(book, plan, Optional.empty());
  }

  private Final finalPass(Book book, PagePlan plan, Optional<UnaryOperator<String>> content) {
    List<String> targets = new ArrayList<>();
    collect(book.bookmarks(), targets);
    List<DocSlot> slots = slots(book, plan);
    PackPage page = page(book, slots);
    Optional<String> digest = Optional.empty();
    if (content.isPresent()) {
      try {
        digest =
            Optional.of(
                ModelDigest.of(
                    List.of(TEMPLATE, page, book.meta().words()), measured::get, content.get()));
      } catch (IllegalArgumentException e) {
        digest = Optional.empty(); // the caller digests the HTML
      }
    }
    // with a digest, the template is run only if the HTML is wanted; without, it is wanted
    Supplier<String> text =
        digest.isPresent()
            ? Paginator.once(() -> render(book, page))
            : constant(render(book, page));
    return new Final(text, ids(slots), List.copyOf(targets), digest);
  }

  private static Supplier<String> constant(String s) {
    return () -> s;
  }

  /**
   * Checks that {@code made} holds the ids it must; a problem goes to the diagnostics and throws
   * {@link TemplateFailed}.
   */
  void check(Final made) {
    requireIds(made.html(), made.documents(), made.bookmarks()); // one parse for both
  }

  private static void collect(List<Bookmark> marks, List<String> into) {
    for (Bookmark b : marks) {
      if (b.href().startsWith("#item-")) { // written by the front sheet's template
        into.add(b.href().substring(1));
      }
      collect(b.children(), into);
    }
  }

  /** The ids of the book's documents in order, front sheet first. */
  static List<String> ids(Book book) {
    List<String> ids = new ArrayList<>();
    if (book.front().isPresent()) {
      ids.add(Book.FRONT_ID);
    }
    book.docs().forEach(doc -> ids.add(doc.id()));
    return ids;
  }

  private List<DocSlot> slots(Book book, PagePlan plan) {
    List<DocSlot> slots = new ArrayList<>();
    boolean restartNext = false;
    if (book.front().isPresent()) {
      String html = book.front().get().apply(plan);
      boolean blank = plan != null && plan.slot(Book.FRONT_ID).blankAfter();
      String numbering = book.numberFront() ? "" : " unnumbered";
      slots.add(
          new DocSlot(
              Book.FRONT_ID,
              "front" + numbering,
              "",
              "",
              html,
              List.of(),
              blank,
              numbering.strip(),
              ""));
      restartNext = !book.numberFront();
    }
    int previousItem = -1;
    for (PrintDoc doc : book.docs()) {
      String flag = doc.item() > 0 && doc.item() != previousItem ? "Agenda Item " + doc.item() : "";
      previousItem = doc.item();
      if (plan == null && doc.external().isPresent()) {
        continue; // its page count is known without layout
      }
      StringBuilder classes = new StringBuilder(doc.kind().css());
      if (doc.landscape()) {
        classes.append(" landscape");
      }
      if (restartNext) {
        classes.append(" restart");
        restartNext = false;
      }
      List<ExtPage> pages = List.of();
      if (doc.external().isPresent()) {
        pages = externalPages(doc);
        if (pages.get(0).landscape()) {
          classes.append(" external-landscape");
        }
      }
      boolean blank = plan != null && plan.slot(doc.id()).blankAfter();
      slots.add(
          new DocSlot(
              doc.id(),
              classes.toString(),
              doc.runhead(),
              flag,
              doc.html(),
              pages,
              blank,
              "",
              doc.mark()));
    }
    return slots;
  }

  /** The HTML of {@code slots}, checked to hold their ids. */
  private String html(Book book, List<DocSlot> slots) {
    String html = render(book, slots);
    requireIds(html, ids(slots), List.of());
    return html;
  }

  /** The ids of {@code slots} and of their blank pages. */
  private static List<String> ids(List<DocSlot> slots) {
    List<String> ids = new ArrayList<>();
    for (DocSlot slot : slots) {
      ids.add(slot.id());
      if (slot.blankAfter()) {
        ids.add(Paginator.blankId(slot.id()));
      }
    }
    return List.copyOf(ids);
  }

  /** The HTML of {@code slots}, as the template writes it. */
  private String render(Book book, List<DocSlot> slots) {
    return render(book, page(book, slots));
  }

  private String render(Book book, PackPage page) {
    return templates
        .render(TEMPLATE, Map.of("pack", page, "words", book.meta().words()), d)
        .orElseThrow(() -> new TemplateFailed(TEMPLATE));
  }

  /** What the template is given of {@code book}, with {@code slots}. */
  private static PackPage page(Book book, List<DocSlot> slots) {
    return new PackPage(
        book.meta().lang(),
        book.meta().title(),
        book.meta().subject(),
        book.meta().author(),
        book.meta().keywords(),
        PageGeometry.css(),
        book.meta().mark(),
        book.bookmarks(),
        slots,
        book.meta().pagePrefix(),
        book.meta().reissued(),
        book.meta().changed(),
        book.meta().issueFooter());
  }

  /**
   * The pages are found by the ids the templates write: a council's template that leaves one out
   * (or writes it twice) would leave the page numbers unknown. That is an error at the template
   * that should have written it, not a failure of Tabled.
   */
  private void requireIds(String html, List<String> documents, List<String> bookmarks) {
    Map<String, Integer> seen = new HashMap<>();
    for (Element e : Jsoup.parse(html).select(WITH_ID)) {
      seen.merge(e.id(), 1, Integer::sum);
    }
    requireIds(seen, documents, "the document");
    requireIds(seen, bookmarks, "the bookmark");
  }

  private void requireIds(Map<String, Integer> seen, List<String> required, String what) {
    for (String id : required) {
      int n = seen.getOrDefault(id, 0);
      if (n == 1) {
        continue;
      }
      boolean item = id.startsWith("item-");
      String template = item ? FRONT_SHEET : TEMPLATE;
      String wanted =
          item
              ? "id=\"item-${i.number}\" on each agenda item"
              : id.startsWith("blank-")
                  ? "id=\"blank-${d.id}\" on each blank page"
                  : "id=\"${d.id}\" on each document's section";
      d.error(
          templates.locate(
              template, item ? "item-" : id.startsWith("blank-") ? "blank" : "<section", "<#list"),
          "the PDF's pages cannot be worked out: "
              + what
              + " '"
              + id
              + "' "
              + (n == 0 ? "is missing from" : "appears " + n + " times in")
              + " the HTML this template writes",
          "keep " + wanted + ", as the built-in " + template + " does");
      throw new TemplateFailed(template);
    }
  }

  /**
   * Each digest {@link #digest} worked out, by the very HTML it was of: the final pass writes the
   * digest of a document's HTML into its own ({@link ModelDigest}) rather than the HTML again.
   */
  private final Map<String, String> measured = Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * A digest of what decides how a section lays out: its classes, header, flag and content,
   * remembered by its HTML.
   */
  private String digest(DocSlot slot) {
    String key = digestOf(slot);
    measured.put(slot.html(), key);
    return key;
  }

  private static String digestOf(DocSlot slot) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            slot.classes(), slot.runhead(), slot.exemptMark(), slot.flag(), slot.html()
          }) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ExtPage> externalPages(PrintDoc doc) {
    ExternalPdf pdf = doc.external().orElseThrow();
    List<ExtPage> out = new ArrayList<>();
    int n = pdf.pages().size();
    for (int i = 0; i < n; i++) {
      ExternalPdf.Page p = pdf.pages().get(i);
      double[] size = PageGeometry.fit(p.width(), p.height());
      String alt = alt(doc.runhead(), pdf, i);
      out.add(new ExtPage(ExternalPages.PLACEHOLDER, alt, mm(size[0]), mm(size[1]), p.landscape()));
    }
    return out;
  }

  /**
   * The text alternative of page {@code i} of a supplied PDF: with the content's summary, the first
   * page gives it and the others say where it is; with a web page version, where that is; with
   * neither (a tagged PDF), each page gives its own text.
   */
  static String alt(String runhead, ExternalPdf pdf, int i) {
    int n = pdf.pages().size();
    String where =
        runhead + ", page " + (i + 1) + " of " + n + " of a document supplied as a PDF. ";
    if (!pdf.summary().isEmpty()) {
      return i == 0
          ? where + "Summary: " + pdf.summary()
          : where + "Its summary is given with its first page.";
    }
    if (pdf.alternative()) {
      return where
          + "The same document is published as a web page with this paper on the council's website.";
    }
    ExternalPdf.Page p = pdf.pages().get(i);
    return where + (p.text().isEmpty() ? "This page has no text." : "Its text: " + p.text());
  }

  private static String mm(double v) {
    return String.format(Locale.ROOT, "%.1fmm", v);
  }
}
