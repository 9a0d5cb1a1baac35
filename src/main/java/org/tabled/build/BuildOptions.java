package org.tabled.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tabled.publish.Audience;

/**
 * What to build, from where, to where.
 *
 * @param contentDir the content folder
 * @param templatesDir the council's template overrides (may not exist: built-in templates are used)
 * @param outDir the output folder, replaced only when the build succeeds
 * @param displayBase paths in messages are shown relative to this folder
 * @param checkOnly validate and write nothing
 * @param audience public site, or members' confidential packs
 * @param asOf the day to publish for: embargoed material dated after it is left out
 * @param pdf whether to render PDF packs (the preview server can skip them for speed)
 * @param threads how many outputs to render at the same time; 0 for one per processor (or the
 *     {@code tabled.threads} system property)
 * @param cache the build cache folder, kept between builds; empty for none. Confidential builds
 *     never use one (see {@link Pipeline})
 * @param record whether to record newly issued packs in the content folder ({@code issued.yaml} and
 *     the kept PDFs) once the site is written: {@code tabled build} does; checks, previews,
 *     confidential builds and tests that build the example in place do not. Every public build
 *     compares its packs with what is recorded all the same
 */
public record BuildOptions(
    Path contentDir,
    Path templatesDir,
    Path outDir,
    Path displayBase,
    boolean checkOnly,
    Audience audience,
    LocalDate asOf,
    boolean pdf,
    int threads,
    Optional<Path> cache,
    boolean record) {

  /** Options with one thread per processor and no build cache. */
  public BuildOptions(
      Path contentDir,
      Path templatesDir,
      Path outDir,
      Path displayBase,
      boolean checkOnly,
      Audience audience,
      LocalDate asOf,
      boolean pdf) {
    this(
        contentDir,
        templatesDir,
        outDir,
        displayBase,
        checkOnly,
        audience,
        asOf,
        pdf,
        0,
        Optional.empty(),
        false);
  }

  /** Options that record nothing in the content folder. */
  public BuildOptions(
      Path contentDir,
      Path templatesDir,
      Path outDir,
      Path displayBase,
      boolean checkOnly,
      Audience audience,
      LocalDate asOf,
      boolean pdf,
      int threads,
      Optional<Path> cache) {
    this(
        contentDir,
        templatesDir,
        outDir,
        displayBase,
        checkOnly,
        audience,
        asOf,
        pdf,
        threads,
        cache,
        false);
  }

  public BuildOptions {
    Objects.requireNonNull(contentDir, "contentDir");
    Objects.requireNonNull(templatesDir, "templatesDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(displayBase, "displayBase");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(cache, "cache");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative: " + threads);
    }
  }

  /** The same options rendering on {@code n} threads (0: one per processor). */
  public BuildOptions withThreads(int n) {
    return new BuildOptions(
        contentDir,
        templatesDir,
        outDir,
        displayBase,
        checkOnly,
        audience,
        asOf,
        pdf,
        n,
        cache,
        record);
  }

  /** The same options keeping a build cache in {@code dir} (empty: none). */
  public BuildOptions withCache(Optional<Path> dir) {
    return new BuildOptions(
        contentDir,
        templatesDir,
        outDir,
        displayBase,
        checkOnly,
        audience,
        asOf,
        pdf,
        threads,
        dir,
        record);
  }

  /**
   * The same options recording newly issued packs in the content folder, if {@code on} and the
   * build is for the public (never a check nor a confidential build).
   */
  public BuildOptions withRecord(boolean on) {
    return new BuildOptions(
        contentDir,
        templatesDir,
        outDir,
        displayBase,
        checkOnly,
        audience,
        asOf,
        pdf,
        threads,
        cache,
        on && !checkOnly && audience == Audience.PUBLIC && pdf);
  }

  /**
   * The number of threads to render on: {@link #threads}, else {@code tabled.threads}, else one per
   * processor.
   */
  public int renderThreads() {
    if (threads > 0) {
      return threads;
    }
    Integer prop = Integer.getInteger("tabled.threads");
    return prop != null && prop > 0 ? prop : Runtime.getRuntime().availableProcessors();
  }
}
