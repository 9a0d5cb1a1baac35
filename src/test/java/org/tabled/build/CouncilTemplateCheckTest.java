package org.tabled.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostic;
import org.tabled.publish.Audience;
import org.tabled.testing.Fixtures;

/**
 * Issue 11: {@code check} finds what a council's own templates get wrong on its content, short of
 * laying out PDFs, and a print template that drops an id the pages are found by is an error at that
 * template (at {@code check} and at {@code build}), never an internal error.
 */
class CouncilTemplateCheckTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  @TempDir Path root;

  private Path project() throws IOException {
    Fixtures.copy(Fixtures.fixture("minimal"), root.resolve("content"));
    Files.createDirectories(root.resolve("templates/print"));
    Files.createDirectories(root.resolve("templates/site"));
    return root;
  }

  private static BuildOptions options(Path project, boolean check, boolean pdf) {
    return new BuildOptions(
        project.resolve("content"),
        project.resolve("templates"),
        project.resolve("site"),
        project,
        check,
        Audience.PUBLIC,
        AS_OF,
        pdf);
  }

  private static String builtIn(String name) throws IOException {
    return Files.readString(Fixtures.projectDir().resolve("templates").resolve(name));
  }

  private static List<String> errors(BuildResult r) {
    return r.diagnostics().all().stream()
        .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
        .map(Diagnostic::toString)
        .toList();
  }

  @Test
  void aPackTemplateWithoutTheDocumentsIdsIsAnErrorAtItsLineInCheckAndBuild() throws IOException {
    Path p = project();
    String pack = builtIn("print/pack.ftlh");
    assertTrue(pack.contains(" id=\"${d.id}\""));
    Files.writeString(p.resolve("templates/print/pack.ftlh"), pack.replace(" id=\"${d.id}\"", ""));
    int line = (int) pack.lines().takeWhile(l -> !l.contains("<section")).count() + 1;

    for (boolean check : new boolean[] {true, false}) {
      BuildResult r = Pipeline.run(options(p, check, true));
      assertFalse(r.ok(), (check ? "check" : "build") + " must fail");
      List<String> errors = errors(r);
      assertFalse(errors.isEmpty());
      assertTrue(
          errors.stream().allMatch(e -> e.startsWith("templates/print/pack.ftlh:" + line + ":")),
          errors.toString());
      assertTrue(
          errors.get(0).contains("error: the PDF's pages cannot be worked out: the document 'doc-"),
          errors.get(0));
      assertTrue(
          errors.get(0).contains("is missing from the HTML this template writes"), errors.get(0));
    }
    assertFalse(Files.exists(p.resolve("site")), "nothing is written");
  }

  @Test
  void aFrontSheetWithoutTheItemsIdsIsAnErrorAtTheFrontSheet() throws IOException {
    Path p = project();
    String front = builtIn("print/front-sheet.ftlh");
    assertTrue(front.contains(" id=\"item-${i.number}\""));
    Files.writeString(
        p.resolve("templates/print/front-sheet.ftlh"),
        front.replace(" id=\"item-${i.number}\"", ""));
    BuildResult r = Pipeline.run(options(p, true, false));
    assertFalse(r.ok());
    List<String> errors = errors(r);
    assertTrue(errors.get(0).startsWith("templates/print/front-sheet.ftlh:"), errors.toString());
    assertTrue(errors.get(0).contains("the bookmark 'item-1' is missing"), errors.get(0));
  }

  @Test
  void aDocumentWrittenTwiceIsAnErrorToo() throws IOException {
    Path p = project();
    String pack = builtIn("print/pack.ftlh");
    Files.writeString(
        p.resolve("templates/print/pack.ftlh"),
        pack.replace("</section>", "</section>\n<div id=\"${d.id}\"></div>"));
    BuildResult r = Pipeline.run(options(p, true, false));
    assertFalse(r.ok());
    assertTrue(
        errors(r).get(0).contains("appears 2 times in the HTML this template writes"),
        errors(r).toString());
  }

  @Test
  void checkReportsAValueASiteTemplateLacksAsTheBuildWould() throws IOException {
    Path p = project();
    String meeting = builtIn("site/meeting.ftlh");
    Files.writeString(p.resolve("templates/site/meeting.ftlh"), meeting + "\n${v.noSuchField}\n");
    BuildResult check = Pipeline.run(options(p, true, false));
    BuildResult build = Pipeline.run(options(p, false, false));
    assertFalse(check.ok());
    assertFalse(build.ok());
    assertEquals(errors(build), errors(check));
    assertTrue(
        errors(check).get(0).startsWith("templates/site/meeting.ftlh:"), errors(check).toString());
  }

  @Test
  void theBuiltInTemplatesAreNotRenderedByCheck() throws IOException {
    Path p = project();
    BuildResult r = Pipeline.run(options(p, true, false));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertFalse(Files.exists(p.resolve("site")));
  }
}
