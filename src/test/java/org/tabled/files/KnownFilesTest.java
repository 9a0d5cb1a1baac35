package org.tabled.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KnownFiles} answers every question as the system does, for every kind of entry a careless
 * or hostile contributor can leave in a content folder: links to files and folders inside and
 * outside it, chains of links, broken links, a pipe, a path through a linked folder, names that do
 * not exist, and the content folder itself reached through a link.
 */
class KnownFilesTest {

  @TempDir Path dir;

  private Path build() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), "secret");
    Path real = Files.createDirectories(dir.resolve("real-content"));
    Path paper = Files.createDirectories(real.resolve("committees/c/meetings/m/papers/p"));
    Files.writeString(paper.resolve("paper.md"), "text");
    Files.writeString(paper.resolve("appendix.md"), "more");
    Files.createDirectories(paper.resolve("sub"));
    Files.writeString(paper.resolve("sub/inner.md"), "inner");
    Files.createSymbolicLink(paper.resolve("to-appendix.md"), paper.resolve("appendix.md"));
    Files.createSymbolicLink(paper.resolve("relative.md"), Path.of("sub/inner.md"));
    Files.createSymbolicLink(paper.resolve("chain.md"), paper.resolve("to-appendix.md"));
    Files.createSymbolicLink(paper.resolve("to-secret.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(paper.resolve("broken.md"), paper.resolve("nothing.md"));
    Files.createSymbolicLink(paper.resolve("linked-sub"), paper.resolve("sub"));
    Files.createSymbolicLink(paper.resolve("to-outside"), outside);
    Process p = new ProcessBuilder("mkfifo", paper.resolve("pipe.md").toString()).start();
    assertEquals(0, p.waitFor());
    // the content folder as a build is given it: through a link
    return Files.createSymbolicLink(dir.resolve("content"), real);
  }

  /** Every entry under {@code root}, paths through its links too, and some that do not exist. */
  private static List<Path> questions(Path root) throws IOException {
    List<Path> all = new ArrayList<>();
    Path real = root.toRealPath();
    try (Stream<Path> s = Files.walk(real)) {
      s.forEach(f -> all.add(root.resolve(real.relativize(f).toString())));
    }
    Path paper = root.resolve("committees/c/meetings/m/papers/p");
    all.add(paper.resolve("linked-sub/inner.md"));
    all.add(paper.resolve("to-outside/secret.md"));
    all.add(paper.resolve("missing.md"));
    all.add(paper.resolve("linked-sub/missing.md"));
    all.add(root.resolve("no-such-folder/file.md"));
    return all;
  }

  @Test
  void answersAsTheSystemDoes() throws Exception {
    Path root = build().toAbsolutePath().normalize();
    KnownFiles known = KnownFiles.of(root, root.toRealPath());
    List<Path> asked = questions(root);
    assertTrue(asked.size() > 15, "the tree was built");
    // twice: the first answers are asked of the system, the second remembered
    for (int round = 0; round < 2; round++) {
      for (Path f : asked) {
        String at = f + " (round " + round + ")";
        assertEquals(Files.exists(f, LinkOption.NOFOLLOW_LINKS), known.present(f), at);
        assertEquals(Files.exists(f), known.exists(f), at);
        assertEquals(Files.isDirectory(f), known.folder(f), at);
        assertEquals(Files.isRegularFile(f), known.regularFile(f), at);
        assertEquals(system(() -> f.toRealPath()), system(() -> known.realPath(f)), at);
        Optional<String> real = system(() -> f.toRealPath()).filter(r -> !r.startsWith("!"));
        if (real.isPresent()) {
          Path r = Path.of(real.get());
          assertEquals(FileTrust.special(r), known.special(f, r), at);
          BasicFileAttributes want =
              Files.readAttributes(r, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          BasicFileAttributes got = known.ofReal(f, r);
          assertEquals(want.fileKey(), got.fileKey(), at);
          assertEquals(want.isDirectory(), got.isDirectory(), at);
          assertEquals(want.isRegularFile(), got.isRegularFile(), at);
          assertEquals(want.size(), got.size(), at);
        } else {
          assertThrows(IOException.class, () -> known.realPath(f), at);
        }
        BasicFileAttributes followed = known.followed(f);
        if (followed != null) { // only for an entry that is no link: its own are its target's
          assertEquals(
              Files.readAttributes(f, BasicFileAttributes.class).fileKey(), followed.fileKey(), at);
        }
      }
    }
  }

  @Test
  void anEntryTheWalkSawIsAnsweredAsItWasSeen() throws Exception {
    Path root = build().toAbsolutePath().normalize();
    KnownFiles known = KnownFiles.of(root, root.toRealPath());
    Path file = root.resolve("committees/c/meetings/m/papers/p/appendix.md");
    BasicFileAttributes seen =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    known.saw(file, seen);
    Files.delete(file); // gone since it was seen: a build judges it as it was when walked
    assertTrue(known.present(file));
    assertTrue(KnownFiles.NONE.own(file).isEmpty(), "NONE asks the system every time");
  }

  private interface Io<T> {
    T get() throws IOException;
  }

  /** What {@code q} gives, as a string, or "!" and the kind of exception it throws. */
  private static Optional<String> system(Io<Path> q) {
    try {
      return Optional.of(q.get().toString());
    } catch (IOException e) {
      return Optional.of("!" + e.getClass().getSimpleName());
    }
  }
}
