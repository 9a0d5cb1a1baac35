package org.tabled.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.ParsedDoc;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.search.HtmlText;
import org.tabled.search.SearchDocument;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;
import org.tabled.view.Addresses;
import org.tabled.view.AttendanceRecord;

/**
 * What the page builders share during one render: the published council, the services that turn it
 * into pages, and the list of pages written (for the sitemap) and documents indexed (for search).
 * Made and used by {@link SiteRenderer} only; pages never see it, only view records.
 */
final class SiteContext {

  final PublishedCouncil pub;
  final Council council;
  final Templates templates;
  final MarkdownEngine markdown;
  final Map<String, PdfFile> pdfs;
  final OutputTree out;
  final Diagnostics d;
  final Media media;
  final Addresses addresses;
  final RefLinks refs;
  private final List<String> pages = new ArrayList<>();
  private final List<SearchPage.Entry> searchEntries = new ArrayList<>();
  private final List<String> written = new ArrayList<>(); // put by this context, in order
  private final Set<Path> published = new LinkedHashSet<>(); // files it had Media publish

  private SiteRecords records = SiteRecords.NONE;
  private SiteRecords.Pages seen; // the pages of a committee's part as the last build wrote them
  private volatile Map<PersonId, List<AttendanceRecord.Line>> attendance; // worked out once

  /** {@link AttendanceRecord#lines} of {@code person}, every person's worked out in one pass. */
  List<AttendanceRecord.Line> attendance(PersonId person) {
    Map<PersonId, List<AttendanceRecord.Line>> all = attendance;
    if (all == null) {
      synchronized (this) {
        all = attendance;
        if (all == null) {
          all = AttendanceRecord.byPerson(pub);
          attendance = all;
        }
      }
    }
    return all.getOrDefault(person, List.of());
  }

  SiteContext(
      PublishedCouncil pub,
      Templates templates,
      MarkdownEngine markdown,
      Map<String, PdfFile> pdfs,
      OutputTree out,
      Diagnostics d) {
    this.pub = pub;
    this.council = pub.council();
    this.templates = templates;
    this.markdown = markdown;
    this.pdfs = Map.copyOf(pdfs);
    this.out = out;
    this.d = d;
    this.media = new Media(out, d);
    this.addresses = new Addresses(pub);
    this.refs = new RefLinks(this);
  }

  /**
   * A context for rendering part of the site on another thread: the same everything, its own lists
   * and its own diagnostics {@code d}.
   */
  private SiteContext(SiteContext parent, Diagnostics d) {
    this.pub = parent.pub;
    this.council = parent.council;
    this.templates = parent.templates;
    this.markdown = parent.markdown;
    this.pdfs = parent.pdfs;
    this.out = parent.out;
    this.d = d;
    this.media = parent.media;
    this.addresses = parent.addresses;
    this.refs = parent.refs;
    this.records = parent.records;
  }

  /**
   * Pages rendered from models an earlier build of the same preview rendered are taken from its
   * memory ({@link SiteRecords#page}); called before any page is rendered or any context forked.
   */
  SiteContext withRecords(SiteRecords records) {
    this.records = records;
    return this;
  }

  /**
   * A context whose pages and search entries are kept apart until {@link #merge}d, so that parts of
   * the site rendered at the same time are listed in the same order as one after the other.
   */
  SiteContext fork() {
    return new SiteContext(this, new Diagnostics(Integer.MAX_VALUE));
  }

  /**
   * A context for rendering a committee's part whose pages are taken unread from the previous
   * output when their models are those the last build wrote them from ({@code seen}).
   */
  SiteContext withPages(SiteRecords.Pages seen) {
    this.seen = seen;
    return this;
  }

  /** The pages of this part as {@link #withPages} gave them, with those rendered now; or null. */
  SiteRecords.Pages seenPages() {
    return seen;
  }

  /**
   * Adds the pages, search entries and problems of {@code part}, after this context's own (its
   * problems are sorted wherever they go).
   */
  void merge(SiteContext part) {
    pages.addAll(part.pages);
    searchEntries.addAll(part.searchEntries);
    if (part.d != d) {
      d.addAll(part.d);
    }
  }

  /** Adds a file to the output, as written by this context. */
  void put(String path, byte[] bytes) {
    out.put(path, bytes);
    written.add(path);
  }

  /** Adds a UTF-8 text file to the output, as written by this context. */
  void put(String path, String text) {
    put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** True if the output already has {@code path}, from this context or another stage. */
  boolean has(String path) {
    return out.contains(path);
  }

  /** The output path of {@code file}, published by {@link Media} for this context's pages. */
  String publish(Path file) {
    published.add(file);
    return media.publish(file);
  }

  /**
   * What this context wrote, for {@link SiteRecords}: the files it put, in order, and the files it
   * had published.
   */
  List<String> written() {
    return List.copyOf(written);
  }

  List<Path> publishedFiles() {
    return List.copyOf(published);
  }

  /**
   * Takes a part of the site from a record: its pages and search entries listed as if rendered, its
   * images published again (each once, whoever asks first); its files are the caller's to add.
   */
  void replay(List<String> recordedPages, List<SearchPage.Entry> entries, List<Path> files) {
    files.forEach(this::publish);
    pages.addAll(recordedPages);
    searchEntries.addAll(entries);
  }

  /** The problems rendering with this context reported. */
  Diagnostics diagnostics() {
    return d;
  }

  /** The meetings of {@code c} the public may know about, in date order. */
  List<Meeting> meetings(Committee c) {
    return c.meetings().stream().filter(pub::isListed).toList();
  }

  Person person(PersonId id) {
    return council
        .person(id)
        .orElseThrow(() -> new IllegalStateException("validated person missing: " + id));
  }

  /**
   * The people who get a page of their own ({@link Addresses#peopleWithPages(PublishedCouncil)}).
   */
  Set<PersonId> peopleWithPages() {
    return addresses.peopleWithPages();
  }

  /** A person's name, linked to their page if they have one (else the link's href is empty). */
  Link personLink(Linker l, PersonId id) {
    return new Link(person(id).displayName(), addresses.person(id).map(l::to).orElse(""));
  }

  /**
   * A PDF this build wrote, linked from the page; null if there is none (PDFs skipped, or none
   * made).
   */
  PdfLink pdf(Linker l, String path) {
    PdfFile f = pdfs.get(path);
    return f == null ? null : new PdfLink(l.to(path), f.pages(), f.size());
  }

  /**
   * Markdown rendered as the main document of a page: images copied, tables and external links
   * fixed, and its anchors ({@code #para-3-4}) unprefixed, so that they are stable addresses.
   */
  String html(Markdown md, Linker l, int headingShift) {
    return html(md, l, "", headingShift, n -> "");
  }

  /**
   * Markdown rendered as one of several texts on a page (a committee's purpose and terms of
   * reference), its ids prefixed with {@code idPrefix} so that they cannot clash with the page's.
   */
  String html(Markdown md, Linker l, String idPrefix, int headingShift) {
    return html(md, l, idPrefix, headingShift, n -> "");
  }

  /**
   * As {@link #html(Markdown, Linker, int)}, adding {@code sectionEnd} to each numbered section.
   */
  String html(
      Markdown md, Linker l, String idPrefix, int headingShift, IntFunction<String> sectionEnd) {
    return tree(md, l, idPrefix, headingShift, sectionEnd, null).html();
  }

  /**
   * A page's main document, with its words for the search index, both from one rendering.
   *
   * @param html the HTML, as {@link #html} gives it
   * @param text its words and anchors ({@link HtmlText})
   */
  record Body(String html, SearchDocument.Text text) {
    static Body of(Element tree) {
      return new Body(tree.html(), HtmlText.of(tree));
    }

    /** Every field, each string after its length. */
    String encode() {
      StringBuilder b = new StringBuilder();
      field(b, html);
      field(b, text.text());
      b.append(text.anchors().size()).append(':');
      for (SearchDocument.Anchor a : text.anchors()) {
        b.append(a.offset()).append(':');
        field(b, a.id());
        field(b, a.label());
      }
      return b.toString();
    }

    private static void field(StringBuilder b, String s) {
      b.append(s.length()).append(':').append(s);
    }

    /** What {@link #encode} wrote; empty for anything else. */
    static Optional<Body> decode(String s) {
      try {
        int[] at = {0};
        String html = field(s, at);
        String text = field(s, at);
        int n = number(s, at);
        List<SearchDocument.Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          anchors.add(new SearchDocument.Anchor(number(s, at), field(s, at), field(s, at)));
        }
        return at[0] == s.length()
            ? Optional.of(new Body(html, new SearchDocument.Text(text, anchors)))
            : Optional.empty();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    private static int number(String s, int[] at) {
      int colon = s.indexOf(':', at[0]);
      int n = Integer.parseInt(s, at[0], colon, 10);
      at[0] = colon + 1;
      return n;
    }

    private static String field(String s, int[] at) {
      int length = number(s, at);
      String f = s.substring(at[0], at[0] + length);
      at[0] += length;
      return f;
    }
  }

  /** As {@link #html(Markdown, Linker, int)}, as the rendered tree, for a page that reads it. */
  Element tree(Markdown md, Linker l, int headingShift) {
    return tree(md, l, "", headingShift, n -> "", null);
  }

  /** As {@link #html(Markdown, Linker, String, int, IntFunction)}, with its words. */
  Body body(Markdown md, Linker l, IntFunction<String> sectionEnd) {
    return Body.of(tree(md, l, "", 0, sectionEnd, null));
  }

  /**
   * The body of paper {@code home}, or one of its Markdown appendices, as the main document of a
   * page: its references to its own paragraphs and appendices read "paragraph 3.4", "Appendix 2".
   */
  Body paperBody(Markdown md, Linker l, RefTarget.Paper home) {
    if (md.isBlank()) {
      return Body.of(tree(md, l, "", 0, n -> "", home));
    }
    // what the page shows depends on the text, Tabled's code, the site's address and what each
    // reference reads from this page, and on nothing else: a published text's is kept
    ParsedDoc doc = pub.doc(md);
    List<String> parts = new ArrayList<>();
    parts.add(council.site().baseUrl());
    for (RefSyntax ref : doc.refs()) {
      RefLink r = refs.link(md, ref, l, home);
      parts.addAll(r.fields());
    }
    // each image as this page names it, published whether or not the body is kept
    Function<Path, String> imageUrl = imageUrl(l);
    Optional<Body> kept =
        markdown.kept(doc, "web paper body", parts, imageUrl).flatMap(Body::decode);
    if (kept.isPresent()) {
      return kept.get();
    }
    Body made = Body.of(tree(md, l, "", 0, n -> "", home));
    markdown.keep(doc, "web paper body", parts, imageUrl, made.encode());
    return made;
  }

  /**
   * The rendered body of {@code md}, with the website's touches ({@link HtmlFixes}): one parse of
   * the Markdown's HTML serves for the fixes, the page and the search index.
   */
  private Element tree(
      Markdown md,
      Linker l,
      String idPrefix,
      int headingShift,
      IntFunction<String> sectionEnd,
      RefTarget.Paper home) {
    if (md.isBlank()) {
      return Jsoup.parseBodyFragment("").body();
    }
    Element body =
        markdown.renderBody(
            pub.doc(md),
            new RenderOptions(
                idPrefix,
                headingShift,
                imageUrl(l),
                sectionEnd,
                ref -> refs.link(md, ref, l, home)));
    return HtmlFixes.apply(body, council.site().baseUrl());
  }

  /** How a page whose links {@code l} makes names an image: its file published, by its bytes. */
  private Function<Path, String> imageUrl(Linker l) {
    return file -> l.to(publish(file));
  }

  /** Adds a document to the search index. */
  void index(SearchPage.Entry e) {
    searchEntries.add(e);
  }

  List<SearchPage.Entry> searchEntries() {
    return List.copyOf(searchEntries);
  }

  /** Every page written so far, by path. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  /** Renders {@code template} for the page at {@code l.page()} and adds it to the output. */
  void write(Linker l, String template, String title, List<Link> crumbs, Object view) {
    write(l, template, title, crumbs, view, List.of());
  }

  void write(
      Linker l,
      String template,
      String title,
      List<Link> crumbs,
      Object view,
      List<String> scripts) {
    Chrome chrome = Layouts.chrome(this, l, title, crumbs, scripts);
    PageModel model = new PageModel(chrome, view);
    String path = SitePaths.file(l.page());
    // digested once, for the pages the last build wrote or a preview's memory of them
    Optional<String> key =
        seen != null || records.remembersPages()
            ? records.pageKey(template, model)
            : Optional.empty();
    if (seen != null && key.isPresent() && seen.take(path, key.get(), out)) {
      written.add(path); // as the last build wrote it from the same model: linked unread
      pages.add(l.page());
      return;
    }
    records
        .page(key, into -> templates.render(template, model, into), d)
        .ifPresent(
            html -> {
              HtmlFixes.duplicateIds(html)
                  .forEach(
                      id ->
                          d.warning(
                              SourcePos.file(template),
                              "page "
                                  + SitePaths.file(l.page())
                                  + " has two elements with id '"
                                  + id
                                  + "': a heading in the content"
                                  + " may have the same name as a part of the template; links to it may go to the wrong place"));
              put(path, html);
              pages.add(l.page());
              if (seen != null) {
                key.ifPresent(k -> seen.rendered(path, k));
              }
            });
  }
}
