package org.tabled.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tabled.model.Markdown;

/**
 * A Markdown document parsed and checked once, ready to be rendered into any number of pages.
 *
 * <p>Holds the flexmark syntax tree, which no code outside this package sees. The tree is not
 * changed after parsing, so rendering is safe from several threads.
 *
 * <p>The tree is held softly: a ten-year archive's trees take a few hundred megabytes, which the
 * build needs more for its PDFs. When memory runs short the collector may drop a tree, and the next
 * render parses the text again, with the roles found when it was checked ({@link
 * MarkdownEngine#tree}): the same text parses to the same tree, so the pages are the same.
 */
public final class ParsedDoc {

  private final Markdown source;
  private volatile SoftReference<Document> tree;
  private final MarkdownEngine engine;
  final Numbering numbering;
  private final Outline outline;
  final Map<String, Path> images;
  private final List<RefSyntax> refs;

  /** The places, in the tree's order of descendants, of the blocks with a role, and their roles. */
  final int[] places;

  final String[] roles;

  /**
   * The key under which the engine's store keeps what this text renders to (a text whose parse may
   * be kept: read from the content), or null.
   */
  final String key;

  /** The text rendered and sanitized, before any page's touches; made once, held softly. */
  private volatile SoftReference<String> clean = new SoftReference<>(null);

  /**
   * @param ast the tree, or null if it is to be parsed when first rendered (a document whose parse
   *     was kept, {@link ParseStore})
   * @param engine the engine that parsed it, which parses it again when asked
   * @param key where the engine's store keeps what it renders to, or null
   */
  ParsedDoc(
      Markdown source,
      Document ast,
      MarkdownEngine engine,
      Numbering numbering,
      Outline outline,
      Map<String, Path> images,
      List<RefSyntax> refs,
      int[] places,
      String[] roles,
      String key) {
    this.source = source;
    this.key = key;
    this.tree = new SoftReference<>(ast);
    this.engine = engine;
    this.places = places.clone();
    this.roles = roles.clone();
    this.numbering = numbering;
    this.outline = outline;
    this.images = Map.copyOf(images);
    this.refs = List.copyOf(refs);
  }

  /** The syntax tree: as parsed, or parsed again if the collector dropped it. */
  Document ast() {
    Document ast = tree.get();
    if (ast == null) {
      ast = engine.tree(source, places, roles);
      tree = new SoftReference<>(ast);
    }
    return ast;
  }

  /** The sanitized HTML, if it is held. */
  String clean() {
    return clean.get();
  }

  void clean(String html) {
    clean = new SoftReference<>(html);
  }

  /** Drops the tree and the sanitized HTML, as the collector may: for tests. */
  void forgetTree() {
    tree = new SoftReference<>(null);
    clean = new SoftReference<>(null);
  }

  /** The well-formed {@code [[…]]} references in the document, in order. */
  public List<RefSyntax> refs() {
    return refs;
  }

  public Markdown source() {
    return source;
  }

  public Outline outline() {
    return outline;
  }

  /** The image files the document uses, by the path written in it. */
  public Map<String, Path> images() {
    return images;
  }
}
