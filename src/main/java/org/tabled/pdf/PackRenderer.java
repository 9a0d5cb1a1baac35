package org.tabled.pdf;

import java.util.Map;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;

/** Renders the agenda packs and per-paper PDFs into the output tree. */
public final class PackRenderer {

  private final Templates templates;
  private final MarkdownEngine markdown;

  public PackRenderer(Templates templates, MarkdownEngine markdown) {
    this.templates = templates;
    this.markdown = markdown;
  }

  /** Renders every PDF for {@code pub}; returns what was written, by output path. */
  public Map<String, PdfFile> render(PublishedCouncil pub, OutputTree out, Diagnostics d) {
    return Map.of();
  }
}
