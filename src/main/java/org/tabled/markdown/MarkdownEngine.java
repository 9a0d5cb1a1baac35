package org.tabled.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.files.ContentFiles;
import org.tabled.files.KnownFiles;
import org.tabled.model.Markdown;
import org.tabled.source.SourcePos;

/**
 * The Markdown stage, shared by the website and the PDF packs: parses and checks a document once,
 * works out its numbering, and renders it to clean HTML for any page.
 *
 * <p><b>Parsing</b> ({@link #parse}) checks what authors can get wrong and reports it with the
 * line: images without a text alternative or whose file is missing, {@code #} headings (the page
 * title is the only level-1 heading) and skipped heading levels, tables with an empty header row,
 * and links with schemes other than http, https, mailto and tel. It also assigns each top-level
 * block its role: a numbered section heading, a numbered paragraph ("3.4"), a table caption (a
 * paragraph starting {@code Table:} just before a table), a figure (a paragraph that is only an
 * image) or a resolution (a paragraph starting {@code RESOLVED}).
 *
 * <p><b>Rendering</b> ({@link #render}) runs flexmark with those roles marked on the elements,
 * passes the result through the {@link Sanitizer} allow-list, and then, with jsoup, writes the
 * numbers and stable anchors ({@code #section-3}, {@code #para-3-4}), moves captions into their
 * tables, marks header cells, namespaces footnote ids and points images at their output files.
 *
 * <p>Instances are immutable and thread-safe; build one per build (it knows the content folder).
 */
public final class MarkdownEngine {

  /** Where the roles of a document's blocks are kept, on the flexmark document itself. */
  static final DataKey<Map<Node, String>> ROLES = new DataKey<>("TABLED_ROLES", Map.of());

  /** An opening tag on its own, as flexmark gives inline HTML: {@code <span lang="cy">}. */
  private static final Pattern OPENING_TAG =
      Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*(?<!/)>");

  /** Deepest nesting of a Markdown text's parts accepted (a report is rarely more than 8 deep). */
  static final int MAX_NESTING = 100;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Path contentRoot;
  private final ParseStore store;
  private final KnownFiles files;

  public MarkdownEngine(Path contentRoot) {
    this(contentRoot, ParseStore.NONE);
  }

  /**
   * An engine that keeps what it parses in {@code store}.
   *
   * @see #MarkdownEngine(Path, ParseStore, KnownFiles)
   */
  public MarkdownEngine(Path contentRoot, ParseStore store) {
    this(contentRoot, store, KnownFiles.NONE);
  }

  /**
   * An engine that keeps what it parses in {@code store} ({@link #parse(Markdown, Numbering,
   * boolean, Diagnostics)}), and judges the images texts name with what this build's reading of the
   * content found of their files ({@code files}).
   */
  public MarkdownEngine(Path contentRoot, ParseStore store, KnownFiles files) {
    this.store = store;
    this.files = files;
    this.contentRoot = contentRoot.toAbsolutePath().normalize();
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            FootnoteExtension.create(),
            TypographicExtension.create(),
            StrikethroughExtension.create(),
            DefinitionExtension.create(),
            WikiLinkExtension.create()));
    options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
    options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    options.set(TablesExtension.CLASS_NAME, "");
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    this.parser = Parser.builder(options).build();
    this.renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                      if (part == AttributablePart.NODE) {
                        String role = ROLES.get(node.getDocument()).get(node);
                        if (role != null) {
                          attributes.replaceValue("data-t", role);
                        }
                      }
                    };
                  }
                })
            .nodeRendererFactory(
                o ->
                    new NodeRenderer() {
                      @Override
                      public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                        // A reference becomes a placeholder that the post-processor asks the page
                        // to fill in.
                        return Set.of(
                            new NodeRenderingHandler<>(
                                WikiLink.class,
                                (node, ctx, html) -> {
                                  html.attr("data-ref", node.getLink().toString().strip())
                                      .withAttr()
                                      .tag("a");
                                  html.text(node.getText().toString().strip());
                                  html.tag("/a");
                                }));
                      }
                    })
            .build();
  }

  /** Parses and checks {@code md}, reporting problems against its file. */
  public ParsedDoc parse(Markdown md, Numbering numbering, Diagnostics d) {
    return parse(md, numbering, SectionNumbers.IN_ORDER, d);
  }

  /**
   * Parses and checks {@code md} as a document with numbered sections, whose numbers {@code
   * numbers} gives once it has seen the headings (minutes: the agenda items they record).
   */
  public ParsedDoc parse(Markdown md, SectionNumbers numbers, Diagnostics d) {
    return parse(md, Numbering.SECTIONS, numbers, d);
  }

  private ParsedDoc parse(Markdown md, Numbering numbering, SectionNumbers numbers, Diagnostics d) {
    return parse(md, numbering, numbers, d, d, new ArrayList<>());
  }

  /**
   * Parses {@code md}, reporting what its text gets wrong to {@code d} and what its images' files
   * get wrong to {@code files} (a file of its own, checked again whenever the text is met: {@link
   * #images}); the images it checked go into {@code uses}, in order.
   */
  private ParsedDoc parse(
      Markdown md,
      Numbering numbering,
      SectionNumbers numbers,
      Diagnostics d,
      Diagnostics files,
      List<ParseRecord.ImageUse> uses) {
    Document ast;
    LetteredLists.Rewritten lettered =
        LetteredLists.rewrite(md, WrappedNumbers.escape(md.text()), d);
    try {
      ast = parseText(lettered.text());
    } catch (StackOverflowError e) {
      d.error(
          md.start(),
          "this text is nested too deeply to read (quotes, lists or emphasis inside one another)");
      ast = parser.parse("");
    }
    Map<String, Path> images = new LinkedHashMap<>();
    List<RefSyntax> refs = new ArrayList<>();
    if (!tooDeep(md, ast, d)) {
      check(md, ast, images, uses, refs, d, files);
    }
    Map<Node, String> roles = new IdentityHashMap<>();
    Outline outline = roles(md, ast, numbering, numbers, roles);
    for (Node n : ast.getDescendants()) {
      if (n instanceof OrderedList ol && lettered.starts().contains(ol.getStartLineNumber())) {
        roles.put(ol, "abc");
      }
    }
    ROLES.set(ast, roles);
    // the roles by the place of their node in the tree, for a tree parsed again
    List<Integer> at = new ArrayList<>();
    List<String> role = new ArrayList<>();
    int i = 0;
    for (Node n : ast.getDescendants()) {
      String r = roles.get(n);
      if (r != null) {
        at.add(i);
        role.add(r);
      }
      i++;
    }
    return new ParsedDoc(
        md,
        ast,
        this,
        numbering,
        outline,
        images,
        refs,
        at.stream().mapToInt(Integer::intValue).toArray(),
        role.toArray(String[]::new),
        null);
  }

  /**
   * {@link #parse(Markdown, Numbering, Diagnostics)}, reading what an earlier parse of the same
   * text at the same place found from the engine's {@link ParseStore}: the same problems, which go
   * to {@code d} as if it had been parsed, and the same outline and references; its syntax tree is
   * then made only if a page renders it. What a new parse finds may be kept if {@code keep} (not a
   * restricted paper's text), once {@link #keep} is told that its text is published.
   */
  public ParsedDoc parse(Markdown md, Numbering numbering, boolean keep, Diagnostics d) {
    return parse(md, numbering, keep, null, d);
  }

  /**
   * {@link #parse(Markdown, Numbering, boolean, Diagnostics)} of a text read from a folder whose
   * files (this text's file among them) have the digest {@code source}, if not null: the text is
   * then known by that digest, its place and its length, and is not digested again.
   */
  public ParsedDoc parse(
      Markdown md, Numbering numbering, boolean keep, String source, Diagnostics d) {
    if (!keep || !store.enabled()) {
      return parse(md, numbering, d);
    }
    String key =
        store.key(
            utf8(source == null ? "parse" : "parse-in-folder"),
            source == null ? utf8(md.text()) : utf8(source + " " + md.text().length()),
            utf8(md.start().toString()),
            utf8(md.dir().toString()),
            utf8(contentRoot.toString()),
            utf8(numbering.name()));
    Optional<ParseRecord> kept = keptParse(key);
    if (kept.isPresent()) {
      return fromRecord(md, numbering, kept.get(), key, d);
    }
    return parseToKeep(md, numbering, SectionNumbers.IN_ORDER, key, false, d);
  }

  /**
   * {@link #parse(Markdown, SectionNumbers, Diagnostics)}, reading what an earlier parse of the
   * same text at the same place found from the engine's {@link ParseStore}, as {@link
   * #parse(Markdown, Numbering, boolean, String, Diagnostics)} does. The sections' numbers depend
   * on more than the text (the minutes: on the agenda, and on the minutes before them), so they are
   * not taken from the store: {@code numbers} is asked again, once, for the headings the earlier
   * parse found, and reports what it reports as it did then. What was kept is used only if it gives
   * the same numbers as then; else the text is parsed again, with the numbers just given.
   */
  public ParsedDoc parse(Markdown md, SectionNumbers numbers, boolean keep, Diagnostics d) {
    if (!keep || !store.enabled()) {
      return parse(md, numbers, d);
    }
    String key =
        store.key(
            utf8("parse-numbered"),
            utf8(md.text()),
            utf8(md.start().toString()),
            utf8(md.dir().toString()),
            utf8(contentRoot.toString()),
            utf8(Numbering.SECTIONS.name()),
            utf8(Boolean.toString(numbers.subParagraphs())));
    Optional<ParseRecord> kept = keptParse(key);
    if (kept.isEmpty()) {
      return parseToKeep(md, Numbering.SECTIONS, numbers, key, true, d);
    }
    ParseRecord r = kept.get();
    List<Integer> given = List.copyOf(numbers.of(r.tops()));
    if (given.equals(r.given())) {
      return fromRecord(md, Numbering.SECTIONS, r, numbered(key, given), d);
    }
    // other numbers than then: parsed again with them, without asking for them twice
    SectionNumbers asked =
        new SectionNumbers() {
          @Override
          public List<Integer> of(List<Heading> headings) {
            return headings.equals(r.tops()) ? given : numbers.of(headings);
          }

          @Override
          public boolean subParagraphs() {
            return numbers.subParagraphs();
          }
        };
    return parseToKeep(md, Numbering.SECTIONS, asked, key, true, d);
  }

  /**
   * The document {@code r} records, its syntax tree to be made only if a page renders it: its
   * problems reported again as if it had been parsed, and its images checked again from their
   * files; what it renders to is kept under {@code renderKey}.
   */
  private ParsedDoc fromRecord(
      Markdown md, Numbering numbering, ParseRecord r, String renderKey, Diagnostics d) {
    r.problems().forEach(d::add);
    return new ParsedDoc(
        md,
        null,
        this,
        numbering,
        r.outline(),
        images(md, r.images(), d),
        r.refs(),
        r.places(),
        r.roles(),
        renderKey);
  }

  /**
   * The key under which what a text numbered with {@code given} renders to is kept: the roles of
   * its blocks follow from its text and its numbers.
   */
  private String numbered(String key, List<Integer> given) {
    return store.key(utf8("numbered"), utf8(key), utf8(given.toString()));
  }

  /**
   * Parses {@code md}, and holds what the parse found to be kept under {@code key} once it is known
   * to be published ({@link #keep}); with {@code byNumbers}, the document is known to its renders
   * by its numbers too ({@link #numbered}).
   */
  private ParsedDoc parseToKeep(
      Markdown md,
      Numbering numbering,
      SectionNumbers numbers,
      String key,
      boolean byNumbers,
      Diagnostics d) {
    Diagnostics found = new Diagnostics(Integer.MAX_VALUE);
    List<SectionNumbers.Heading> tops = new ArrayList<>();
    List<Integer> given = new ArrayList<>();
    SectionNumbers asked =
        new SectionNumbers() {
          @Override
          public List<Integer> of(List<Heading> headings) {
            List<Integer> g = List.copyOf(numbers.of(headings));
            tops.addAll(headings);
            given.addAll(g);
            return g;
          }

          @Override
          public boolean subParagraphs() {
            return numbers.subParagraphs();
          }
        };
    Diagnostics files = new Diagnostics(Integer.MAX_VALUE);
    List<ParseRecord.ImageUse> uses = new ArrayList<>();
    ParsedDoc doc = parse(md, numbering, asked, found, files, uses);
    List<Diagnostic> problems = found.all();
    problems.forEach(d::add);
    files.all().forEach(d::add); // an image is a file of its own, checked again at each build
    new ParseRecord(
            problems,
            doc.outline(),
            doc.refs(),
            doc.places,
            doc.roles,
            List.copyOf(tops),
            List.copyOf(given),
            List.copyOf(uses))
        .bytes()
        .ifPresent(b -> unkept.put(md, new Unkept(key, b)));
    return new ParsedDoc(
        md,
        doc.ast(),
        this,
        numbering,
        doc.outline(),
        doc.images(),
        doc.refs(),
        doc.places,
        doc.roles,
        byNumbers ? numbered(key, given) : key);
  }

  /** What a parse found, not kept until it is known whether its text is published. */
  private record Unkept(String key, byte[] record) {}

  private final Map<Markdown, Unkept> unkept = new ConcurrentHashMap<>();

  /** The texts the audience may read on the build's day, once {@link #keep} is told. */
  private volatile Predicate<Markdown> published = md -> false;

  /**
   * Keeps in the engine's {@link ParseStore} what was parsed of the texts {@code published} admits
   * (those the audience may read on the build's day: nothing unpublished is copied into the cache),
   * and forgets the rest.
   */
  public void keep(Predicate<Markdown> published) {
    this.published = published;
    unkept.forEach(
        (md, u) -> {
          if (published.test(md)) {
            store.put(u.key(), u.record());
          }
        });
    unkept.clear();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The syntax tree of {@code md} parsed again, as {@link #parse} parsed it, each node at {@code
   * places} (in the order of {@link Node#getDescendants}) given its role from {@code roles}: the
   * problems were reported when it was first parsed, and the roles found then (section numbers may
   * run on from other documents, so they are not worked out again).
   */
  Document tree(Markdown md, int[] places, String[] roles) {
    LetteredLists.Rewritten lettered =
        LetteredLists.rewrite(md, WrappedNumbers.escape(md.text()), new Diagnostics());
    Document ast;
    try {
      ast = parseText(lettered.text());
    } catch (StackOverflowError e) {
      ast = parser.parse("");
    }
    Map<Node, String> byNode = new IdentityHashMap<>();
    int i = 0;
    int k = 0;
    for (Node n : ast.getDescendants()) {
      if (k < places.length && places[k] == i) {
        byNode.put(n, roles[k++]);
      }
      i++;
    }
    ROLES.set(ast, byNode);
    return ast;
  }

  /** Renders a parsed document as an HTML fragment for one page. */
  public String render(ParsedDoc doc, RenderOptions options) {
    return renderBody(doc, options).html();
  }

  /**
   * {@link #render}, as the body element of a document of its own, for a page that touches the
   * fragment further before it is written out (the website's tables and links), and reads its
   * words, without parsing it again.
   */
  public Element renderBody(ParsedDoc doc, RenderOptions options) {
    String clean = clean(doc);
    org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(clean, "");
    page.outputSettings().prettyPrint(false);
    return PostProcessor.process(page, doc, options, PostProcessor.Has.of(clean));
  }

  /**
   * The document rendered and sanitized, as HTML, before any page's touches (ids, references,
   * tables): the same for every page, so made once and held softly, and, for a text whose parse the
   * store keeps, kept there too once the text is known to be published. Every page parses this HTML
   * afresh, so that one made now and one read back give the same page.
   */
  private String clean(ParsedDoc doc) {
    String held = doc.clean();
    if (held != null) {
      return held;
    }
    // before any page names its images: the same whatever their files hold
    Optional<String> kept = kept(doc, "clean html", List.of(), NO_IMAGES);
    if (kept.isPresent()) {
      doc.clean(kept.get());
      return kept.get();
    }
    String raw;
    Document ast = doc.ast();
    synchronized (
        ast) { // renderers may run in parallel, and flexmark's extensions keep state in it
      raw = renderer.render(ast);
    }
    String clean = Sanitizer.clean(Jsoup.parseBodyFragment(raw, Sanitizer.BASE)).body().html();
    doc.clean(clean);
    keep(doc, "clean html", List.of(), NO_IMAGES, clean);
    return clean;
  }

  /** How a text names its images before any page's touches: by what its Markdown says. */
  private static final Function<Path, String> NO_IMAGES = file -> "";

  /**
   * What a renderer made of {@code doc} as {@code what}, kept in the engine's store by an earlier
   * build ({@link #keep(ParsedDoc, String, List, Function, String)}), if the text's parse is kept.
   *
   * @param parts everything besides the text, its images and Tabled's code that what was made
   *     depends on
   * @param imageUrl how what was made names each image's file, as its {@link RenderOptions} do: a
   *     page names an image by a digest of its bytes, a PDF's HTML by the file's address; each
   *     image's name is part of the key, so a changed image, or a text moved elsewhere, is made
   *     again (and whatever publishing the image does is done by the call, kept or not)
   */
  public Optional<String> kept(
      ParsedDoc doc, String what, List<String> parts, Function<Path, String> imageUrl) {
    return doc.key == null ? Optional.empty() : kept(renderingKey(doc, what, parts, imageUrl));
  }

  /**
   * Keeps in the engine's store {@code value}, which a renderer made of {@code doc} as {@code what}
   * from the text, Tabled's code, {@code parts} and its images named by {@code imageUrl} alone: if
   * the text's parse is kept, and the text is published (nothing unpublished is copied into the
   * cache).
   */
  public void keep(
      ParsedDoc doc,
      String what,
      List<String> parts,
      Function<Path, String> imageUrl,
      String value) {
    if (doc.key != null && published.test(doc.source())) {
      String key = renderingKey(doc, what, parts, imageUrl);
      store.put(key, utf8(RECORD + value.length() + "\n" + value));
      store.remember(key, value);
    }
  }

  /** The parse kept under {@code key}: as remembered, or read from the store and remembered. */
  private Optional<ParseRecord> keptParse(String key) {
    return held(key, ParseRecord.class, ParseRecord::of);
  }

  /** The rendering kept under {@code key}: as remembered, or read and remembered. */
  private Optional<String> kept(String key) {
    return held(key, String.class, MarkdownEngine::record);
  }

  /**
   * What is kept under {@code key}, as the store remembers it ({@link ParseStore#remembered}), or
   * read by {@code read} from its bytes and remembered.
   */
  private <T> Optional<T> held(String key, Class<T> type, Function<byte[], Optional<T>> read) {
    Optional<T> remembered = store.remembered(key, type);
    if (remembered.isPresent()) {
      return remembered;
    }
    Optional<T> value = store.get(key).flatMap(read);
    value.ifPresent(v -> store.remember(key, v));
    return value;
  }

  private String renderingKey(
      ParsedDoc doc, String what, List<String> parts, Function<Path, String> imageUrl) {
    List<byte[]> all = new ArrayList<>();
    all.add(utf8("rendering"));
    all.add(utf8(doc.key));
    all.add(utf8(what));
    for (String part : parts) {
      all.add(utf8(part));
    }
    // each image the text names, in the order of its address in the text, as what was made names it
    for (Map.Entry<String, Path> image : new TreeMap<>(doc.images()).entrySet()) {
      all.add(utf8("image"));
      all.add(utf8(image.getKey()));
      all.add(utf8(imageUrl.apply(image.getValue())));
    }
    return store.key(all.toArray(new byte[0][]));
  }

  private static final String RECORD = "tabled-rendering-1\n";

  /** The value of a record {@link #keep} wrote, if it is whole: anything else is a miss. */
  private static Optional<String> record(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    int nl = s.indexOf('\n', RECORD.length());
    if (!s.startsWith(RECORD) || nl < 0) {
      return Optional.empty();
    }
    try {
      int length = Integer.parseInt(s, RECORD.length(), nl, 10);
      return s.length() - nl - 1 == length ? Optional.of(s.substring(nl + 1)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  // ---- checks ---------------------------------------------------------------------------------

  /**
   * True, with an error at the first node too deep, if {@code ast} nests more than {@link
   * #MAX_NESTING} levels (a quote in a quote, a list in a list item, emphasis in emphasis, in any
   * mix). Rendering is recursive and would overflow the stack on such a text (50,000 {@code >} or a
   * 1,000-level list), so it is refused here, before anything renders it. The walk itself keeps its
   * own stack.
   */
  private static boolean tooDeep(Markdown md, Document ast, Diagnostics d) {
    ArrayDeque<Node> nodes = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    nodes.push(ast);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_NESTING && n.getFirstChild() != null) { // text itself is no level
        d.error(
            pos(md, n),
            "this text is nested more than "
                + MAX_NESTING
                + " levels deep (quotes, lists, emphasis or"
                + " links inside one another), more than Tabled can print",
            "flatten the quotes or lists");
        return true;
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        nodes.push(c);
        // a list item, a paragraph and a run of text are no level of their own: a list in a list is
        // one deeper
        depths.push(
            c instanceof ListItem || c instanceof Paragraph || c instanceof TextBase
                ? depth
                : depth + 1);
      }
    }
    return false;
  }

  private void check(
      Markdown md,
      Document ast,
      Map<String, Path> images,
      List<ParseRecord.ImageUse> uses,
      List<RefSyntax> refs,
      Diagnostics d,
      Diagnostics files) {
    int previousLevel = 1;
    for (Node n : ast.getDescendants()) {
      if (n instanceof Heading h) {
        if (h.getLevel() == 1) {
          d.error(
              pos(md, n),
              "'# ' makes a top-level heading, but the document's title is its top-level heading",
              "start sections with '## '");
        } else if (h.getLevel() > previousLevel + 1) {
          d.error(
              pos(md, n),
              "heading level jumps from "
                  + "#".repeat(previousLevel)
                  + " to "
                  + "#".repeat(h.getLevel())
                  + "; screen reader users navigate by heading levels, so do not skip one",
              "use '" + "#".repeat(previousLevel + 1) + " ' here");
        }
        previousLevel = Math.max(2, h.getLevel());
      } else if (n instanceof Image img) {
        ParseRecord.ImageUse use = imageUse(md, img);
        uses.add(use);
        image(md, use, images, files);
      } else if (n instanceof WikiLink w) {
        ref(md, w, d).ifPresent(refs::add);
      } else if (n instanceof ImageRef) {
        d.error(pos(md, n), "write images as ![text alternative](file.png), not as a reference");
      } else if (n instanceof Link link) {
        String url = link.getUrl().toString().strip();
        String scheme =
            url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.isEmpty() && !List.of("http", "https", "mailto", "tel").contains(scheme)) {
          d.error(
              pos(md, n),
              "links to '" + scheme + ":' addresses are not allowed",
              "link to web pages (https://…), email (mailto:…) or telephone numbers (tel:…)");
        }
      } else if (n instanceof TableHead head) {
        boolean empty = true;
        for (Node c : head.getDescendants()) {
          if (c instanceof TableCell cell && !cell.getText().toString().isBlank()) {
            empty = false;
          }
        }
        if (empty) {
          d.error(
              pos(md, head.getParent()),
              "this table has no header row: give every column a heading",
              "screen readers announce the column heading with each cell");
        }
      } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
        String html = n.getChars().toString();
        Matcher open = OPENING_TAG.matcher(html.strip());
        if (n instanceof HtmlInline && open.matches()) {
          html =
              html
                  + "</"
                  + open.group(1)
                  + ">"; // an inline tag alone is unclosed, which jsoup counts against it
        }
        if (!Sanitizer.isSafe(html)
            && !html.strip().startsWith("</")
            && !html.strip().startsWith("<!--")) {
          d.warning(
              pos(md, n),
              "raw HTML here uses tags or attributes that are not allowed; they are removed");
        }
      }
    }
  }

  /**
   * Splits {@code [[kind:target#anchor|text]]} and checks its shape; the target is checked later.
   */
  private static Optional<RefSyntax> ref(Markdown md, WikiLink w, Diagnostics d) {
    SourcePos at = pos(md, w);
    String raw = w.getLink().toString().strip();
    String link = w.getPageRef().toString().strip();
    int colon = link.indexOf(':');
    if (colon < 0) {
      d.error(
          at,
          "reference [[" + raw + "]] does not say what it refers to",
          "write [[kind:target]], where kind is one of " + String.join(", ", RefSyntax.KINDS));
      return Optional.empty();
    }
    String kind = link.substring(0, colon).strip();
    if (!RefSyntax.KINDS.contains(kind)) {
      d.error(
          at,
          "'" + kind + "' is not a kind of reference" + Hints.didYouMean(kind, RefSyntax.KINDS),
          "kinds: " + String.join(", ", RefSyntax.KINDS));
      return Optional.empty();
    }
    String target = link.substring(colon + 1).strip();
    String anchor = w.getAnchorMarker().isNull() ? "" : w.getAnchorRef().toString().strip();
    // Only text after a bar is the author's: without one, flexmark gives the link without its
    // anchor.
    String text = w.getTextSeparatorMarker().isNull() ? "" : w.getText().toString().strip();
    if (target.isEmpty()) {
      d.error(at, "reference [[" + raw + "]] names no " + kind);
      return Optional.empty();
    }
    return Optional.of(new RefSyntax(raw, kind, target, anchor, text, at));
  }

  private static ParseRecord.ImageUse imageUse(Markdown md, Image img) {
    return new ParseRecord.ImageUse(
        img.getUrl().toString(), img.getText().toString(), pos(md, img));
  }

  /**
   * The images {@code uses} names, checked again as a parse checks them ({@link #image}): what a
   * kept parse of a text with images needs, since an image's file can change while the text does
   * not.
   */
  private Map<String, Path> images(Markdown md, List<ParseRecord.ImageUse> uses, Diagnostics d) {
    Map<String, Path> images = new LinkedHashMap<>();
    for (ParseRecord.ImageUse use : uses) {
      image(md, use, images, d);
    }
    return images;
  }

  private void image(
      Markdown md, ParseRecord.ImageUse use, Map<String, Path> images, Diagnostics d) {
    String url = use.url();
    String alt = use.alt();
    SourcePos at = use.pos();
    if (alt.isBlank()) {
      d.error(
          at,
          "image '" + url + "' has no text alternative",
          "describe what the image shows between the brackets: ![Bar chart of …](" + url + ")");
    }
    if (url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      d.error(
          at,
          "image '" + url + "' must be a file in the content folder, not a web address or data");
      return;
    }
    Optional<Path> file =
        url.startsWith("/assets/")
            ? ContentFiles.image(
                url.substring("/assets/".length()),
                at,
                contentRoot.resolve("assets"),
                contentRoot,
                files,
                d)
            : ContentFiles.image(url, at, md.dir(), contentRoot, files, d);
    file.ifPresent(f -> images.put(url, f));
  }

  /**
   * Where each line starts in a parsed document's text, by document (identity, weakly held): a
   * position is asked for every heading, reference and link, and scanning the text from its start
   * each time made checking a large archive quadratic in the length of each paper.
   */
  private static final Map<Node, int[]> LINE_STARTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static int[] lineStarts(Node document) {
    // the text as parsed (same lines as written), as a String: a flexmark sequence checks every
    // index it is asked for, so the parse's own text is remembered when it is parsed
    return LINE_STARTS.computeIfAbsent(document, doc -> lineStarts(doc.getChars().toString()));
  }

  /** {@code text} parsed, with where its lines start remembered for {@link #pos}. */
  private Document parseText(String text) {
    Document ast = parser.parse(text);
    LINE_STARTS.put(ast, lineStarts(text));
    return ast;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1; // starts[0] = 0
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  /** The position of {@code n} in the author's file. */
  static SourcePos pos(Markdown md, Node n) {
    int offset = n.getStartOffset();
    int[] starts = lineStarts(n.getDocument());
    // the last line starting at or before the offset (a newline at the offset belongs to its line)
    int i = Arrays.binarySearch(starts, offset);
    int line = i >= 0 ? i : -i - 2;
    SourcePos start = md.start();
    return new SourcePos(start.path(), Math.max(start.line(), 1) + line, offset - starts[line] + 1);
  }

  // ---- roles and numbering --------------------------------------------------------------------

  private static Outline roles(
      Markdown md,
      Document ast,
      Numbering numbering,
      SectionNumbers numbers,
      Map<Node, String> roles) {
    List<Outline.Section> sections = new ArrayList<>();
    List<Outline.Heading> headings = new ArrayList<>();
    Map<String, Integer> slugs = new HashMap<>();
    List<Integer> given =
        numbering == Numbering.SECTIONS ? sectionNumbers(md, ast, numbers) : List.of();
    int index = 0;
    int section =
        0; // the number of the section being read; 0 before the first and in an unnumbered one
    int para = 0;
    int sub = 0; // the number of the sub-minute being read (4.1 in 4.1.1), 0 outside one
    int subPara = 0;
    String sectionTitle = null;
    List<Outline.Paragraph> paras = new ArrayList<>();
    for (Node n = ast.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        String text = h.getText().toString().strip();
        boolean top = numbering == Numbering.SECTIONS && h.getLevel() == 2;
        if (top && sectionTitle != null) {
          sections.add(new Outline.Section(section, sectionTitle, "section-" + section, paras));
          sectionTitle = null;
        }
        if (top) {
          section = given.get(index++);
          para = 0;
          sub = 0;
          paras = new ArrayList<>();
        }
        boolean subMinute =
            numbering == Numbering.SECTIONS
                && numbers.subParagraphs()
                && h.getLevel() == 3
                && section > 0;
        if (subMinute) {
          para++;
          sub = para;
          subPara = 0;
          String number = section + "." + para;
          roles.put(n, "sub " + number);
          headings.add(new Outline.Heading(3, number + " " + text, "para-" + section + "-" + para));
        } else if (top && section > 0) {
          sectionTitle = text;
          roles.put(n, "sec " + section);
          headings.add(new Outline.Heading(2, section + ". " + text, "section-" + section));
        } else {
          String anchor = unique(slug(text), slugs);
          roles.put(n, (top ? "h2 " : "h ") + anchor);
          headings.add(new Outline.Heading(h.getLevel(), text, anchor));
        }
      } else if (n instanceof Paragraph p) {
        String text = p.getChars().toString().strip();
        boolean resolution = text.startsWith("RESOLVED") || text.startsWith("**RESOLVED");
        if (text.startsWith("Table:") && n.getNext() instanceof TableBlock) {
          roles.put(n, "cap");
        } else if (isImageOnly(p)) {
          roles.put(n, "fig");
        } else if (numbering == Numbering.SECTIONS && section > 0) {
          String number;
          if (sub > 0) {
            number = section + "." + sub + "." + ++subPara;
          } else {
            number = section + "." + ++para;
          }
          roles.put(n, "para " + number + (resolution ? " res" : ""));
          paras.add(
              new Outline.Paragraph(
                  number, "para-" + number.replace('.', '-'), excerpt(p), resolution));
        } else if (resolution) {
          roles.put(n, "res");
        }
      }
    }
    if (sectionTitle != null) {
      sections.add(new Outline.Section(section, sectionTitle, "section-" + section, paras));
    }
    return new Outline(sections, headings);
  }

  /** The numbers {@code numbers} gives the document's top-level {@code ##} headings, checked. */
  private static List<Integer> sectionNumbers(Markdown md, Document ast, SectionNumbers numbers) {
    List<SectionNumbers.Heading> tops = new ArrayList<>();
    for (Node n = ast.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 2) {
        tops.add(new SectionNumbers.Heading(h.getText().toString().strip(), pos(md, n)));
      }
    }
    List<Integer> given = List.copyOf(numbers.of(List.copyOf(tops)));
    Set<Integer> seen = new HashSet<>();
    if (given.size() != tops.size()
        || given.stream().anyMatch(x -> x < 0 || x > 0 && !seen.add(x))) {
      throw new IllegalStateException(
          "section numbers must be one per heading, unique, 0 for none: " + given);
    }
    return given;
  }

  private static boolean isImageOnly(Paragraph p) {
    int images = 0;
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Image) {
        images++;
      } else if (!c.getChars().isBlank()) { // without copying the text: stops at its first letter
        return false;
      }
    }
    return images == 1;
  }

  /**
   * The paragraph's text without the marks of emphasis, code and links ({@code * _ ` [ ]}), each
   * run of white space one space, cut at 100 characters: in one pass, since every numbered
   * paragraph of the archive has one.
   */
  static String excerpt(CharSequence text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), 256));
    boolean space = false;
    // Once it has 101 characters that strip() cannot take off, the excerpt is cut at 97 whatever
    // follows, and its first 97 are known: a long paragraph is not read to its end.
    int kept = 0;
    for (int i = 0, n = text.length(); i < n && kept <= 100; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '*', '_', '`', '[', ']' -> {
          // a mark, not text
        }
        case ' ', '\t', '\n', '\u000B', '\f', '\r' -> space = true;
        default -> {
          if (space) {
            b.append(' ');
            space = false;
          }
          b.append(c);
          if (!Character.isWhitespace(c)) {
            kept++;
          }
        }
      }
    }
    String t = b.toString().strip();
    return t.length() > 100 ? t.substring(0, 97).strip() + "…" : t;
  }

  private static String excerpt(Paragraph p) {
    return excerpt(p.getChars());
  }

  /** A lower-case, hyphenated form of {@code text} for use in an id. */
  static String slug(String text) {
    String s =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "heading" : s.length() > 60 ? s.substring(0, 60).replaceAll("-$", "") : s;
  }

  private static String unique(String slug, Map<String, Integer> seen) {
    if (slug.matches("(section|para|fn|fnref)(-\\d+)+")) {
      slug = slug + "-heading"; // keep clear of the anchors Tabled generates
    }
    int n = seen.merge(slug, 1, Integer::sum);
    return n == 1 ? slug : slug + "-" + n;
  }
}
