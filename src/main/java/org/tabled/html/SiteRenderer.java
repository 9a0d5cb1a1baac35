package org.tabled.html;

import java.util.Map;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;

/** Renders the website into the output tree. */
public final class SiteRenderer {

  private final Templates templates;
  private final MarkdownEngine markdown;

  public SiteRenderer(Templates templates, MarkdownEngine markdown) {
    this.templates = templates;
    this.markdown = markdown;
  }

  /**
   * Renders every page, feed and data file for {@code pub}.
   *
   * @param pdfs the PDFs already rendered, by output path (empty when PDFs are skipped)
   */
  public void render(PublishedCouncil pub, Map<String, PdfFile> pdfs, OutputTree out, Diagnostics d) {
    org.tabled.feeds.MeetingJson.render(pub, out);
  }
}
