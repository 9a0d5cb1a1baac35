package org.tabled.build;

import java.io.IOException;
import org.tabled.diag.Diagnostics;
import org.tabled.feeds.MeetingJson;
import org.tabled.load.LoadedContent;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Council;
import org.tabled.output.AtomicReplace;
import org.tabled.output.OutputTree;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.source.SourcePos;
import org.tabled.validate.Validator;

/**
 * The whole build, stage by stage:
 *
 * <ol>
 *   <li><b>load</b> the content folder (YAML and Markdown, with positions);
 *   <li><b>validate</b> it into the immutable model, reporting every problem;
 *   <li><b>resolve</b> what depends on several documents: Markdown checks and numbering, the
 *       minutes chain;
 *   <li><b>publish</b>: select what the audience may see on the day;
 *   <li><b>render</b> every output into memory;
 *   <li><b>write</b> the output folder atomically.
 * </ol>
 *
 * A stage that reports errors stops the build before anything is written, so a failed build
 * leaves the previous output untouched.
 */
public final class Pipeline {

  private Pipeline() {}

  /** Runs the build described by {@code o}. Never throws for bad content. */
  public static BuildResult run(BuildOptions o) {
    Diagnostics d = new Diagnostics();
    LoadedContent raw = Loader.load(o.contentDir(), o.displayBase(), d);
    Council council = Validator.validate(raw, d);
    ResolvedCouncil resolved = Resolver.resolve(council, new MarkdownEngine(o.contentDir()), d);
    if (d.hasErrors() || o.checkOnly()) {
      return new BuildResult(!d.hasErrors(), d, 0, 0);
    }
    PublishedCouncil pub = Publication.select(resolved, o.audience(), o.asOf());
    OutputTree out = new OutputTree();
    MeetingJson.render(pub, out);
    if (d.hasErrors()) {
      return BuildResult.failed(d);
    }
    try {
      AtomicReplace.write(out, o.outDir());
    } catch (AtomicReplace.UnsafeOutputException e) {
      d.error(SourcePos.file(o.outDir().toString()), e.getMessage());
      return BuildResult.failed(d);
    } catch (IOException e) {
      d.error(SourcePos.file(o.outDir().toString()), "cannot write the output: " + e.getMessage()
          + "; the previous output is unchanged");
      return BuildResult.failed(d);
    }
    return new BuildResult(true, d, out.size(), out.bytes());
  }
}
