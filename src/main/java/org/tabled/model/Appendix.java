package org.tabled.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tabled.source.SourcePos;

/**
 * A document attached to a paper.
 *
 * @param label "1", "2" … in order, printed "Appendix 1"
 * @param title its title
 * @param source what it is made from
 * @param landscape whether it is printed on landscape pages (wide tables)
 * @param pos where it was listed
 */
public record Appendix(
    String label, String title, Source source, boolean landscape, SourcePos pos) {

  public Appendix {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
  }

  /** What an appendix is made from. */
  public sealed interface Source permits MarkdownSource, PdfSource, GeneratedSource {}

  /** An appendix written in Markdown. */
  public record MarkdownSource(Markdown body) implements Source {}

  /**
   * An existing PDF, inserted into the pack as it is and stamped with the pack's page numbers.
   *
   * @param file the file on disk
   * @param name its path relative to the paper folder
   * @param altText a short summary of what it says, for readers who cannot read the PDF itself (a
   *     PDF without tags is unreadable to a screen reader): shown beside the download link and read
   *     out for its pages in the pack; empty if none
   * @param alternative the same document written in Markdown, published as a web page beside the
   *     download link; empty if none
   */
  public record PdfSource(Path file, String name, String altText, Optional<Markdown> alternative)
      implements Source {
    public PdfSource {
      Objects.requireNonNull(altText, "altText");
      Objects.requireNonNull(alternative, "alternative");
    }

    /** A PDF with neither a summary nor an alternative. */
    public PdfSource(Path file, String name) {
      this(file, name, "", Optional.empty());
    }
  }

  /** An appendix Tabled builds from the content: the committee's tracker or work programme. */
  public record GeneratedSource(Generated kind) implements Source {}

  /** The documents Tabled can generate as appendices. */
  public enum Generated {
    TRACKER,
    WORK_PROGRAMME;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
