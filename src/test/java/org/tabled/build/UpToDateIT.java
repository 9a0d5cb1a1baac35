package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;

/**
 * The no-change fast path ({@link UpToDate}): a build whose inputs, options and output folder are
 * as the last successful build left them does nothing, prints that build's warnings, and leaves
 * every output file untouched; any change to what a build reads, or to the output, runs the build.
 * One sequence on the {@code golden-pdf} council (which has one warning, a "To follow" item).
 */
class UpToDateIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

  @TempDir static Path dir;
  private static Path content;
  private static Path templates;
  private static Path out;
  private static Path cache;

  @BeforeAll
  static void copyTheCouncil() throws IOException {
    content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), content);
    templates = dir.resolve("templates");
    out = dir.resolve("site");
    cache = dir.resolve(".tabled-cache");
  }

  @Test
  void onlyAnUnchangedBuildIsSkipped() throws IOException {
    BuildResult first = build(AS_OF, Optional.of(cache));
    assertFalse(first.upToDate(), "the first build runs");
    List<String> warnings = warnings(first);
    assertFalse(warnings.isEmpty(), "the council has a warning to replay");
    Map<String, FileTime> written = times(out);

    // nothing changed: nothing is done, the same warnings and figures, no file touched
    BuildResult again = build(AS_OF, Optional.of(cache));
    assertTrue(again.upToDate(), "nothing changed");
    assertEquals(warnings, warnings(again), "the last build's warnings, printed again");
    assertEquals(first.files(), again.files());
    assertEquals(first.bytes(), again.bytes());
    assertEquals(first.nextChange(), again.nextChange());
    assertEquals(written, times(out), "no output file written");

    // an output file removed by hand: the build runs and puts it back
    Path page = out.resolve("index.html");
    byte[] home = Files.readAllBytes(page);
    Files.delete(page);
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a removed output file");
    assertEquals(new String(home, "UTF-8"), Files.readString(page));
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate(), "and then nothing to do");

    // an output file edited by hand, same size and time kept: its time is put back, so only its
    // size would tell; a changed size runs the build
    Files.writeString(page, "<!-- added -->", StandardOpenOption.APPEND);
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "an edited output file");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // deep in a committee's folder (walked apart from the rest): a file removed, a file added
    Path pdf =
        out.resolve(
            "committees/environment/2026-03-17/parks-portfolio-update/parks-portfolio-update.pdf");
    byte[] paperPdf = Files.readAllBytes(pdf);
    Files.delete(pdf);
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a removed PDF of a paper");
    assertArrayEquals(paperPdf, Files.readAllBytes(pdf));
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());
    Path stray = out.resolve("committees/environment/2026-03-17/stray.html");
    Files.writeString(stray, "not Tabled's");
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a file added to the output");
    assertFalse(Files.exists(stray), "the output is Tabled's again");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // another day: pages print the day, so the build runs
    assertFalse(build(AS_OF.plusDays(1), Optional.of(cache)).upToDate(), "another day");
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "and back");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // one byte of a paper changed, size kept, straight after the build (within the same second)
    Path paper =
        content.resolve(
            "committees/environment/meetings/2026-03-17/papers/parks-portfolio-update/paper.md");
    String text = Files.readString(paper);
    int at = text.lastIndexOf('e');
    Files.writeString(paper, text.substring(0, at) + "a" + text.substring(at + 1));
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a paper with one letter changed");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // "racily clean": the letter changed back in the same instant as the last edit (a file system
    // with coarse times gives both the same time), straight after a build read it: the file's
    // time is too close to when it was remembered to be trusted, so it is read again
    Files.writeString(paper, text.substring(0, at) + "o" + text.substring(at + 1));
    FileTime edited = Files.getLastModifiedTime(paper);
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "another letter");
    Files.writeString(paper, text);
    Files.setLastModifiedTime(paper, edited);
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "changed back at the same time");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // a file added to the content (even one the loader ignores), then a template
    Path note = content.resolve(".notes.txt");
    Files.writeString(note, "hidden");
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a file added to the content");
    Files.createDirectories(templates.resolve("print"));
    Files.copy(
        Fixtures.projectDir().resolve("templates/print/print.css"),
        templates.resolve("print/print.css"));
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "a template added");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // a damaged stamp or stat memory is only a slower build
    for (Path f : List.of(cache.resolve("up-to-date"), cache.resolve("inputs.stat"))) {
      assertTrue(Files.isRegularFile(f), f.toString());
      Files.writeString(f, "garbage\n\tx\n");
    }
    BuildResult damaged = build(AS_OF, Optional.of(cache));
    assertFalse(damaged.upToDate(), "a damaged stamp");
    assertEquals(warnings, warnings(damaged));
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // the same cache for another output folder (a confused operator): that folder is built, and
    // then this one again, never taken for the other
    Path elsewhere = dir.resolve("elsewhere");
    assertFalse(build(AS_OF, Optional.of(cache), elsewhere).upToDate(), "another output folder");
    assertTrue(Files.isRegularFile(elsewhere.resolve("index.html")), "it was written");
    assertFalse(build(AS_OF, Optional.of(cache)).upToDate(), "the stamp is the other folder's");
    assertTrue(build(AS_OF, Optional.of(cache)).upToDate());

    // without a cache there is no fast path
    assertFalse(build(AS_OF, Optional.empty()).upToDate(), "no cache");
  }

  @Test
  void warningTextSurvivesTheStamp() {
    for (String s : List.of("a\tb", "line\nbreak", "back\\slash\\n", "", "cr\r", "\\")) {
      assertEquals(s, UpToDate.unescape(UpToDate.escape(s)));
      assertFalse(UpToDate.escape(s).contains("\n") || UpToDate.escape(s).contains("\t"));
    }
  }

  private static BuildResult build(LocalDate asOf, Optional<Path> cacheDir) {
    return build(asOf, cacheDir, out);
  }

  private static BuildResult build(LocalDate asOf, Optional<Path> cacheDir, Path into) {
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content, templates, into, dir, false, Audience.PUBLIC, asOf, true, 2, cacheDir));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r;
  }

  private static List<String> warnings(BuildResult r) {
    return r.diagnostics().all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.WARNING)
        .map(Diagnostic::format)
        .toList();
  }

  private static Map<String, FileTime> times(Path root) throws IOException {
    Map<String, FileTime> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    }
    return m;
  }
}
