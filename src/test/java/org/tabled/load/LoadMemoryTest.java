package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;
import org.tabled.testing.Fixtures;

/** The preview's memory of the texts it loaded ({@link LoadMemory}). */
class LoadMemoryTest {

  private static final String PAPER =
      "committees/audit/meetings/2025-06-10/papers/annual-audit-opinion/paper.md";
  private static final String TERMS = "committees/audit/terms-of-reference.md";

  @TempDir Path tmp;
  private Path content;
  private final LoadMemory memory = LoadMemory.create();

  @BeforeEach
  void copy() throws IOException {
    content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden"), content);
    // every file last changed an hour ago: none is too recent to be remembered
    FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> s = Files.walk(content)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, hourAgo);
      }
    }
  }

  private LoadedContent load(Diagnostics d) {
    return Loader.load(content, tmp, FolderDigests.NONE, memory, d);
  }

  private String text(LoadedContent c, String path) {
    return c.texts().get("content/" + path);
  }

  /** Writes {@code text} into {@code path}, giving the file back its size and time. */
  private void changeUnseen(String path, String from, String to) throws IOException {
    Path f = content.resolve(path);
    FileTime was = Files.getLastModifiedTime(f);
    String now = Files.readString(f).replace(from, to);
    Files.writeString(f, now);
    Files.setLastModifiedTime(f, was);
  }

  @Test
  void aSecondLoadTakesWhatStatsAsItDidFromMemoryAndReadsWhatChanged() throws Exception {
    Diagnostics d1 = new Diagnostics();
    LoadedContent first = load(d1);
    assertFalse(d1.hasErrors(), d1.toString());
    assertEquals(first.texts().size(), memory.size(), "every text read cleanly is remembered");

    // the same size and time: taken from memory, unread (which is how it can be seen here)
    changeUnseen(PAPER, "## Opinion", "## OPINION");
    // a new time: read again
    Path terms = content.resolve(TERMS);
    Files.writeString(terms, Files.readString(terms).replace("Role", "Remit"));
    Diagnostics d2 = new Diagnostics();
    LoadedContent second = load(d2);
    assertFalse(d2.hasErrors(), d2.toString());
    assertEquals(text(first, PAPER), text(second, PAPER), "taken from memory");
    assertTrue(text(second, TERMS).contains("## Remit"), "a changed file is read again");
    assertEquals(first.texts().keySet(), second.texts().keySet());
    assertEquals(paper(first), paper(second), "the paper's parse remembered too");
    assertFalse(text(second, PAPER).contains("## OPINION"));
    assertTrue(
        text(loadWithout(), PAPER).contains("## OPINION"), "only the memory hides the change");
  }

  /** The parse of {@link #PAPER} in {@code c}. */
  private static RawMarkdown paper(LoadedContent c) {
    return c.committees().get(0).meetings().stream()
        .filter(m -> m.folder().equals("2025-06-10"))
        .flatMap(m -> m.papers().stream())
        .filter(p -> p.id().equals("annual-audit-opinion"))
        .findFirst()
        .orElseThrow()
        .paper()
        .orElseThrow();
  }

  /** A load of the content as it is, remembering nothing. */
  private LoadedContent loadWithout() {
    return Loader.load(content, tmp, FolderDigests.NONE, LoadMemory.NONE, new Diagnostics());
  }

  @Test
  void whatALoadWithMemoryMakesIsWhatALoadWithoutMakes() {
    LoadedContent first = load(new Diagnostics());
    LoadedContent again = load(new Diagnostics());
    LoadedContent without = loadWithout();
    assertEquals(without.texts(), again.texts());
    assertEquals(without.site(), again.site());
    assertEquals(without.people(), again.people());
    assertEquals(without.committees(), again.committees());
    assertEquals(first.committees(), again.committees());
  }

  @Test
  void aFileChangedWithinTwoSecondsOfTheLoadThatReadItIsReadAgain() throws Exception {
    Path paper = content.resolve(PAPER);
    Files.setLastModifiedTime(paper, FileTime.fromMillis(System.currentTimeMillis()));
    load(new Diagnostics());
    changeUnseen(PAPER, "## Opinion", "## OPINION");
    assertTrue(text(load(new Diagnostics()), PAPER).contains("## OPINION"), "racily clean: read");
  }

  @Test
  void aFileSwappedForAnotherOfTheSameSizeAndTimeIsReadAgain() throws Exception {
    load(new Diagnostics());
    // as an editor saves: a new file written beside it and renamed over it, its time set back
    Path paper = content.resolve(PAPER);
    Path beside = paper.resolveSibling(".paper.md.swp");
    Files.writeString(beside, Files.readString(paper).replace("## Opinion", "## OPINION"));
    Files.setLastModifiedTime(beside, Files.getLastModifiedTime(paper));
    Files.move(beside, paper, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertTrue(
        text(load(new Diagnostics()), PAPER).contains("## OPINION"),
        "another file (another inode), though its size and time are the old one's");
  }

  @Test
  void aFileWithAProblemIsReadAndReportedEveryTime() throws Exception {
    Path person = content.resolve("people/ada-quill.yaml");
    Files.writeString(person, "name: [unclosed\n");
    Files.setLastModifiedTime(person, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    for (int i = 0; i < 2; i++) {
      Diagnostics d = new Diagnostics();
      load(d);
      List<Diagnostic> errors = d.all();
      assertTrue(
          errors.stream().anyMatch(e -> e.pos().path().endsWith("people/ada-quill.yaml")),
          "load " + i + ": " + d);
    }
    assertEquals(
        load(new Diagnostics()).texts().size() - 1, memory.size(), "all but that file remembered");
  }

  @Test
  void aFileReplacedByALinkOutsideIsRefusedThoughRemembered() throws Exception {
    load(new Diagnostics());
    Path outside = Files.writeString(tmp.resolve("outside.md"), "## Secret\n\nNot content.\n");
    Path terms = content.resolve(TERMS);
    Files.copy(terms, outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(outside, Files.getLastModifiedTime(terms));
    Files.delete(terms);
    Files.createSymbolicLink(terms, outside);
    Diagnostics d = new Diagnostics();
    LoadedContent again = load(d);
    assertTrue(d.toString().contains("outside the content folder"), d.toString());
    assertEquals(null, text(again, TERMS), "not read, nor taken from memory");
  }

  @Test
  void aFileRemovedIsForgotten() throws Exception {
    load(new Diagnostics());
    int before = memory.size();
    Files.delete(content.resolve(TERMS));
    load(new Diagnostics());
    assertEquals(before - 1, memory.size());
  }
}
