package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;
import org.tabled.testing.TestFiles;

/**
 * A committee's part of the website is taken from what an earlier build recorded of it only when
 * nothing it reads changed: the example council (two committees; the children's committee's texts
 * reach only its own meetings, the communities committee's only its own) is built into one output
 * folder again and again with a cache, each time compared file by file with a build of the same
 * content without a cache, and the set of committees taken from records is checked: the other
 * committee's after an edit of a paper, none after a template, the day or an output file changed.
 */
class SiteRecordsIT {

  private static final LocalDate AS_OF = Sites.EXAMPLE_AS_OF;
  private static final String CHILDREN = "children-scrutiny";
  private static final String COMMUNITIES = "communities-scrutiny";

  @TempDir Path dir;
  private int references;
  private Path noTemplates;
  private Path site;
  private Path cache;

  @org.junit.jupiter.api.BeforeEach
  void folders() {
    noTemplates = dir.resolve("no-templates");
    site = dir.resolve("site");
    cache = dir.resolve("cache");
  }

  @Test
  void anEditRendersItsCommitteesPagesAgainAndTakesTheRestUnreadAndUnchanged() throws IOException {
    Path content = example();

    BuildResult first = build(content, noTemplates, site, Optional.of(cache), AS_OF);
    assertEquals(Set.of(), first.committeesReplayed(), "a cold cache has no records");
    Map<String, Object> before = keys(site);

    // a paragraph of a communities paper: its committee rendered again, the children's taken
    // from its record, unread (the very files the last build left, not written again)
    addSentence(
        content.resolve(
            "committees/communities-scrutiny/meetings/2026-10-06/papers/air-quality-action-plan/paper.md"));
    BuildResult edited = build(content, noTemplates, site, Optional.of(cache), AS_OF);
    assertEquals(Set.of(CHILDREN), edited.committeesReplayed());
    // of the edited committee's pages, only the one whose model changed ran its template: the
    // others were taken from the last output unread (and are what a build without a cache makes)
    String paper = "committees/" + COMMUNITIES + "/2026-10-06/air-quality-action-plan/index.html";
    assertTrue(first.pagesRendered().contains(paper), first.pagesRendered().toString());
    assertTrue(first.pagesRendered().size() > 50, "every page: " + first.pagesRendered());
    assertEquals(Set.of(paper), edited.pagesRendered());
    assertSameAsUncached(content, noTemplates, site, AS_OF, "after an edit");
    Map<String, Object> after = keys(site);
    List<String> children =
        before.keySet().stream().filter(p -> p.startsWith("committees/" + CHILDREN + "/")).toList();
    assertTrue(children.size() > 20, "the children's committee's files: " + children);
    for (String p : children) {
      assertEquals(before.get(p), after.get(p), p + " is the same file, not written again");
    }
    assertNotEquals(before.get(paper), after.get(paper), "the edited paper's page is new");
    // the children's documents' passages in the search index, numbered from the same place:
    // linked unread too (their words taken as kept, which the comparison above checks)
    List<String> passages = new java.util.ArrayList<>();
    for (String p : after.keySet()) {
      if (p.startsWith("search/text/")
          && Files.readString(site.resolve(p))
              .contains("\"path\":\"committees/" + CHILDREN + "/")) {
        passages.add(p);
      }
    }
    assertTrue(passages.size() > 5, "the children's committee's passages: " + passages);
    for (String p : passages) {
      assertEquals(before.get(p), after.get(p), p + " is the same file, not written again");
    }

    // the same paper edited again: the children's record still stands, and its passages are
    // taken by their stamps, unread: one changed in place with its time put back (as only a hand
    // could) is still the changed one (the next step renders them again)
    Path passage = site.resolve(passages.get(0));
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(passage);
    String text = Files.readString(passage);
    int at = text.indexOf("\"text\":\"") + 8;
    String changed = text.substring(0, at) + "#" + text.substring(at + 1);
    Files.writeString(passage, changed, StandardOpenOption.TRUNCATE_EXISTING);
    Files.setLastModifiedTime(passage, time);
    addSentence(
        content.resolve(
            "committees/communities-scrutiny/meetings/2026-10-06/papers/air-quality-action-plan/paper.md"));
    assertEquals(
        Set.of(CHILDREN),
        build(content, noTemplates, site, Optional.of(cache), AS_OF).committeesReplayed());
    assertEquals(changed, Files.readString(passage), "a passage taken by its stamp, unread");

    // a children's paper edited: now the communities committee is taken from its record
    addSentence(
        content.resolve(
            "committees/children-scrutiny/meetings/2026-11-17/papers/high-needs-block/paper.md"));
    assertEquals(
        Set.of(COMMUNITIES),
        build(content, noTemplates, site, Optional.of(cache), AS_OF).committeesReplayed());
    assertSameAsUncached(content, noTemplates, site, AS_OF, "after an edit of the other");

    // a page of the output changed by hand (same size): that committee's record is not used
    Path page = site.resolve("committees/" + COMMUNITIES + "/index.html");
    byte[] b = Files.readAllBytes(page);
    b[b.length - 2] = (byte) (b[b.length - 2] == 'x' ? 'y' : 'x');
    Files.write(page, b);
    // (the output's listing changed, so this is no no-change build, though no content did)
    BuildResult mended = build(content, noTemplates, site, Optional.of(cache), AS_OF);
    assertEquals(
        Set.of(CHILDREN),
        mended.committeesReplayed(),
        "the communities committee's page was changed: its part is rendered");
    assertEquals(
        Set.of("committees/" + COMMUNITIES + "/index.html"),
        mended.pagesRendered(),
        "of its pages, the one changed by hand (its stamp is not the recorded one)");
    assertSameAsUncached(content, noTemplates, site, AS_OF, "after a page was changed by hand");

    // a template of the council's: every page may change, no record is used
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("site"));
    Files.writeString(
        templates.resolve("site/paper.ftlh"),
        Files.readString(Fixtures.projectDir().resolve("templates/site/paper.ftlh"))
            + "\n<#-- the council's change -->\n");
    BuildResult templated = build(content, templates, site, Optional.of(cache), AS_OF);
    assertEquals(Set.of(), templated.committeesReplayed(), "a changed template");
    assertEquals(first.pagesRendered(), templated.pagesRendered(), "every page");
    assertSameAsUncached(content, templates, site, AS_OF, "after a template changed");

    // another day: pages print it, and what is published depends on it
    assertEquals(
        Set.of(),
        build(content, templates, site, Optional.of(cache), AS_OF.plusDays(1)).committeesReplayed(),
        "another day");
    assertEquals(
        Set.of(),
        build(content, templates, site, Optional.of(cache), AS_OF).committeesReplayed(),
        "back to the first day: the output holds the other day's pages, not the recorded ones");
    // nothing changed, but the no-change check's stamp is gone: both parts from their records
    Files.delete(cache.resolve("up-to-date"));
    assertEquals(
        Set.of(COMMUNITIES, CHILDREN),
        build(content, templates, site, Optional.of(cache), AS_OF).committeesReplayed(),
        "nothing changed since both were recorded");
    assertSameAsUncached(content, templates, site, AS_OF, "both from records");
  }

  @Test
  void aPreviewsBuildsSharingTheirMemoryMakeWhatBuildsWithoutItMake() throws IOException {
    Path content = example();
    Memory memory = Memory.create();
    buildWith(memory, content, noTemplates, site, cache);
    String communities =
        "committees/communities-scrutiny/meetings/2026-10-06/papers/air-quality-action-plan/paper.md";
    String children =
        "committees/children-scrutiny/meetings/2026-11-17/papers/high-needs-block/paper.md";
    for (String edited : List.of(communities, communities, children, communities)) {
      addSentence(content.resolve(edited));
      BuildResult r = buildWith(memory, content, noTemplates, site, cache);
      assertEquals(
          Set.of(edited.equals(communities) ? CHILDREN : COMMUNITIES),
          r.committeesReplayed(),
          "the other committee's part taken as the memory holds it");
      assertSameAsUncached(content, noTemplates, site, AS_OF, "after an edit of " + edited);
    }
    // a template changed while the preview runs: no page is taken as the memory holds it
    Path templates = dir.resolve("templates");
    Files.createDirectories(templates.resolve("site"));
    Files.writeString(
        templates.resolve("site/paper.ftlh"),
        Files.readString(Fixtures.projectDir().resolve("templates/site/paper.ftlh"))
            .replace("</@frame.page>", "<p>Changed by the council.</p>\n</@frame.page>"));
    assertEquals(Set.of(), buildWith(memory, content, templates, site, cache).committeesReplayed());
    assertSameAsUncached(content, templates, site, AS_OF, "after a template changed");
    assertTrue(
        Files.readString(
                site.resolve(
                    "committees/" + COMMUNITIES + "/2026-10-06/air-quality-action-plan/index.html"))
            .contains("Changed by the council."));
    buildWith(memory, content, noTemplates, site, cache);
    // the cache emptied under the preview: what the memory holds is not taken on its own word
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!f.equals(cache)) {
          Files.delete(f);
        }
      }
    }
    addSentence(content.resolve(children));
    assertEquals(
        Set.of(), buildWith(memory, content, noTemplates, site, cache).committeesReplayed());
    assertSameAsUncached(content, noTemplates, site, AS_OF, "after the cache was emptied");
  }

  private BuildResult buildWith(Memory memory, Path content, Path templates, Path out, Path cache) {
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content,
                templates,
                out,
                dir,
                false,
                Audience.PUBLIC,
                AS_OF,
                false,
                2,
                Optional.of(cache)),
            true,
            memory);
    assertTrue(r.ok(), r.diagnostics().toString());
    return r;
  }

  @Test
  void anEditMakesAgainTheSearchShardsOfItsWordsAndTakesTheOthersUnread() throws IOException {
    Path content = example();
    build(content, noTemplates, site, Optional.of(cache), AS_OF);
    // every shard changed by hand, its size and time kept: one taken by its stamp stays so
    Map<Path, String> altered = new TreeMap<>();
    try (Stream<Path> s = Files.list(site.resolve("search/index"))) {
      for (Path shard : s.toList()) {
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(shard);
        String text = Files.readString(shard);
        int at = text.indexOf("\":\"") + 3;
        String changed =
            text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1);
        Files.writeString(shard, changed, StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(shard, time);
        altered.put(site.relativize(shard), changed);
      }
    }
    assertTrue(altered.size() > 5, "the example's shards: " + altered.keySet());
    addSentence(
        content.resolve(
            "committees/communities-scrutiny/meetings/2026-10-06/papers/air-quality-action-plan/paper.md"));
    build(content, noTemplates, site, Optional.of(cache), AS_OF);
    List<Path> taken = new java.util.ArrayList<>();
    List<Path> made = new java.util.ArrayList<>();
    for (Map.Entry<Path, String> e : altered.entrySet()) {
      Path shard = site.resolve(e.getKey());
      if (Files.exists(shard) && Files.readString(shard).equals(e.getValue())) {
        taken.add(e.getKey());
      } else {
        made.add(e.getKey());
      }
    }
    assertFalse(made.isEmpty(), "the shards of the words added are made again");
    assertTrue(
        taken.size() > made.size(), "most shards taken unread: taken " + taken + ", made " + made);
    // the shards made again are those a build from nothing makes
    Path reference = dir.resolve("reference");
    build(content, noTemplates, reference, Optional.empty(), AS_OF);
    for (Path p : made) {
      if (Files.exists(site.resolve(p))) {
        assertEquals(Files.readString(reference.resolve(p)), Files.readString(site.resolve(p)));
      }
    }
    assertEquals(
        Files.readString(reference.resolve("search/search-index.js")),
        Files.readString(site.resolve("search/search-index.js")));
  }

  @Test
  void aPaperWithdrawnFromTheSiteLeavesNoRecordedPageThatShowsItNorOneThatNamesIt()
      throws IOException {
    Path content = example();
    Path budget =
        content.resolve(
            "committees/children-scrutiny/meetings/2026-11-17/papers/budget-proposals-children-2027/paper.md");
    String canary = "Canary sentence 7f3a of the budget paper.";
    Files.writeString(budget, "\n" + canary + "\n", StandardOpenOption.APPEND);
    // the communities committee names the children's paper: it reaches the children's meetings
    Files.writeString(
        content.resolve(
            "committees/communities-scrutiny/meetings/2026-10-06/papers/air-quality-action-plan/paper.md"),
        "\nSee also [[paper:budget-proposals-children-2027]].\n",
        StandardOpenOption.APPEND);
    build(content, noTemplates, site, Optional.of(cache), AS_OF);
    assertTrue(holding(site, canary).size() > 0, "the paper is published");
    String naming = "committees/" + COMMUNITIES + "/2026-10-06/air-quality-action-plan/index.html";
    assertTrue(Files.readString(site.resolve(naming)).contains("Budget proposals 2027-28"));

    // the paper now waits for a later day: its text leaves the site, and the communities paper
    // that names it, though none of its own files changed, is rendered again
    String text = Files.readString(budget);
    Files.writeString(budget, text.replaceFirst("\n---\n", "\npublished: 2027-01-05\n---\n"));
    BuildResult withdrawn = build(content, noTemplates, site, Optional.of(cache), AS_OF);
    assertEquals(Set.of(), withdrawn.committeesReplayed(), "both read the changed meeting");
    assertEquals(List.of(), holding(site, canary), "no page shows the withdrawn paper's text");
    assertTrue(
        Files.readString(site.resolve(naming)).contains("(not yet published)"),
        "the page naming it names only its meeting");
    assertSameAsUncached(content, noTemplates, site, AS_OF, "after a paper was withdrawn");
  }

  /** The files of {@code root} whose text holds {@code s}. */
  private static List<String> holding(Path root, String s) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> out = new java.util.ArrayList<>();
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(s)) {
          out.add(root.relativize(f).toString());
        }
      }
      return out;
    }
  }

  /** The example content, copied into the test's folder. */
  private Path example() throws IOException {
    Path content = dir.resolve("content");
    Fixtures.copyExample(content);
    return content;
  }

  private static void addSentence(Path file) throws IOException {
    Files.writeString(
        file,
        "\nA sentence added for the test.\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private void assertSameAsUncached(
      Path content, Path templates, Path site, LocalDate asOf, String when) throws IOException {
    Path reference = dir.resolve("reference-" + ++references);
    build(content, templates, reference, Optional.empty(), asOf);
    Map<String, String> expected = TestFiles.digests(reference);
    Map<String, String> actual = TestFiles.digests(site);
    assertEquals(expected.keySet(), actual.keySet(), when + ": the same files");
    List<String> differ =
        expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f))).toList();
    assertEquals(List.of(), differ, when + ": files whose bytes differ from a build without cache");
  }

  /** Each file of {@code root} by its file key (device and inode). */
  private static Map<String, Object> keys(Path root) throws IOException {
    Map<String, Object> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(f).toString().replace('\\', '/'),
            Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey());
      }
    }
    return out;
  }

  private BuildResult build(
      Path content, Path templates, Path out, Optional<Path> cache, LocalDate asOf) {
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content, templates, out, dir, false, Audience.PUBLIC, asOf, false, 2, cache));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r;
  }
}
