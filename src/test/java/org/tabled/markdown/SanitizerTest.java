package org.tabled.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tabled.diag.Diagnostics;
import org.tabled.model.Markdown;
import org.tabled.source.SourcePos;

/**
 * Raw HTML written in Markdown goes through the allow-list: each attack below is written in a
 * paper, rendered by the real Markdown stage, and must not survive; the harmless text around it
 * must. (Issue 6.)
 */
class SanitizerTest {

  @TempDir static Path dir;

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of("inline script", "Budget <script>alert(1)</script> lines", "<script"),
        Arguments.of(
            "external script",
            "<script src=\"https://evil.example/x.js\"></script>\n\nBudget lines",
            "evil.example"),
        Arguments.of("event handler", "<b onclick=\"steal()\">Budget lines</b>", "onclick"),
        Arguments.of(
            "image error handler",
            "<img src=\"x.png\" onerror=\"steal()\" alt=\"x\"> Budget lines",
            "onerror"),
        Arguments.of(
            "svg onload", "<svg onload=\"steal()\"><circle r=\"1\"/></svg> Budget lines", "onload"),
        Arguments.of(
            "iframe", "<iframe src=\"https://evil.example\"></iframe>\n\nBudget lines", "iframe"),
        Arguments.of("object", "<object data=\"evil.swf\"></object> Budget lines", "<object"),
        Arguments.of("embed", "<embed src=\"evil.swf\"> Budget lines", "<embed"),
        Arguments.of(
            "form",
            "<form action=\"https://evil.example\"><input name=\"pw\"></form> Budget lines",
            "<form"),
        Arguments.of(
            "style block", "<style>body{display:none}</style> Budget lines", "display:none"),
        Arguments.of(
            "style attribute",
            "<span style=\"position:fixed;top:0\">Budget lines</span>",
            "position:fixed"),
        Arguments.of(
            "javascript link", "<a href=\"javascript:alert(1)\">Budget lines</a>", "javascript:"),
        Arguments.of(
            "obfuscated javascript link",
            "<a href=\"jav&#x09;ascript:alert(1)\">Budget lines</a>",
            "ascript:"),
        Arguments.of(
            "upper-case javascript link",
            "<a href=\"JAVASCRIPT:alert(1)\">Budget lines</a>",
            "javascript:"),
        Arguments.of(
            "vbscript link", "<a href=\"vbscript:msgbox(1)\">Budget lines</a>", "vbscript:"),
        Arguments.of(
            "data link",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">Budget lines</a>",
            "data:"),
        Arguments.of(
            "data image",
            "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"> Budget lines",
            "data:"),
        Arguments.of(
            "meta refresh",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"> Budget lines",
            "refresh"),
        Arguments.of("base tag", "<base href=\"https://evil.example/\"> Budget lines", "<base"),
        Arguments.of(
            "link tag",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"> Budget lines",
            "<link"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void attackDoesNotReachTheOutput(String name, String markdown, String mustNotAppear) {
    MarkdownEngine engine = new MarkdownEngine(dir);
    Markdown md = new Markdown(markdown + "\n", new SourcePos("content/p/paper.md", 5, 1), dir);
    String html =
        engine.render(
            engine.parse(md, Numbering.NONE, new Diagnostics()), new RenderOptions("", 0, p -> ""));
    assertFalse(
        html.toLowerCase(Locale.ROOT).contains(mustNotAppear.toLowerCase(Locale.ROOT)),
        name + ": " + html);
    assertTrue(
        html.replaceAll("\\s+", " ").contains("Budget lines"),
        name + ": the text around it is kept: " + html);
  }
}
