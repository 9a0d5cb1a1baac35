package org.tabled.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.tabled.source.SourcePos;

/** Errors and warnings are counted apart, and nothing printed can forge a line (issue 10). */
class DiagnosticsTest {

  private static String printed(Diagnostics d) {
    StringWriter w = new StringWriter();
    d.print(new PrintWriter(w));
    return w.toString();
  }

  @Test
  void anyNumberOfWarningsIsNoError() {
    Diagnostics d = new Diagnostics(10);
    for (int i = 1; i <= 25; i++) {
      d.warning(new SourcePos("a.md", i, 1), "warning " + i);
    }
    assertFalse(d.hasErrors());
    assertEquals(0, d.errorCount());
    assertEquals(25, d.warningCount());
    String out = printed(d);
    assertFalse(out.contains("error"), out);
    assertTrue(out.contains("... and 15 more warning(s) not shown (the first 10 are listed)"), out);
  }

  @Test
  void warningsNeverCrowdOutAnError() {
    Diagnostics d = new Diagnostics(10);
    for (int i = 1; i <= 25; i++) {
      d.warning(new SourcePos("a.md", i, 1), "warning " + i);
    }
    d.error(new SourcePos("z.md", 3, 4), "the one error");
    assertEquals(1, d.errorCount());
    assertTrue(printed(d).contains("z.md:3:4: error: the one error"), printed(d));
  }

  @Test
  void errorsOverTheLimitAreCountedAndSaidSo() {
    Diagnostics d = new Diagnostics(3);
    for (int i = 1; i <= 5; i++) {
      d.error(new SourcePos("a.md", i, 1), "error " + i);
    }
    assertEquals(5, d.errorCount());
    assertTrue(
        printed(d).contains("... and 2 more error(s) not shown (the first 3 are listed)"),
        printed(d));
  }

  @Test
  void controlCharactersArePrintedEscaped() {
    Diagnostic forged =
        new Diagnostic(
            new SourcePos("content/x\nforged.md:1:1: error: fine", 2, 3),
            Diagnostic.Severity.ERROR,
            "name 'a\tb\u202Ec\u0085d\u007f'",
            "hint\r\nsecond");
    String out = forged.format();
    assertEquals(2, out.split(System.lineSeparator()).length, "one line and its hint: " + out);
    assertTrue(
        out.startsWith(
            "content/x\\nforged.md:1:1: error: fine:2:3: error: name 'a\\tb\\u202Ec\\u0085d\\u007F'"),
        out);
    assertTrue(out.endsWith("  hint: hint\\r\\nsecond"), out);
  }

  @Test
  void aVeryLongMessageIsCutInTheMiddle() {
    String raw = "[".repeat(50_000);
    String out =
        new Diagnostic(
                new SourcePos("a.md", 1, 1),
                Diagnostic.Severity.ERROR,
                "reference " + raw + " does not say what it refers to",
                "")
            .format();
    assertTrue(out.length() < 500, out.length() + " characters");
    assertTrue(out.endsWith("does not say what it refers to"), out);
  }

  /**
   * Stages that run in parallel add in any order: which problems are listed must not depend on it.
   */
  @Test
  void theProblemsListedOverTheCapDoNotDependOnTheOrderTheyCameIn() {
    Diagnostics forward = new Diagnostics(3);
    Diagnostics backward = new Diagnostics(3);
    for (int i = 1; i <= 10; i++) {
      forward.error(new SourcePos("a.yaml", i, 1), "e" + i);
      forward.warning(new SourcePos("a.yaml", i, 2), "w" + i);
      backward.error(new SourcePos("a.yaml", 11 - i, 1), "e" + (11 - i));
      backward.warning(new SourcePos("a.yaml", 11 - i, 2), "w" + (11 - i));
    }
    assertEquals(forward.all(), backward.all());
    assertEquals(6, forward.all().size());
    assertEquals("e1", forward.all().get(0).message());
    assertEquals(10, backward.errorCount());
    assertEquals(10, backward.warningCount());
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    forward.print(new PrintWriter(a));
    backward.print(new PrintWriter(b));
    assertEquals(a.toString(), b.toString());
    assertTrue(a.toString().contains("... and 7 more error(s) not shown"), a.toString());
  }
}
