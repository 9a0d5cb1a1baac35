package org.tabled.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;

/**
 * The archive generator writes a council that {@code tabled check} accepts, the same every time.
 */
class ArchiveGeneratorTest {

  @Test
  void anArchiveIsValidAndHasWhatItSays(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("content");
    ArchiveGenerator.Summary s = ArchiveGenerator.write(dir, 23, 1);
    assertEquals(
        new ArchiveGenerator.Summary(10, 23, 92, s.outcomes(), s.responses(), s.first(), s.last()),
        s);
    assertTrue(s.outcomes() >= 23 && s.responses() > 0, s.toString());
    assertTrue(
        s.last().isAfter(s.first()) && !s.last().isAfter(LocalDate.of(2026, 3, 31)), s.toString());
    Cli.Result check =
        Cli.run(
            "check", "--content", dir.toString(), "--templates", tmp.resolve("none").toString());
    assertEquals(0, check.exit(), check.err() + check.out());
    try (Stream<Path> files = Files.walk(dir)) {
      long papers = files.filter(p -> p.getFileName().toString().equals("paper.md")).count();
      assertEquals(92, papers);
    }
    String latest;
    try (Stream<Path> meetings =
        Files.list(dir.resolve("committees/adult-care-scrutiny/meetings"))) {
      latest = meetings.map(p -> p.getFileName().toString()).max(String::compareTo).orElseThrow();
    }
    // a later meeting's report refers to its own paragraph and appendix, another item, the
    // previous meeting and one of its papers
    String text =
        Files.readString(
            dir.resolve(
                "committees/adult-care-scrutiny/meetings/"
                    + latest
                    + "/papers/adult-"
                    + latest
                    + "-r2/paper.md"));
    assertTrue(
        text.contains("[[appendix:1]]")
            && text.contains("[[para:2.1]]")
            && text.contains("[[item:")
            && text.contains("[[paper:adult-")
            && text.contains("[[meeting:"),
        text);
  }

  @Test
  void theSameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path tmp) throws Exception {
    ArchiveGenerator.write(tmp.resolve("a"), 12, 7);
    ArchiveGenerator.write(tmp.resolve("b"), 12, 7);
    ArchiveGenerator.write(tmp.resolve("c"), 12, 8);
    assertEquals(Fixtures.fingerprint(tmp.resolve("a")), Fixtures.fingerprint(tmp.resolve("b")));
    assertNotEquals(Fixtures.fingerprint(tmp.resolve("a")), Fixtures.fingerprint(tmp.resolve("c")));
  }

  @Test
  void theCommandLineRefusesWhatItCannotDo(@TempDir Path tmp) throws Exception {
    assertEquals(2, run("--meetings", "ten", "--out", tmp.resolve("x").toString()).exit);
    assertEquals(2, run("--meetings", "0", "--out", tmp.resolve("x").toString()).exit);
    assertEquals(2, run("--out", tmp.resolve("x").toString()).exit);
    assertEquals(2, run("--meetings", "3", "--out").exit);
    assertEquals(
        2, run("--meetings", "3", "--out", tmp.resolve("x").toString(), "--colour", "red").exit);
    Files.createDirectories(tmp.resolve("full"));
    Files.writeString(tmp.resolve("full/keep.txt"), "an operator's file");
    Run full = run("--meetings", "3", "--out", tmp.resolve("full").toString());
    assertEquals(1, full.exit);
    assertTrue(full.err.contains("not empty"), full.err);
    assertEquals("an operator's file", Files.readString(tmp.resolve("full/keep.txt")));
    Run ok = run("--meetings", "3", "--out", tmp.resolve("new").toString(), "--seed", "5");
    assertEquals(0, ok.exit, ok.err);
    assertTrue(ok.out.startsWith("wrote 3 meetings of 3 committees"), ok.out);
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ArchiveGenerator.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
