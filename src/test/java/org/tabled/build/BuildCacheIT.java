package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.output.BuildCache;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.TestFiles;

/**
 * Rendering on several threads and the build cache never change a byte: the {@code golden-pdf}
 * council (packs with a tracker, a work programme, supplied PDFs and an image) is built on one
 * thread without a cache, and other ways compared with it file by file: on two threads with a cold
 * cache, with a warm one, with every entry damaged. The build's report of what it took from the
 * cache is checked too: everything when nothing changed, nothing after a template changed, and
 * after a paragraph of one paper changed, everything but that paper's PDF and its pack.
 */
class BuildCacheIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

  @TempDir static Path dir;
  private static Path content;
  private static Path noTemplates;
  private static Map<String, String> reference;
  private static Set<String> renderedPdfs;

  @BeforeAll
  static void buildOnOneThreadWithoutCache() throws IOException {
    content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), content);
    noTemplates = dir.resolve("no-templates");
    BuildResult r = build(content, dir.resolve("reference"), noTemplates, 1, Optional.empty());
    assertTrue(r.reused().isEmpty(), "no cache, nothing reused");
    reference = digests(dir.resolve("reference"));
    renderedPdfs = new TreeSet<>();
    reference.keySet().stream()
        .filter(p -> p.endsWith(".pdf") && !p.contains("/appendix-"))
        .forEach(renderedPdfs::add);
    assertTrue(renderedPdfs.size() >= 5, "packs, minutes and papers' PDFs: " + renderedPdfs);
  }

  /**
   * One sequence, to keep the number of builds down: each build is compared with the reference, and
   * each leaves the cache as the next step needs it.
   */
  @Test
  void threadsAndTheCacheNeverChangeAByteAndTheCacheReusesExactlyWhatItMay() throws IOException {
    Path cache = dir.resolve("cache");
    // two threads, cold cache: as on one thread without a cache
    BuildResult cold = build(content, dir.resolve("cold"), noTemplates, 2, Optional.of(cache));
    assertTrue(cold.reused().isEmpty(), "a cold cache reuses nothing: " + cold.reused());
    assertSame(digests(dir.resolve("cold")));

    // warm cache, nothing changed: every PDF from the cache, the same bytes
    BuildResult warm = build(content, dir.resolve("warm"), noTemplates, 2, Optional.of(cache));
    assertEquals(
        renderedPdfs, warm.reused(), "with nothing changed, every PDF comes from the cache");
    assertSame(digests(dir.resolve("warm")));

    // every entry damaged (cut short, a byte changed, emptied): none used, the same bytes
    int damaged = 0;
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        byte[] b = Files.readAllBytes(f);
        if (b.length == 0) {
          Files.write(f, new byte[] {'x'}); // an empty file (the sweep's mark) given a byte
        } else if (damaged % 3 == 0) {
          Files.write(f, Arrays.copyOf(b, b.length / 2));
        } else if (damaged % 3 == 1) {
          b[b.length - 1] ^= 0x55;
          Files.write(f, b);
        } else {
          Files.write(f, new byte[0]);
        }
        damaged++;
      }
    }
    assertTrue(damaged > 10, "entries damaged: " + damaged);
    BuildResult after = build(content, dir.resolve("damaged"), noTemplates, 1, Optional.of(cache));
    assertTrue(after.reused().isEmpty(), "no damaged entry is used: " + after.reused());
    assertSame(digests(dir.resolve("damaged")));

    // one paragraph of one paper edited (in a copy elsewhere): that paper's PDF and its pack are
    // rendered again, everything else comes from the cache the damaged build wrote again
    Path edited = dir.resolve("edited-content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), edited);
    Path paper =
        edited.resolve(
            "committees/environment/meetings/2026-03-17/papers/parks-portfolio-update/paper.md");
    List<String> lines = new ArrayList<>(Files.readAllLines(paper));
    int para = lines.subList(1, lines.size()).indexOf("---") + 2;
    while (lines.get(para).isBlank() || !Character.isUpperCase(lines.get(para).charAt(0))) {
      para++;
    }
    lines.set(para, lines.get(para) + " This sentence was added.");
    Files.write(paper, lines);
    BuildResult edit = build(edited, dir.resolve("edited"), noTemplates, 2, Optional.of(cache));
    String paperPdf =
        "committees/environment/2026-03-17/parks-portfolio-update/parks-portfolio-update.pdf";
    String pack = "committees/environment/2026-03-17/agenda-pack-environment-2026-03-17.pdf";
    assertTrue(renderedPdfs.containsAll(List.of(paperPdf, pack)), renderedPdfs.toString());
    Set<String> others = new TreeSet<>(renderedPdfs);
    others.removeAll(Set.of(paperPdf, pack));
    assertEquals(
        others, edit.reused(), "all but the edited paper's PDF and its pack come from the cache");

    // a changed template file: no PDF is reused
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("print"));
    Files.copy(
        Fixtures.projectDir().resolve("templates/print/print.css"),
        templates.resolve("print/print.css"));
    Files.writeString(
        templates.resolve("print/print.css"),
        "\n/* a council's change */\n",
        StandardOpenOption.APPEND);
    BuildResult changed =
        build(content, dir.resolve("templated"), templates, 2, Optional.of(cache));
    assertTrue(changed.reused().isEmpty(), "a changed template reuses no PDF: " + changed.reused());
  }

  @Test
  void keptMinutesAreNumberedAgainWhenTheirNumbersChangeThoughTheirTextDoesNot()
      throws IOException {
    Path cache = dir.resolve("numbering-cache");
    Path numbered = dir.resolve("numbering-content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), numbered);
    build(numbered, dir.resolve("by-agenda"), noTemplates, 2, Optional.of(cache));
    // the house style changes; not a word of the minutes does
    Files.writeString(
        numbered.resolve("site.yaml"), "\nminute_numbering: yearly\n", StandardOpenOption.APPEND);
    build(numbered, dir.resolve("yearly-cached"), noTemplates, 2, Optional.of(cache));
    build(numbered, dir.resolve("yearly-uncached"), noTemplates, 1, Optional.empty());
    Map<String, String> cached = digests(dir.resolve("yearly-cached"));
    Map<String, String> uncached = digests(dir.resolve("yearly-uncached"));
    assertEquals(uncached.keySet(), cached.keySet());
    List<String> differ =
        uncached.keySet().stream().filter(f -> !uncached.get(f).equals(cached.get(f))).toList();
    assertEquals(List.of(), differ, "files whose bytes differ with the parses kept");
    String minutes = "committees/environment/2026-01-20/minutes/index.html";
    assertTrue(cached.containsKey(minutes), cached.keySet().toString());
    assertTrue(
        !digests(dir.resolve("by-agenda")).get(minutes).equals(cached.get(minutes)),
        "the minutes' numbers changed");
  }

  @Test
  void aKeptTextNamesItsImageAfresh() throws IOException {
    Path cache = dir.resolve("image-cache");
    Path pictured = dir.resolve("image-content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), pictured);
    build(pictured, dir.resolve("first-image"), noTemplates, 2, Optional.of(cache));
    // the chart is replaced by another picture; not a word of the paper changes
    Path chart =
        pictured.resolve(
            "committees/environment/meetings/2026-03-17/papers/green-spaces-strategy/visits-2025.png");
    Files.write(chart, TestFiles.png(7, 5));
    build(pictured, dir.resolve("image-cached"), noTemplates, 2, Optional.of(cache));
    // and the same site, built again from the cache, into a new folder: every image published
    build(pictured, dir.resolve("image-cached-again"), noTemplates, 2, Optional.of(cache));
    build(pictured, dir.resolve("image-uncached"), noTemplates, 1, Optional.empty());
    Map<String, String> uncached = digests(dir.resolve("image-uncached"));
    for (String built : List.of("image-cached", "image-cached-again")) {
      Map<String, String> cached = digests(dir.resolve(built));
      assertEquals(uncached.keySet(), cached.keySet(), built);
      List<String> differ =
          uncached.keySet().stream().filter(f -> !uncached.get(f).equals(cached.get(f))).toList();
      assertEquals(List.of(), differ, built + ": files whose bytes differ with the texts kept");
    }
    Map<String, String> before = digests(dir.resolve("first-image"));
    String page = "committees/environment/2026-03-17/green-spaces-strategy/index.html";
    assertTrue(uncached.containsKey(page), uncached.keySet().toString());
    assertTrue(!before.get(page).equals(uncached.get(page)), "the page names the new picture");
  }

  @Test
  void pdfsTheLastBuildWroteAreTakenUnreadWhileTheOutputHoldsThemAsWritten() throws IOException {
    Path cache = dir.resolve("stamped-cache");
    Path out = dir.resolve("stamped");
    build(content, out, noTemplates, 2, Optional.of(cache));
    Map<String, Object> first = fileKeys(out, renderedPdfs);

    // nothing changed, but the no-change check's stamp is gone, and so is every PDF the cache
    // kept: every meeting's PDFs from its record all the same, each the very file the last build
    // left (linked, not read)
    Files.delete(cache.resolve("up-to-date"));
    int pdfs = 0;
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        byte[] entry = Files.readAllBytes(f);
        if (new String(entry, 0, Math.min(entry.length, 64), StandardCharsets.ISO_8859_1)
            .contains("%PDF-")) {
          Files.delete(f);
          pdfs++;
        }
      }
    }
    assertTrue(pdfs >= renderedPdfs.size(), "PDFs removed from the cache: " + pdfs);
    BuildResult again = build(content, out, noTemplates, 2, Optional.of(cache));
    assertEquals(renderedPdfs, again.reused(), "every PDF from the records, unread");
    assertEquals(first, fileKeys(out, renderedPdfs), "the same files");
    assertSame(digests(out));

    // a PDF of the output changed by hand, its size kept: its meeting's PDFs are not taken from
    // the output (nor from the cache, which lost them): rendered, as a build without a cache
    // makes them
    String meeting = "committees/environment/2026-03-17/";
    String pack = meeting + "agenda-pack-environment-2026-03-17.pdf";
    byte[] b = Files.readAllBytes(out.resolve(pack));
    b[b.length / 2] ^= 0x20;
    Files.write(out.resolve(pack), b);
    BuildResult mended = build(content, out, noTemplates, 2, Optional.of(cache));
    Set<String> others = new TreeSet<>(renderedPdfs);
    others.removeIf(p -> p.startsWith(meeting));
    assertTrue(others.size() < renderedPdfs.size() && !others.isEmpty(), others.toString());
    assertEquals(others, mended.reused(), "the other meeting's PDFs from its record");
    assertSame(digests(out));
    assertTrue(
        !first.get(pack).equals(fileKeys(out, Set.of(pack)).get(pack)),
        "the changed pack was written again, not linked");
  }

  @Test
  void entriesUnusedForAWeekAreSweptAndWhatABuildUsedStays() throws IOException {
    Path cache = dir.resolve("swept-cache");
    build(content, dir.resolve("swept-1"), noTemplates, 2, Optional.of(cache));
    // an entry no build asks for, every entry last used eight days ago, and a sweep due
    String stray = BuildCache.key("asked for by nothing".getBytes(StandardCharsets.UTF_8));
    BuildCache.in(cache).put(stray, "a value".getBytes(StandardCharsets.UTF_8));
    Path strayFile = cache.resolve(stray.substring(0, 2)).resolve(stray.substring(2));
    assertTrue(Files.exists(strayFile));
    FileTime eightDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(8)));
    List<Path> entries = entries(cache);
    for (Path f : entries) {
      Files.setLastModifiedTime(f, eightDaysAgo);
    }
    Files.delete(cache.resolve("swept"));
    Files.delete(cache.resolve("up-to-date"));

    // the same output folder: every PDF linked from it unread, its cache entry marked used all the
    // same; every entry read marked used
    BuildResult used = build(content, dir.resolve("swept-1"), noTemplates, 2, Optional.of(cache));
    assertEquals(renderedPdfs, used.reused());
    assertSame(digests(dir.resolve("swept-1")));
    assertFalse(Files.exists(strayFile), "unused for eight days: swept");
    List<Path> left = entries(cache);
    assertTrue(left.size() < entries.size(), left.size() + " of " + entries.size());

    // what that build used is all still there: a build elsewhere takes every PDF from the cache
    BuildResult again = build(content, dir.resolve("swept-2"), noTemplates, 2, Optional.of(cache));
    assertEquals(renderedPdfs, again.reused(), "nothing a build uses is swept");
    assertSame(digests(dir.resolve("swept-2")));
  }

  @Test
  void aCacheFolderThatHeldSomethingElseIsNeverSweptNorTagged() throws IOException {
    Path foreign = Files.createDirectories(dir.resolve("someones-folder"));
    Files.writeString(foreign.resolve("notes.txt"), "not Tabled's");
    Path lookalike = foreign.resolve("ab").resolve("c".repeat(62));
    Files.createDirectories(lookalike.getParent());
    Files.writeString(lookalike, "named as an entry is, eight days old");
    Files.setLastModifiedTime(lookalike, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
    build(content, dir.resolve("foreign-out"), noTemplates, 2, Optional.of(foreign));
    assertTrue(Files.exists(lookalike), "a --cache that held files is not swept");
    assertFalse(Files.exists(foreign.resolve("CACHEDIR.TAG")), "nor claimed");
    Path made = dir.resolve("made-cache");
    build(content, dir.resolve("made-out"), noTemplates, 2, Optional.of(made));
    assertTrue(
        Files.readString(made.resolve("CACHEDIR.TAG")).startsWith("Signature: "),
        "a cache the build made is tagged as one");
  }

  @Test
  void anyEntryMayGoMissing() throws IOException {
    Path cache = dir.resolve("halved-cache");
    build(content, dir.resolve("halved-1"), noTemplates, 2, Optional.of(cache));
    // every other entry removed, as a sweep might leave a record without the entries it names
    List<Path> entries = entries(cache);
    for (int i = 0; i < entries.size(); i += 2) {
      Files.delete(entries.get(i));
    }
    assertTrue(entries.size() > 10, "entries: " + entries.size());
    BuildResult r = build(content, dir.resolve("halved-2"), noTemplates, 2, Optional.of(cache));
    assertTrue(r.reused().size() < renderedPdfs.size(), "some PDFs made again: " + r.reused());
    assertSame(digests(dir.resolve("halved-2")));
  }

  /** The entries of {@code cache}, in order. */
  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.walk(cache)) {
      return s.filter(f -> f.getFileName().toString().matches("[0-9a-f]{62}"))
          .filter(f -> f.getParent().getFileName().toString().matches("[0-9a-f]{2}"))
          .sorted()
          .toList();
    }
  }

  /** The file key (device and inode) of each of {@code paths} in {@code root}. */
  private static Map<String, Object> fileKeys(Path root, Set<String> paths) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    for (String p : paths) {
      keys.put(
          p,
          Files.readAttributes(
                  root.resolve(p), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
              .fileKey());
    }
    return keys;
  }

  private static BuildResult build(
      Path from, Path out, Path templates, int threads, Optional<Path> cache) {
    BuildResult r = Pipeline.run(options(from, out, templates, threads, cache));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r;
  }

  private static BuildOptions options(
      Path from, Path out, Path templates, int threads, Optional<Path> cache) {
    return new BuildOptions(
        from, templates, out, dir, false, Audience.PUBLIC, AS_OF, true, threads, cache);
  }

  private static void assertSame(Map<String, String> other) {
    assertEquals(reference.keySet(), other.keySet(), "the same files");
    List<String> differ =
        reference.keySet().stream().filter(f -> !reference.get(f).equals(other.get(f))).toList();
    assertEquals(List.of(), differ, "files whose bytes differ");
  }

  private static Map<String, String> digests(Path root) throws IOException {
    return TestFiles.digests(root);
  }
}
