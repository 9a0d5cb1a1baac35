package org.tabled.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tabled.diag.Diagnostic;
import org.tabled.diag.Diagnostics;

/**
 * Templates come from the content repository, so they must not reach Java or files outside the
 * templates folders (issue 10): {@code ?new}, {@code ?api}, {@code ?eval} and {@code ?interpret}
 * are refused wherever they hide, {@code #include} and {@code #import} stay inside the folders, and
 * the data is records, text and lists, never objects with methods. Every refusal is an error at the
 * template's own {@code path:line:col}, and nothing is executed or created.
 */
class TemplateSafetyTest {

  /** A page view as the website gives one: a record of text and lists. */
  public record Page(String title, List<String> items) {}

  /** A view that wrongly holds an object with methods. */
  public record Leaky(String title, File file) {}

  @TempDir Path dir;
  @TempDir Path elsewhere;

  private Optional<String> render(String body, Object page, Diagnostics d) throws IOException {
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("site/t.ftlh"), body);
    return new Templates(dir, "templates").render("site/t.ftlh", Map.of("page", page), d);
  }

  private List<String> errors(String body) throws IOException {
    Diagnostics d = new Diagnostics();
    Optional<String> out = render(body, new Page("A title", List.of("one", "two")), d);
    assertTrue(out.isEmpty(), "a refused template renders nothing: " + out);
    List<String> lines =
        d.all().stream().map(Diagnostic::format).map(l -> l.split("\\R")[0]).toList();
    assertFalse(String.join("\n", lines).contains("Exception"), "no stack trace: " + lines);
    return lines;
  }

  @Test
  void newCannotRunACommand() throws IOException {
    Path pwned = elsewhere.resolve("pwned");
    List<String> e =
        errors(
            "<p>ok</p>\n<p>${\"freemarker.template.utility.Execute\"?new()(\"touch "
                + pwned
                + "\")}</p>\n");
    assertEquals(
        List.of(
            "templates/site/t.ftlh:2:6: error: template error: '?new' is not allowed in Tabled templates:"
                + " a template may not run text as code, create Java objects or call Java methods"),
        e);
    assertFalse(Files.exists(pwned), "the command must not run");
  }

  @Test
  void newCannotBuildObjects() throws IOException {
    Path made = elsewhere.resolve("made");
    List<String> e =
        errors(
            "<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()>\n"
                + "${c(\"java.io.File\", \""
                + made
                + "\").createNewFile()?c}\n");
    assertEquals(1, e.size(), e.toString());
    assertTrue(
        e.get(0)
            .startsWith("templates/site/t.ftlh:1:14: error: template error: '?new' is not allowed"),
        e.get(0));
    assertFalse(Files.exists(made));
  }

  /** Where a forbidden built-in can hide: the template, and where the error must point. */
  static Stream<Arguments> hidingPlaces() {
    return Stream.of(
        Arguments.of("?api on the page", "<p>${page?api.getClass()}</p>", "1:6", "?api"),
        Arguments.of("?eval", "<p>${\"page.title\"?eval}</p>", "1:6", "?eval"),
        Arguments.of("?interpret", "<#assign t = \"x\"?interpret><@t/>", "1:14", "?interpret"),
        Arguments.of(
            "inside a macro", "<#macro m>\n  ${\"1\"?eval}\n</#macro><@m/>", "2:5", "?eval"),
        Arguments.of(
            "inside a function",
            "<#function f>\n<#return \"1\"?eval>\n</#function>${f()}",
            "2:10",
            "?eval"),
        Arguments.of("inside a string", "<p>${\"a ${'1'?eval} b\"}</p>", "1:11", "?eval"),
        Arguments.of(
            "inside a list literal", "<#list [1, \"2\"?eval] as x>${x}</#list>", "1:12", "?eval"),
        Arguments.of(
            "inside a hash literal",
            "<#assign h = {\"k\": \"x\"?interpret}>",
            "1:20",
            "?interpret"),
        Arguments.of("in an #if condition", "<#if \"true\"?eval>yes</#if>", "1:6", "?eval"),
        Arguments.of("behind a default", "${(page.nothing!\"1\")?eval}", "1:3", "?eval"),
        Arguments.of(
            "in a method argument",
            "<#function f x><#return x></#function>${f(\"1\"?eval)}",
            "1:43",
            "?eval"),
        Arguments.of("in a branch never taken", "<#if false>${\"1\"?eval}</#if>", "1:14", "?eval"),
        Arguments.of("after another built-in", "${page.title?upper_case?eval}", "1:3", "?eval"),
        Arguments.of(
            "?new in an attempt block",
            "<#attempt>${\"x\"?new()}<#recover>no</#attempt>",
            "1:13",
            "?new"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hidingPlaces")
  void forbiddenBuiltInsAreFoundWhereverTheyHide(
      String where, String body, String at, String builtIn) throws IOException {
    List<String> e = errors(body);
    assertEquals(
        List.of(
            "templates/site/t.ftlh:"
                + at
                + ": error: template error: '"
                + builtIn
                + "' is not allowed in"
                + " Tabled templates: a template may not run text as code, create Java objects or call Java methods"),
        e,
        where);
  }

  @Test
  void includeCannotClimbOutOfTheTemplatesFolder() throws IOException {
    Files.writeString(elsewhere.resolve("secret.ftlh"), "SECRET");
    List<String> e = errors("<#include \"../../" + elsewhere.getFileName() + "/secret.ftlh\">\n");
    assertEquals(1, e.size(), e.toString());
    assertTrue(
        e.get(0).startsWith("templates/site/t.ftlh:1:1: error: template error: the template name"),
        e.get(0));
    assertTrue(e.get(0).endsWith("leads outside the templates folders"), e.get(0));
  }

  @Test
  void importOfAnAbsolutePathLooksOnlyInTheTemplatesFolders() throws IOException {
    assertEquals(
        List.of(
            "templates/site/t.ftlh:1:1: error: template error: there is no template 'etc/passwd' in the"
                + " templates folders"),
        errors("<#import \"/etc/passwd\" as p>\n<p>x</p>\n"));
  }

  @Test
  void anIncludedTemplateIsCheckedToo() throws IOException {
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("site/part.ftlh"), "<p>fine</p>\n<p>${\"1\"?eval}</p>\n");
    List<String> e = errors("<#include \"part.ftlh\">\n");
    assertEquals(
        List.of(
            "templates/site/part.ftlh:2:6: error: template error: '?eval' is not allowed in Tabled"
                + " templates: a template may not run text as code, create Java objects or call Java methods"),
        e);
  }

  @Test
  void anIncludedLinkOutOfTheFolderIsRefused() throws IOException {
    Path secret = elsewhere.resolve("paper.md");
    Files.writeString(secret, "SECRET-CANARY-1");
    Files.createDirectories(dir.resolve("site"));
    Files.createSymbolicLink(dir.resolve("site/part.ftlh"), secret);
    List<String> e = errors("<#include \"part.ftlh\">\n");
    assertEquals(
        List.of(
            "templates/site/t.ftlh:1:1: error: template error: the template 'site/part.ftlh' is a link to"
                + " a file outside the templates folder"),
        e);
  }

  @Test
  void anIncludedPipeIsRefusedWithoutOpeningIt() throws Exception {
    Files.createDirectories(dir.resolve("site"));
    Process p = new ProcessBuilder("mkfifo", dir.resolve("site/part.ftlh").toString()).start();
    assertEquals(0, p.waitFor());
    List<String> e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> errors("<#include \"part.ftlh\">\n"));
    assertEquals(
        List.of(
            "templates/site/t.ftlh:1:1: error: template error: the template 'site/part.ftlh' is not a"
                + " regular file"),
        e);
  }

  @Test
  void theClockIsNotReadable() throws IOException {
    String refused =
        "' is not allowed in Tabled templates: the same content must give the same pages and PDFs"
            + " whenever it is built";
    assertEquals(
        List.of("templates/site/t.ftlh:1:6: error: template error: '.now" + refused),
        errors("<p>${.now}</p>"));
    assertEquals(
        List.of("templates/site/t.ftlh:1:6: error: template error: '.now" + refused),
        errors("<#if .now??>late</#if>"));
    assertEquals(
        List.of("templates/site/t.ftlh:2:4: error: template error: '.now" + refused),
        errors("<#assign when = \"x\">\n${(.now)?string}"));
    // the other special variables read the data or the templates, and stay allowed
    Diagnostics d = new Diagnostics();
    Optional<String> allowed =
        render(
            "<p>${.vars[\"page\"].title} ${.template_name}</p>", new Page("A title", List.of()), d);
    assertEquals(Optional.of("<p>A title site/t.ftlh</p>"), allowed, d.toString());
  }

  @Test
  void settingsCannotTurnTheGuardsOff() throws IOException {
    List<String> e = errors("<#setting new_builtin_class_resolver=\"unrestricted\">\n");
    assertEquals(1, e.size(), e.toString());
    assertTrue(
        e.get(0).startsWith("templates/site/t.ftlh:1:11: error: template syntax error:"), e.get(0));
  }

  @Test
  void recordsAreReadByTheirComponentsAndNothingElse() throws IOException {
    Diagnostics d = new Diagnostics();
    Optional<String> ok =
        render(
            "${page.title}: <#list page.items as i>${i} </#list><#list page?keys as k>${k} </#list>",
            new Page("A title", List.of("one", "two")),
            d);
    assertEquals(Optional.of("A title: one two title items "), ok, d.toString());
    for (String method : List.of("getClass()", "toString()", "hashCode()", "equals(page)")) {
      List<String> e = errors("${page." + method + "}");
      assertEquals(1, e.size(), method + ": " + e);
      assertTrue(
          e.get(0).startsWith("templates/site/t.ftlh:1:3: error: template error:"),
          method + ": " + e.get(0));
    }
  }

  @Test
  void anObjectThatIsNotARecordIsRefused() throws IOException {
    Diagnostics d = new Diagnostics();
    Optional<String> out =
        render("${page.file.delete()?c}", new Leaky("x", elsewhere.resolve("keep").toFile()), d);
    assertTrue(out.isEmpty());
    assertTrue(
        d.toString()
            .contains("templates can read only text, numbers, lists and records, not a File"),
        d.toString());
  }

  @Test
  void checkParsesEveryTemplateEvenOnesNoPageUses() throws IOException {
    Files.createDirectories(dir.resolve("print"));
    Files.writeString(dir.resolve("print/unused.ftlh"), "<#if x>\n<p>never closed</p>\n");
    Files.writeString(dir.resolve("print/other.ftl"), "${\"x\"?interpret}\n");
    Diagnostics d = new Diagnostics();
    new Templates(dir, "templates").check(d);
    List<String> lines =
        d.all().stream().map(Diagnostic::format).map(l -> l.split("\\R")[0]).toList();
    assertEquals(
        List.of(
            "templates/print/other.ftl:1:3: error: template error: '?interpret' is not allowed in Tabled templates: a"
                + " template may not run text as code, create Java objects or call Java methods",
            "templates/print/unused.ftlh:2:20: error: template syntax error: Unexpected end of file reached. You have an"
                + " unclosed #if."),
        lines);
  }

  @Test
  void theBuiltInTemplatesPassTheCheck() {
    Diagnostics d = new Diagnostics();
    new Templates(dir.resolve("none"), "templates").check(d);
    assertFalse(d.hasErrors(), d.toString());
    assertTrue(
        BuiltInTemplates.names().size() >= 20,
        "every built-in template is checked: " + BuiltInTemplates.names());
  }
}
