package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is kept apart from the folders a build reads, by real path (issue 10). */
class OutputFoldersTest {

  @TempDir Path dir;

  private Optional<String> problem(String out) throws Exception {
    Files.createDirectories(dir.resolve("project/content"));
    Files.createDirectories(dir.resolve("project/templates"));
    return OutputFolders.problem(
        dir.resolve(out), dir.resolve("project/content"), dir.resolve("project/templates"));
  }

  @Test
  void aFolderOfItsOwnIsFine() throws Exception {
    assertEquals(Optional.empty(), problem("project/site"));
    assertEquals(Optional.empty(), problem("elsewhere/not/made/yet"));
    assertEquals(
        Optional.empty(),
        problem("project/content-site"),
        "a sibling whose name starts the same is apart");
  }

  @Test
  void theContentOrTemplatesFolderItselfOrAroundOrInsideIsRefused() throws Exception {
    for (String out :
        new String[] {
          "project/content",
          "project",
          ".",
          "project/content/site",
          "project/content/not/made/yet",
          "project/templates",
          "project/templates/x",
          "project/./content/../content"
        }) {
      assertTrue(problem(out).isPresent(), out);
    }
  }

  @Test
  void linksAreFollowedEvenToFoldersNotMadeYet() throws Exception {
    problem("project/site");
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("project/content"));
    assertTrue(problem("link").isPresent());
    assertTrue(problem("link/new/site").isPresent());
    Files.createSymbolicLink(dir.resolve("up"), dir.resolve("project"));
    assertTrue(problem("up").isPresent(), "a link to the folder that holds the content");
  }
}
