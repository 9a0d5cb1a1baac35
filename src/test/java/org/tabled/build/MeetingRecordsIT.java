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
import org.tabled.testing.Fixtures;
import org.tabled.testing.TestFiles;

/**
 * A meeting's PDFs are taken whole from what an earlier build recorded of them only while nothing
 * they can be made from has changed, and then give the very bytes a build without a cache gives.
 *
 * <p>An archive of eleven meetings of ten committees (two of the first committee) is built with a
 * cache, then changed step by step; after each step the cached build is compared, file by file,
 * with a build of the same content without a cache, and the meetings it took from their records are
 * checked: every meeting but the paper's own after a paragraph of one paper changes (the other
 * meeting of its committee too); not the committee whose paper now names another committee's paper;
 * only the paper's meeting when the named paper's text changes, and the naming meeting too once it
 * names a paragraph of it; neither committee once that paper's title changes; none after a
 * municipal year starts.
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

    // one paragraph of one paper: only its own meeting is rendered again, not the other meeting of
    // its committee, whose pack prints the paper's title but not its text
    Path paper = firstPaper(content, EDITED);
    appendToFirstParagraph(paper, " This sentence was added to the report.");
    BuildResult edit = cached(content, "edit", cache);
    Set<String> edited = new TreeSet<>(all);
    edited.remove(meetingOf(paper));
    assertEquals(2, all.size() - without(all, EDITED).size(), "the committee has two meetings");
    assertEquals(edited, edit.replayed());
    assertSameAsUncached(content, "edit");

    // a paper of another committee names that paper: the naming committee is rendered again
    Path naming = firstPaper(content, NAMING);
    String id = paper.getParent().getFileName().toString();
    appendToFirstParagraph(naming, " The related report is [[paper:" + id + "]].");
    BuildResult named = cached(content, "named", cache);
    assertEquals(without(all, NAMING), named.replayed());
    assertSameAsUncached(content, "named");

    // the named paper's text changes: only its own meeting is rendered again, since a reference to
    // a
    // paper prints its title and its pages, and the PDF stage records the pages it read
    appendToFirstParagraph(paper, " A second sentence was added later.");
    BuildResult namedText = cached(content, "named-text", cache);
    assertEquals(edited, namedText.replayed());
    assertSameAsUncached(content, "named-text");

    // a reference to one of its paragraphs reads its text: a change to it renders the naming
    // committee's meeting again too, and not the other meeting of the paper's committee
    appendToFirstParagraph(naming, " Its reasoning is in [[para:" + id + "#1.1]].");
    assertEquals(without(all, NAMING), cached(content, "para", cache).replayed());
    // (a word for a word of the same length: the paper keeps its pages, which the other meeting of
    // its committee prints, so that meeting's record stands)
    String before = Files.readString(paper);
    Files.writeString(paper, before.replace("was added later.", "was amended too."));
    assertTrue(!before.equals(Files.readString(paper)), "the sentence is in the paper");
    BuildResult paraText = cached(content, "para-text", cache);
    Set<String> reading = without(edited, NAMING);
    assertEquals(all.size() - 2, reading.size(), reading.toString());
    assertEquals(reading, paraText.replayed());
    assertSameAsUncached(content, "para-text");

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

  /**
   * The example council, whose texts name papers, appendices and paragraphs of other meetings and
   * whose tracker's responses name a paragraph: three texts change one at a time (a word for a word
   * of the same length, so that no pack's pages move), each in a cached build. The meetings that
   * print a changed text, or a reference to one of its paragraphs, are rendered again and no other;
   * a stale PDF taken from a record would survive to the last build, which is compared with a build
   * without a cache.
   */
  @Test
  void inTheExampleOnlyTheMeetingsThatPrintAChangedTextAreRenderedAgain() throws IOException {
    Path content = dir.resolve("example");
    Fixtures.copyExample(content);
    Path cache = dir.resolve("example-cache");
    cached(content, "example-first", cache);
    // the meetings with PDFs: all of them taken from their records by a build into a new folder
    Set<String> all = cached(content, "example-again", cache).replayed();
    String children = "children-scrutiny";
    assertTrue(all.stream().filter(m -> m.startsWith(children + "/")).count() >= 3, all.toString());

    // a paper of a meeting whose agenda is not published, named by a paper of another meeting:
    // nothing is rendered again (its title is what the other meeting prints)
    sameLength(
        content.resolve(
            "committees/children-scrutiny/meetings/2027-02-02/papers/elective-home-education/"
                + "paper.md"));
    assertEquals(all, cached(content, "example-unpublished", cache).replayed());

    // an appendix named by the minutes of its own meeting: its own meeting only (the appendix's
    // title, which the minutes print with the next agenda, is in the front matter of its paper)
    sameLength(
        content.resolve(
            "committees/children-scrutiny/meetings/2026-11-17/papers/high-needs-block/"
                + "dsg-management-plan.md"));
    assertEquals(
        allBut(all, "children-scrutiny/2026-11-17"),
        cached(content, "example-appendix", cache).replayed());

    // a paragraph named by a response in the committee's tracker, which any of its packs may
    // print: every meeting of the committee, and no other
    sameLength(
        content.resolve(
            "committees/children-scrutiny/meetings/2026-09-22/papers/school-place-planning/"
                + "paper.md"));
    assertEquals(without(all, children), cached(content, "example-paragraph", cache).replayed());

    build(content, dir.resolve("example-uncached"), 2, Optional.empty());
    assertEquals(
        digests(dir.resolve("example-uncached")), digests(dir.resolve("example-paragraph")));
  }

  /** Changes one word of the text after the front matter of {@code file} for one as long. */
  private static void sameLength(Path file) throws IOException {
    String text = Files.readString(file);
    int body = text.indexOf("\n---", 3);
    int at = text.indexOf(" the ", body < 0 ? 0 : body + 4);
    assertTrue(at > 0, "a word to change in " + file);
    Files.writeString(file, text.substring(0, at) + " tha " + text.substring(at + 5));
  }

  private static Set<String> allBut(Set<String> meetings, String meeting) {
    Set<String> out = new TreeSet<>(meetings);
    assertTrue(out.remove(meeting), meeting + " in " + meetings);
    return out;
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

  /** The meeting, as "committee/date", of the paper at {@code paper}. */
  private static String meetingOf(Path paper) {
    Path date = paper.getParent().getParent().getParent();
    return date.getParent().getParent().getFileName() + "/" + date.getFileName();
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
