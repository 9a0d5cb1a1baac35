package org.tabled.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The example council, copied with its templates into two folders at different depths and built
 * from each: every output byte is the same (issue 10). Nothing in the output may depend on where
 * the content is, the PDFs' {@code /ID} included.
 */
class TwoFoldersIT {

  @TempDir Path dir;

  private Path build(Path project) throws Exception {
    Fixtures.copyExample(project.resolve("content"));
    Fixtures.copy(Fixtures.projectDir().resolve("templates"), project.resolve("templates"));
    BuildOptions o =
        new BuildOptions(
            project.resolve("content"),
            project.resolve("templates"),
            project.resolve("site"),
            project,
            false,
            Audience.PUBLIC,
            Sites.EXAMPLE_AS_OF,
            true);
    BuildResult r = Pipeline.run(o);
    assertTrue(r.ok(), r.diagnostics().toString());
    return project.resolve("site");
  }

  @Test
  void theSameContentBuiltInTwoFoldersGivesTheSameBytes() throws Exception {
    Map<String, String> first = Fixtures.fingerprint(build(dir.resolve("a")));
    Map<String, String> second =
        Fixtures.fingerprint(build(dir.resolve("somewhere/much/deeper/b")));
    assertTrue(
        first.keySet().stream().filter(p -> p.endsWith(".pdf")).count() > 10,
        "PDFs were built: " + first.keySet());
    assertEquals(first, second);
    assertTrue(Files.exists(dir.resolve("a/site/index.html")));
  }
}
