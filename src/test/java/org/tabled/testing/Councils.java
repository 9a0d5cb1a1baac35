package org.tabled.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tabled.diag.Diagnostics;
import org.tabled.load.Loader;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Council;
import org.tabled.publish.Audience;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.ResolvedCouncil;
import org.tabled.resolve.Resolver;
import org.tabled.validate.Validator;

/**
 * A council taken through the stages before rendering (load, validate, resolve, publish), for fast
 * tests of {@code publish} and {@code view}: nothing is rendered or written.
 */
public final class Councils {

  private static final Map<Path, ResolvedCouncil> RESOLVED = new ConcurrentHashMap<>();

  private Councils() {}

  /** The example council in {@code content/}. */
  public static Path example() {
    return Fixtures.projectDir().resolve("content");
  }

  /**
   * A copy of {@code content} in a new temporary folder with the text {@code from} replaced by
   * {@code to} in the file {@code file} (relative to the content folder); fails if the text is not
   * there, so that a test never passes on an edit that did nothing.
   */
  public static Path edited(Path content, String file, String from, String to) {
    try {
      Path copy = Files.createTempDirectory("tabled-council").resolve("content");
      Fixtures.copy(content, copy);
      Path f = copy.resolve(file);
      String text = Files.readString(f);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain: " + from);
      }
      Files.writeString(f, text.replace(from, to));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code content} resolved, once per test run; fails if it has errors. */
  public static ResolvedCouncil resolved(Path content) {
    return RESOLVED.computeIfAbsent(
        content,
        c -> {
          Diagnostics d = new Diagnostics();
          Council council = Validator.validate(Loader.load(c, Fixtures.projectDir(), d), d);
          ResolvedCouncil r = Resolver.resolve(council, new MarkdownEngine(c), d);
          if (d.hasErrors()) {
            throw new IllegalStateException("content has errors:\n" + d);
          }
          return r;
        });
  }

  /** {@code content} as the public sees it on {@code asOf}. */
  public static PublishedCouncil publish(Path content, LocalDate asOf) {
    return publish(content, asOf, Audience.PUBLIC);
  }

  public static PublishedCouncil publish(Path content, LocalDate asOf, Audience audience) {
    return Publication.select(resolved(content), audience, asOf);
  }
}
