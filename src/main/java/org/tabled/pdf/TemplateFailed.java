package org.tabled.pdf;

/**
 * A print template failed to render. The template's error is already in the build's diagnostics
 * (with its {@code path:line:col}); this only stops rendering the PDF it was for.
 */
final class TemplateFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TemplateFailed(String template) {
    super("template failed: " + template);
  }
}
