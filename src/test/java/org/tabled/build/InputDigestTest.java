package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest of the inputs names every file once, by its path, wherever the walk found it (the
 * committees' folders are walked apart from the rest), follows links, leaves {@code .git} out, and
 * is unknown when a walk fails (a link loop), so that the build runs.
 */
class InputDigestTest {

  @TempDir Path dir;

  private Optional<InputDigest.Digests> digest(Path content) {
    return InputDigest.digests(Map.of("content", content), dir.resolve("inputs.stat"), false);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void everyFileIsNamedOnceAndAChangeAnywhereChangesTheDigest() throws IOException {
    Path content = dir.resolve("content");
    write(content.resolve("site.yaml"), "council: x\n");
    write(content.resolve("committees/audit/committee.yaml"), "title: Audit\n");
    write(content.resolve("committees/audit/meetings/2026-01-14/meeting.yaml"), "status: x\n");
    write(content.resolve("committees/planning/meetings/2026-02-03/minutes.md"), "text\n");
    write(content.resolve("committees/planning/.git/HEAD"), "ref\n");
    write(content.resolve("people/amara.yaml"), "name: A\n");
    InputDigest.Digests first = digest(content).orElseThrow();
    assertEquals(
        Set.of(
            "site.yaml",
            "committees/audit/committee.yaml",
            "committees/audit/meetings/2026-01-14/meeting.yaml",
            "committees/planning/meetings/2026-02-03/minutes.md",
            "people/amara.yaml"),
        first.files().get("content").keySet(),
        ".git left out, each file once");
    assertEquals(first, digest(content).orElseThrow(), "the same files, the same digest");

    write(content.resolve("committees/planning/meetings/2026-02-03/minutes.md"), "text!\n");
    InputDigest.Digests changed = digest(content).orElseThrow();
    assertNotEquals(first.all(), changed.all());
    assertNotEquals(
        first.files().get("content").get("committees/planning/meetings/2026-02-03/minutes.md"),
        changed.files().get("content").get("committees/planning/meetings/2026-02-03/minutes.md"));
    assertEquals(
        first.files().get("content").get("site.yaml"),
        changed.files().get("content").get("site.yaml"));
  }

  @Test
  void aLinkIsFollowedAndALinkLoopLeavesTheDigestUnknown() throws IOException {
    Path content = dir.resolve("content");
    Path outside = dir.resolve("shared/logo.txt");
    write(outside, "one");
    write(content.resolve("committees/audit/meetings/2026-01-14/meeting.yaml"), "status: x\n");
    Files.createSymbolicLink(
        content.resolve("committees/audit/meetings/2026-01-14/logo.txt"), outside);
    String before = digest(content).orElseThrow().all();
    Files.writeString(outside, "two");
    assertNotEquals(before, digest(content).orElseThrow().all(), "the linked file is read");

    // a link from inside a committee's folder back to the content folder: a loop
    Files.createSymbolicLink(content.resolve("committees/audit/meetings/loop"), content);
    assertTrue(digest(content).isEmpty(), "a loop: no digest, the build runs");
  }
}
