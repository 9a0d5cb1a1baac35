package org.tabled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.publish.Audience;

/**
 * Built sites for the website tests, each built once per test JVM and shared: the example council
 * ({@code content/}) and the small golden-file council. Every build pins its {@code --as-of} day so
 * that the output does not depend on when the tests run.
 */
public final class Sites {

  /** The day the example site is built for: the example content is written around it. */
  public static final LocalDate EXAMPLE_AS_OF = LocalDate.of(2026, 11, 23);

  /** The day the golden council is built for. */
  public static final LocalDate GOLDEN_AS_OF = LocalDate.of(2025, 6, 5);

  private static final Map<String, Path> BUILT = new HashMap<>();

  private Sites() {}

  /** The example council built with its PDFs, as the README's build command makes it. */
  public static synchronized Path example() {
    return BUILT.computeIfAbsent(
        "example", k -> build(Fixtures.projectDir().resolve("content"), EXAMPLE_AS_OF, true));
  }

  /**
   * The golden council, built without PDFs so that the goldens do not depend on the PDF renderer.
   */
  public static synchronized Path golden() {
    return BUILT.computeIfAbsent(
        "golden", k -> build(Fixtures.fixture("golden"), GOLDEN_AS_OF, false));
  }

  private static void delete(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: it is a temporary folder
    }
  }

  /**
   * Builds {@code content} into a new temporary folder; fails with the diagnostics if it cannot.
   */
  public static Path build(Path content, LocalDate asOf, boolean pdf) {
    try {
      Path tmp = Files.createTempDirectory("tabled-site");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
      Path out = tmp.resolve("site");
      BuildOptions o =
          new BuildOptions(
              content,
              Fixtures.projectDir().resolve("templates"),
              out,
              Fixtures.projectDir(),
              false,
              Audience.PUBLIC,
              asOf,
              pdf);
      BuildResult r = Pipeline.run(o);
      if (!r.ok()) {
        throw new IllegalStateException("build of " + content + " failed:\n" + r.diagnostics());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
