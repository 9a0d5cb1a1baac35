package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.bench.ArchiveGenerator;
import org.tabled.publish.Audience;
import org.tabled.testing.TestFiles;

/**
 * A meeting's PDFs are taken whole from what an earlier build recorded of them only while nothing
 * they can be made from has changed, and then give the very bytes a build without a cache gives.
 *
 * <p>An archive of eleven meetings of ten committees (two of the first committee) is built with a
 * cache, then changed step by step; after each step the cached build is compared, file by file,
 * with a build of the same content without a cache, and the meetings it took from their records are
 * checked: every meeting of another committee after a paragraph of one paper changes; not the
 * committee whose paper now names another committee's paper; both once that paper's title changes;
 * none after a file every meeting reads ({@code people/}) changes.
 */
class MeetingRecordsIT {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final String EDITED = "adult-care-scrutiny";
  private static final String NAMING = "housing-scrutiny";

  @TempDir Path dir;

  @Test
  void recordsAreTakenExactlyWhileWhatTheMeetingReadsIsUnchanged() throws IOException {
    Path content = dir.resolve("content");
    ArchiveGenerator.write(content, 11, 1);
    Path cache = dir.resolve("cache");
    Set<String> all = meetings(content);
    assertEquals(11, all.size(), all.toString());

    BuildResult first = cached(content, "first", cache);
    assertEquals(Set.of(), first.replayed(), "a cold cache holds no record");

    // one paragraph of one paper: only its committee's meetings are rendered again
    Path paper = firstPaper(content, EDITED);
    appendToFirstParagraph(paper, " This sentence was added to the report.");
    BuildResult edit = cached(content, "edit", cache);
    assertEquals(without(all, EDITED), edit.replayed());
    assertSameAsUncached(content, "edit");

    // a paper of another committee names that paper: the naming committee is rendered again
    Path naming = firstPaper(content, NAMING);
    String id = paper.getParent().getFileName().toString();
    appendToFirstParagraph(naming, " The related report is [[paper:" + id + "]].");
    BuildResult named = cached(content, "named", cache);
    assertEquals(without(all, NAMING), named.replayed());
    assertSameAsUncached(content, "named");

    // the named paper's title changes: both committees are rendered again, the others are not
    String text = Files.readString(paper);
    String retitled = text.replaceFirst("(?m)^title: .*$", "title: A title given later");
    assertTrue(!retitled.equals(text), "the paper has a title line");
    Files.writeString(paper, retitled);
    BuildResult title = cached(content, "title", cache);
    Set<String> others = without(without(all, EDITED), NAMING);
    assertEquals(others, title.replayed());
    assertSameAsUncached(content, "title");
    String namingPage = Files.readString(dir.resolve("title").resolve(pagePath(naming)));
    assertTrue(namingPage.contains("A title given later"), "the naming paper's page has the title");

    // a meeting of a third committee becomes the annual meeting, which starts a municipal year for
    // every committee: nothing is taken from a record
    Path meeting = firstPaper(content, "licensing").getParent().getParent().getParent();
    Files.writeString(
        meeting.resolve("meeting.yaml"),
        Files.readString(meeting.resolve("meeting.yaml")) + "annual: true\n");
    BuildResult annual = cached(content, "annual", cache);
    assertEquals(Set.of(), annual.replayed(), "a new municipal year renders every meeting");
    assertSameAsUncached(content, "annual");

    // nothing changed: every meeting is taken from its record
    assertEquals(all, cached(content, "again", cache).replayed());
    assertEquals(digests(dir.resolve("annual-uncached")), digests(dir.resolve("again")));

    // the records kept but the PDFs gone from the cache: every meeting is rendered again, its pack
    // laid out to the pages its record gave, and every byte is as without a cache
    int removed = 0;
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        if (isPdfEntry(f)) {
          Files.delete(f);
          removed++;
        }
      }
    }
    assertTrue(removed >= 11, "PDFs removed from the cache: " + removed);
    assertEquals(Set.of(), cached(content, "lost", cache).replayed(), "no PDF to take");
    assertEquals(digests(dir.resolve("annual-uncached")), digests(dir.resolve("lost")));
  }

  /** True if the cache entry {@code f} holds a PDF (after the entry's 20-byte header). */
  private static boolean isPdfEntry(Path f) throws IOException {
    byte[] head = new byte[24];
    try (var in = Files.newInputStream(f)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && new String(head, 20, 4, StandardCharsets.US_ASCII).equals("%PDF");
    }
  }

  private BuildResult cached(Path content, String out, Path cache) {
    return build(content, dir.resolve(out), 2, Optional.of(cache));
  }

  private void assertSameAsUncached(Path content, String cachedOut) throws IOException {
    build(content, dir.resolve(cachedOut + "-uncached"), 2, Optional.empty());
    Map<String, String> cached = digests(dir.resolve(cachedOut));
    Map<String, String> uncached = digests(dir.resolve(cachedOut + "-uncached"));
    assertEquals(uncached.keySet(), cached.keySet(), cachedOut + ": the same files");
    List<String> differ =
        uncached.keySet().stream().filter(f -> !uncached.get(f).equals(cached.get(f))).toList();
    assertEquals(List.of(), differ, cachedOut + ": files whose bytes differ");
  }

  private BuildResult build(Path content, Path out, int threads, Optional<Path> cache) {
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content,
                dir.resolve("no-templates"),
                out,
                dir,
                false,
                Audience.PUBLIC,
                AS_OF,
                true,
                threads,
                cache));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r;
  }

  /** Every meeting of the archive, as "committee/date". */
  private static Set<String> meetings(Path content) throws IOException {
    try (Stream<Path> s = Files.list(content.resolve("committees"))) {
      Set<String> out = new TreeSet<>();
      for (Path c : s.toList()) {
        try (Stream<Path> m = Files.list(c.resolve("meetings"))) {
          m.forEach(x -> out.add(c.getFileName() + "/" + x.getFileName()));
        }
      }
      return out;
    }
  }

  private static Set<String> without(Set<String> meetings, String committee) {
    return meetings.stream()
        .filter(m -> !m.startsWith(committee + "/"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The first paper of the first meeting of {@code committee}. */
  private static Path firstPaper(Path content, String committee) throws IOException {
    try (Stream<Path> s = Files.walk(content.resolve("committees/" + committee + "/meetings"))) {
      return s.filter(p -> p.getFileName().toString().equals("paper.md"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  /** The website page of the paper at {@code paper} ({@code …/meetings/DATE/papers/ID/…}). */
  private static String pagePath(Path paper) {
    Path id = paper.getParent();
    Path date = id.getParent().getParent();
    Path committee = date.getParent().getParent();
    return "committees/"
        + committee.getFileName()
        + "/"
        + date.getFileName()
        + "/"
        + id.getFileName()
        + "/index.html";
  }

  /** Adds {@code sentence} to the end of the first paragraph of text after the front matter. */
  private static void appendToFirstParagraph(Path paper, String sentence) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(paper));
    int line = lines.subList(1, lines.size()).indexOf("---") + 2;
    while (lines.get(line).isBlank() || !Character.isUpperCase(lines.get(line).charAt(0))) {
      line++;
    }
    lines.set(line, lines.get(line) + sentence);
    Files.write(paper, lines);
  }

  private static Map<String, String> digests(Path root) throws IOException {
    return TestFiles.digests(root);
  }
}
