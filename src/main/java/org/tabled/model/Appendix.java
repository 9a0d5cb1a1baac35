package org.tabled.model;

import java.nio.file.Path;
import java.util.Objects;
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
public record Appendix(String label, String title, Source source, boolean landscape, SourcePos pos) {

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
   */
  public record PdfSource(Path file, String name) implements Source {}

  /** An appendix Tabled builds from the content: the committee's tracker or work programme. */
  public record GeneratedSource(Generated kind) implements Source {}

  /** The documents Tabled can generate as appendices. */
  public enum Generated {
    TRACKER,
    WORK_PROGRAMME;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
