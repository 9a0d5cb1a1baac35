package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;
import org.tabled.testing.Fixtures;

/**
 * A paper folder's digest is taken from the last build's memory only when nothing in the folder
 * changed: the digest recorded in an issued pack, and the key of every kept parse, depend on it.
 */
class FolderDigestsTest {

  @TempDir Path dir;

  private static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS);

  private Path folder;
  private final AtomicInteger made = new AtomicInteger();

  private void paper(String text) throws IOException {
    folder = dir.resolve("papers/budget");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("paper.md"), text);
    Files.write(folder.resolve("chart.png"), new byte[] {1, 2, 3});
    for (String f : List.of("paper.md", "chart.png")) {
      Files.setLastModifiedTime(folder.resolve(f), FileTime.from(AN_HOUR_AGO));
    }
  }

  /** The folder's digest as the loader takes it: stat'ed, read, digested or remembered. */
  private String digest(FolderDigests memory) throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    Map<Path, FolderDigests.Stat> before = new HashMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path f : s.sorted().toList()) {
        files.put(f.getFileName().toString(), f);
        before.put(f, FolderDigests.Stat.of(f));
      }
    }
    return memory.digest(
        folder,
        files,
        before,
        () -> {
          made.incrementAndGet();
          FolderDigest d = new FolderDigest();
          files.forEach(d::add);
          return d.hex();
        });
  }

  @Test
  void anUnchangedFolderIsNotDigestedAgainAndGivesTheSameDigest() throws IOException {
    paper("---\ntitle: Budget\n---\nText.\n");
    String fresh = digest(FolderDigests.NONE);
    FolderDigests first = FolderDigests.from(null);
    assertEquals(fresh, digest(first));
    made.set(0);
    FolderDigests second = FolderDigests.from(first.bytes());
    assertEquals(fresh, digest(second));
    assertEquals(0, made.get(), "remembered");
    // and remembered again for the build after
    made.set(0);
    assertEquals(fresh, digest(FolderDigests.from(second.bytes())));
    assertEquals(0, made.get());
  }

  @Test
  void aChangedFileAnAddedOneOrARemovedOneIsDigestedAgain() throws IOException {
    paper("---\ntitle: Budget\n---\nText.\n");
    FolderDigests first = FolderDigests.from(null);
    String old = digest(first);
    byte[] memory = first.bytes();

    // the same size and an older time, but another time: digested again
    Files.writeString(folder.resolve("paper.md"), "---\ntitle: Budget\n---\nTest.\n");
    Files.setLastModifiedTime(
        folder.resolve("paper.md"), FileTime.from(AN_HOUR_AGO.minusSeconds(60)));
    made.set(0);
    String changed = digest(FolderDigests.from(memory));
    assertEquals(1, made.get());
    assertNotEquals(old, changed);
    assertEquals(digest(FolderDigests.NONE), changed);

    paper("---\ntitle: Budget\n---\nText.\n");
    Files.write(folder.resolve("extra.png"), new byte[] {9});
    Files.setLastModifiedTime(folder.resolve("extra.png"), FileTime.from(AN_HOUR_AGO));
    made.set(0);
    assertNotEquals(old, digest(FolderDigests.from(memory)));
    assertEquals(1, made.get(), "a file more");

    Files.delete(folder.resolve("extra.png"));
    Files.delete(folder.resolve("chart.png"));
    made.set(0);
    digest(FolderDigests.from(memory));
    assertEquals(1, made.get(), "a file fewer");
  }

  @Test
  void aFileChangedInTheInstantItWasRememberedIsDigestedAgain() throws IOException {
    paper("---\ntitle: Budget\n---\nText.\n");
    Files.setLastModifiedTime(folder.resolve("paper.md"), FileTime.from(Instant.now()));
    FolderDigests first = FolderDigests.from(null);
    digest(first);
    made.set(0);
    digest(FolderDigests.from(first.bytes()));
    assertEquals(1, made.get(), "racily clean: its time is the time it was remembered");
    // a time in the future too
    Files.setLastModifiedTime(
        folder.resolve("paper.md"), FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
    FolderDigests again = FolderDigests.from(null);
    digest(again);
    made.set(0);
    digest(FolderDigests.from(again.bytes()));
    assertEquals(1, made.get());
  }

  @Test
  void aFolderChangedWhileItWasReadIsNotRemembered() throws IOException {
    paper("---\ntitle: Budget\n---\nText.\n");
    SortedMap<String, Path> files = new TreeMap<>();
    Map<Path, FolderDigests.Stat> before = new HashMap<>();
    for (String f : List.of("chart.png", "paper.md")) {
      files.put(f, folder.resolve(f));
      before.put(folder.resolve(f), FolderDigests.Stat.of(folder.resolve(f)));
    }
    // written after its stat, before the folder was digested
    Files.writeString(folder.resolve("paper.md"), "---\ntitle: Budget\n---\nLonger text.\n");
    Files.setLastModifiedTime(folder.resolve("paper.md"), FileTime.from(AN_HOUR_AGO));
    FolderDigests first = FolderDigests.from(null);
    first.digest(folder, files, before, () -> "as read");
    assertFalse(
        new String(first.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("as read"),
        "nothing remembered of a folder that moved while it was read");
    String fresh = digest(FolderDigests.NONE);
    made.set(0);
    assertEquals(fresh, digest(FolderDigests.from(first.bytes())));
    assertEquals(1, made.get());
  }

  @Test
  void aMemoryThatIsNotOursIsNoMemory() throws IOException {
    paper("---\ntitle: Budget\n---\nText.\n");
    FolderDigests first = FolderDigests.from(null);
    String digest = digest(first);
    byte[] memory = first.bytes();
    for (byte[] bad :
        List.of(
            new byte[0],
            new byte[] {1, 2, 3},
            java.util.Arrays.copyOf(memory, memory.length - 3),
            java.util.Arrays.copyOf(memory, memory.length + 1))) {
      made.set(0);
      assertEquals(digest, digest(FolderDigests.from(bad)));
      assertEquals(1, made.get());
    }
    // a check keeps nothing: NONE remembers nothing
    assertEquals(digest, digest(FolderDigests.NONE));
  }

  /** The loader gives every paper the digest it gives without a memory, from the second time. */
  @Test
  void theLoaderGivesThePapersTheirDigestsWithOrWithoutAMemory() throws IOException {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), content);
    try (Stream<Path> s = Files.walk(content)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, FileTime.from(AN_HOUR_AGO));
      }
    }
    Map<String, String> plain = digests(content, FolderDigests.NONE);
    assertFalse(plain.isEmpty());
    FolderDigests first = FolderDigests.from(null);
    assertEquals(plain, digests(content, first));
    assertEquals(plain, digests(content, FolderDigests.from(first.bytes())));
    // one paper's text changes: its digest alone changes
    Path one;
    try (Stream<Path> s = Files.walk(content)) {
      one = s.filter(p -> p.getFileName().toString().equals("paper.md")).sorted().findFirst().get();
    }
    Files.writeString(one, Files.readString(one) + "\nA sentence more.\n");
    Map<String, String> edited = digests(content, FolderDigests.from(first.bytes()));
    assertEquals(digests(content, FolderDigests.NONE), edited);
    List<String> differ =
        plain.keySet().stream().filter(k -> !plain.get(k).equals(edited.get(k))).toList();
    assertEquals(List.of(one.getParent().getFileName().toString()), differ);
  }

  private static Map<String, String> digests(Path content, FolderDigests memory) {
    Diagnostics d = new Diagnostics();
    LoadedContent raw = Loader.load(content, content, memory, d);
    assertTrue(!d.hasErrors(), d.toString());
    Map<String, String> out = new TreeMap<>();
    for (LoadedContent.Committee c : raw.committees()) {
      for (LoadedContent.Meeting m : c.meetings()) {
        for (LoadedContent.Paper p : m.papers()) {
          out.put(p.id(), p.digest());
        }
      }
    }
    return out;
  }
}
