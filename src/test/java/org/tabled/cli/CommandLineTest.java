package org.tabled.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Cli;
import org.tabled.testing.Fixtures;

/**
 * The command line's contract: exit codes 0, 1 and 2, help, version, and what each command writes.
 */
class CommandLineTest {

  @TempDir Path dir;

  @Test
  void checkOnValidContentExitsZeroAndWritesNothing() throws Exception {
    Path out = dir.resolve("site");
    Cli.Result r =
        Cli.run(
            "check",
            "--content",
            Fixtures.fixture("minimal").toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2025-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("No problems found"), r.out());
    assertFalse(Files.exists(out), "check must not write the output folder");
    assertFalse(
        Files.exists(dir.resolve(".tabled-cache")), "check reads the build cache, never writes it");
    assertFalse(Files.exists(dir.resolve(".site.lock")), "check writes nothing, so locks nothing");
  }

  @Test
  void buildWritesNothingThroughALinkPutInPlaceOfItsLockFile() throws Exception {
    Path precious = dir.resolve("precious.txt");
    Files.writeString(precious, "keep me");
    Files.createSymbolicLink(dir.resolve(".site.lock"), precious);
    Path out = dir.resolve("site");
    Cli.Result r = buildMinimal(out);
    assertEquals(1, r.exit(), r.out());
    assertTrue(
        r.err().contains("error: cannot lock the output folder against other builds"), r.err());
    assertTrue(r.err().contains("(.site.lock): it must be a plain file"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    assertEquals("keep me", Files.readString(precious));
    assertFalse(Files.exists(out), "nothing was written");
  }

  @Test
  void checkRefusesACacheInsideTheContentFolder() throws Exception {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Cli.Result r =
        Cli.run(
            "check",
            "--content",
            content.toString(),
            "--cache",
            content.resolve(".tabled-cache").toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains("the cache folder is inside the content folder"), r.err());
    assertFalse(Files.exists(content.resolve(".tabled-cache")));
  }

  @Test
  void buildWritesTheOutputFolder() {
    Path out = dir.resolve("site");
    Cli.Result r = buildMinimal(out);
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(out.resolve("committees/audit/2025-01-14/meeting.json")));
    assertTrue(r.out().startsWith("Built "), r.out());
  }

  @Test
  void buildKeepsItsCacheBesideTheOutputUnlessToldNotToOrConfidential() throws Exception {
    Path out = dir.resolve("public/site");
    Cli.Result first = buildMinimal(out);
    assertEquals(0, first.exit(), first.err());
    Path cache = dir.resolve("public/.tabled-cache");
    assertTrue(Files.isDirectory(cache), "the cache is beside the output folder");
    assertTrue(
        first.out().contains("0 PDFs taken whole from the build cache in " + cache), first.out());
    long pdfs;
    try (var s = Files.walk(out)) {
      pdfs = s.filter(f -> f.toString().endsWith(".pdf")).count();
    }
    Cli.Result second = buildMinimal(out);
    assertEquals(0, second.exit(), second.err());
    assertTrue(
        second.out().contains("Nothing changed since the last build: " + out + " is up to date"),
        second.out());
    assertFalse(second.out().contains("Built "), second.out());
    // without the stamp of the last build, the build runs and takes every PDF from the cache
    Files.delete(cache.resolve("up-to-date"));
    Cli.Result third = buildMinimal(out);
    assertEquals(0, third.exit(), third.err());
    assertTrue(
        third.out().contains(pdfs + " PDFs taken whole from the build cache"),
        pdfs + " PDFs: " + third.out());
    // and every meeting's PDFs as the first build recorded them
    assertTrue(
        third.out().matches("(?s).*taken as recorded by an earlier build: [1-9][0-9]*\\..*"),
        third.out());
    // and the committee's pages, its files linked from the output unread
    assertTrue(
        third.out().contains("Committees whose website pages were taken as recorded: 1."),
        third.out());

    Path uncached = dir.resolve("uncached/site");
    Cli.Result none = buildMinimal(uncached, "--no-cache");
    assertEquals(0, none.exit(), none.err());
    assertFalse(Files.exists(dir.resolve("uncached/.tabled-cache")), "--no-cache keeps nothing");
    assertFalse(none.out().contains("build cache"), none.out());

    Path members = dir.resolve("members/out");
    Cli.Result confidential =
        buildMinimal(members, "--confidential", "--cache", dir.resolve("members/cache").toString());
    assertEquals(0, confidential.exit(), confidential.err());
    assertFalse(
        Files.exists(dir.resolve("members/cache")),
        "a confidential build keeps no cache, even when given one");
    assertFalse(Files.exists(dir.resolve("members/.tabled-cache")));
  }

  @Test
  void aCacheInsideTheOutputFolderIsRefused() {
    Path out = dir.resolve("site");
    Cli.Result r = buildMinimal(out, "--cache", out.resolve("cache").toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.err().contains("the cache folder is inside the output folder"), r.err());
    assertFalse(Files.exists(out), "nothing was written");
  }

  @Test
  void contentErrorsExitOneWithoutAStackTrace() throws Exception {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Files.writeString(
        content.resolve("people/ada-okafor.yaml"), "name: Ada Okafor\nkind: councilor\n");
    Cli.Result r = Cli.run("check", "--content", content.toString());
    assertEquals(1, r.exit());
    assertTrue(
        r.err()
            .contains(
                "ada-okafor.yaml:2:7: error: 'councilor' is not a valid kind (did you mean 'councillor'?)"),
        r.err());
    assertTrue(r.err().contains("1 error found; nothing was written."), r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void missingContentFolderIsAContentError() {
    Cli.Result r = Cli.run("check", "--content", dir.resolve("nowhere").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error: content folder not found"), r.err());
  }

  @Test
  void confidentialBuildNeedsItsOwnFolder() {
    Cli.Result noOut =
        Cli.run(
            "build",
            "--no-record",
            "--confidential",
            "--content",
            Fixtures.fixture("minimal").toString());
    assertEquals(2, noOut.exit());
    assertTrue(noOut.err().contains("--confidential needs --out DIR"), noOut.err());
    Path site = dir.resolve("site");
    assertEquals(0, buildMinimal(site).exit());
    Cli.Result intoPublic = buildMinimal(site, "--confidential");
    assertEquals(1, intoPublic.exit());
    assertTrue(intoPublic.err().contains("holds a public build"), intoPublic.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, Cli.run().exit(), "no command");
    Cli.Result unknown = Cli.run("bild");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("build"), "suggests the command: " + unknown.err());
    assertEquals(2, Cli.run("build", "--as-of", "yesterday").exit());
    assertEquals(2, Cli.run("check", "--no-such-option").exit());
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run("--help");
    assertEquals(0, help.exit());
    for (String command : new String[] {"build", "check", "new", "diff"}) {
      assertTrue(help.out().contains(command), help.out());
    }
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("Tabled "), version.out());
    assertTrue(
        version.out().matches("(?s)Tabled \\S+ \\(git commit ([0-9a-f]{12}|unknown)[^)]*\\)\\s*"),
        version.out());
    assertTrue(Cli.run("build", "--help").out().contains("--as-of"));
  }

  @Test
  void newMeetingCreatesAValidMeetingWithTheMinutesOfThePreviousOne() throws Exception {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Cli.Result r =
        Cli.run("new", "meeting", "audit", "2025-05-20", "--content", content.toString());
    assertEquals(0, r.exit(), r.err());
    String yaml =
        Files.readString(content.resolve("committees/audit/meetings/2025-05-20/meeting.yaml"));
    assertTrue(yaml.contains("minutes_of: 2025-03-11"), yaml);
    assertTrue(yaml.contains("published: 2025-05-12"), yaml);
    assertTrue(yaml.contains("time: \"18:30\"  # the committee's usual time"), yaml);
    assertTrue(yaml.contains("venue: \"Room 1, Town Hall\"  # the committee's usual venue"), yaml);
    Cli.Result check = Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(0, check.exit(), "the new meeting must be valid as created: " + check.err());
  }

  @Test
  void newMeetingTakesTheCommitteesUsualTimeAndVenueWhateverTheyHold() throws Exception {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Path committee = content.resolve("committees/audit/committee.yaml");
    Files.writeString(
        committee,
        Files.readString(committee)
            .replace("venue: Room 1, Town Hall", "venue: 'The \"Blue\" Room: Town Hall'")
            .replace("time: \"18:30\"", "time: 19:00"));
    assertEquals(
        0,
        Cli.run("new", "meeting", "audit", "2025-05-20", "--content", content.toString()).exit());
    String yaml =
        Files.readString(content.resolve("committees/audit/meetings/2025-05-20/meeting.yaml"));
    assertTrue(yaml.contains("time: \"19:00\""), yaml);
    assertTrue(yaml.contains("venue: \"The \\\"Blue\\\" Room: Town Hall\""), yaml);
    assertEquals(
        0, Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01").exit());
    // Without a usual time the key is left for the author, and check says it is missing.
    Files.writeString(committee, Files.readString(committee).replace("time: 19:00\n", ""));
    assertEquals(
        0,
        Cli.run("new", "meeting", "audit", "2025-07-01", "--content", content.toString()).exit());
    String july =
        Files.readString(content.resolve("committees/audit/meetings/2025-07-01/meeting.yaml"));
    assertTrue(july.contains("# time: \"18:30\"  required"), july);
    Cli.Result check = Cli.run("check", "--content", content.toString(), "--as-of", "2025-06-01");
    assertEquals(1, check.exit(), check.err());
    assertTrue(check.err().contains("2025-07-01/meeting.yaml"), check.err());
  }

  @Test
  void newMeetingRejectsUnknownCommitteeBadDateAndExistingMeeting() throws Exception {
    Path content = dir.resolve("content");
    Fixtures.copy(Fixtures.fixture("minimal"), content);
    Cli.Result unknown =
        Cli.run("new", "meeting", "audt", "2025-05-20", "--content", content.toString());
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("did you mean 'audit'?"), unknown.err());
    assertEquals(
        2, Cli.run("new", "meeting", "audit", "20 May", "--content", content.toString()).exit());
    assertEquals(
        2,
        Cli.run("new", "meeting", "audit", "2025-01-14", "--content", content.toString()).exit());
  }

  /**
   * Builds the {@code minimal} fixture in place into {@code out} as on 1 June 2025, with {@code
   * more} options; always with {@code --no-record}, so that no build writes into the fixture.
   */
  private static Cli.Result buildMinimal(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build",
                "--no-record",
                "--content",
                Fixtures.fixture("minimal").toString(),
                "--out",
                out.toString(),
                "--as-of",
                "2025-06-01"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }
}
