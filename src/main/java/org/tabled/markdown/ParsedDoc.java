package org.tabled.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tabled.model.Markdown;

/**
 * A Markdown document parsed and checked once, ready to be rendered into any number of pages.
 *
 * <p>Holds the flexmark syntax tree, which no code outside this package sees. The tree is not
 * changed after parsing, so rendering is safe from several threads.
 */
public final class ParsedDoc {

  private final Markdown source;
  final Document ast;
  final Numbering numbering;
  private final Outline outline;
  final Map<String, Path> images;
  private final List<RefSyntax> refs;

  ParsedDoc(
      Markdown source,
      Document ast,
      Numbering numbering,
      Outline outline,
      Map<String, Path> images,
      List<RefSyntax> refs) {
    this.source = source;
    this.ast = ast;
    this.numbering = numbering;
    this.outline = outline;
    this.images = Map.copyOf(images);
    this.refs = List.copyOf(refs);
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
