package org.tabled.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
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
 */
public record BuildOptions(
    Path contentDir, Path templatesDir, Path outDir, Path displayBase, boolean checkOnly, Audience audience,
    LocalDate asOf, boolean pdf) {

  public BuildOptions {
    Objects.requireNonNull(contentDir, "contentDir");
    Objects.requireNonNull(templatesDir, "templatesDir");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(displayBase, "displayBase");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(asOf, "asOf");
  }
}
