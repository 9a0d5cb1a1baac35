package org.tabled.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostics;
import org.tabled.load.LoadedContent;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Council;
import org.tabled.publish.Audience;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.testing.Fixtures;
import org.tabled.validate.Validator;

/**
 * A council built once per test run with the real pipeline ({@code tabled build}), and the same
 * council as the publish stage sees it, from which tests work out what each PDF must hold.
 *
 * @param name for test names: "example" or a fixture's name
 * @param out the output folder
 * @param pub the council as published for the build's audience and day
 */
record Built(String name, Path out, PublishedCouncil pub) {

  /** The example council in {@code content/}, published as on 23 November 2026. */
  static Built example() {
    return build("example", Fixtures.projectDir().resolve("content"), LocalDate.of(2026, 11, 23));
  }

  /** The {@code golden-pdf} fixture council, published as on 10 March 2026. */
  static Built fixture() {
    return build("golden-pdf", Fixtures.fixture("golden-pdf"), LocalDate.of(2026, 3, 10));
  }

  /**
   * The {@code conventions} fixture council (another council's conventions, issue 12), as on 3 May
   * 2016.
   */
  static Built conventions() {
    return build("conventions", Fixtures.fixture("conventions"), LocalDate.of(2016, 5, 3));
  }

  /** The members' confidential build of the {@code golden-pdf} fixture council. */
  static Built confidentialFixture() {
    return build(
        "golden-pdf-confidential",
        Fixtures.fixture("golden-pdf"),
        LocalDate.of(2026, 3, 10),
        Audience.CONFIDENTIAL);
  }

  /** The members' confidential build of the example council, as on 23 November 2026. */
  static Built confidentialExample() {
    return build(
        "example-confidential",
        Fixtures.projectDir().resolve("content"),
        LocalDate.of(2026, 11, 23),
        Audience.CONFIDENTIAL);
  }

  private static final Map<String, Built> CACHE = new ConcurrentHashMap<>();

  static Built build(String name, Path content, LocalDate asOf) {
    return build(name, content, asOf, Audience.PUBLIC);
  }

  static Built build(String name, Path content, LocalDate asOf, Audience audience) {
    return CACHE.computeIfAbsent(
        name + "@" + asOf,
        k -> {
          try {
            Path out = Files.createTempDirectory("tabled-pdf-" + name).resolve("site");
            return new Built(
                name, run(content, out, asOf, audience), publish(content, asOf, audience));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Builds {@code content} into {@code out} and fails the test if the build fails. */
  static Path run(Path content, Path out, LocalDate asOf) {
    return run(content, out, asOf, Audience.PUBLIC);
  }

  static Path run(Path content, Path out, LocalDate asOf, Audience audience) {
    if (!Files.isDirectory(content)) {
      throw new IllegalStateException("no content folder at " + content);
    }
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content,
                Fixtures.projectDir().resolve("no-council-templates"),
                out,
                Fixtures.projectDir(),
                false,
                audience,
                asOf,
                true));
    if (!r.ok()) {
      throw new IllegalStateException("build of " + content + " failed:\n" + r.diagnostics());
    }
    return out;
  }

  private static PublishedCouncil publish(Path content, LocalDate asOf, Audience audience) {
    Diagnostics d = new Diagnostics();
    LoadedContent raw = Loader.load(content, Fixtures.projectDir(), d);
    Council council = Validator.validate(raw, d);
    var resolved = Resolver.resolve(council, new MarkdownEngine(content), d);
    return Publication.select(resolved, audience, asOf);
  }

  /** Every PDF written, as paths relative to the output folder, sorted. */
  List<String> pdfs() {
    try (Stream<Path> s = Files.walk(out)) {
      return new ArrayList<>(
          s.filter(p -> p.toString().endsWith(".pdf"))
              .map(p -> out.relativize(p).toString())
              .sorted()
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(String path) {
    try {
      return Files.readAllBytes(out.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
