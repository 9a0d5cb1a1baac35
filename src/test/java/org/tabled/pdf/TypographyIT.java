package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Line breaks a typesetter would never make, looked for in the lines of PDFs read back with PDFBox
 * (issue 14): after an apostrophe inside a word, after an opening bracket or before a closing one
 * (also where the bracket and a link are separate elements), between "page" and its number, and
 * inside a range of pages, and inside "(see page 12)" after a reference within the same PDF
 * (written by {@link PageNumbers}); and a reference inside brackets prints its page without
 * brackets within brackets.
 */
class TypographyIT {

  /**
   * Each paragraph is laid out in every width from 25 to 89 mm, so that every word ends a line
   * somewhere.
   */
  private static final String[] PARAGRAPHS = {
    "Members noted the Committee’s report on the children’s services and the partners' plans.",
    "The budget was noted (<a href=\"https://example.org/\">Appendix 1: Budget monitoring</a>) and (see [<a href=\"https://example.org/\">item 5</a>]) agreed.",
    "The figures are set out on page 12 of the pack, at pages 14 - 16, and in (Pages 5 - 10) today.",
    "Croeso i’r cyfarfod; the report’s authors (<a href=\"https://example.org/\">Children’s Services</a>) agreed.",
    "Members noted <a class=\"ref\" href=\"#t\">Item 5: Children’s services</a> and the plan (<a class=\"ref\" "
        + "href=\"#t\">Appendix 1: Budget monitoring</a>) as set out in <a class=\"ref\" href=\"#t\">paragraph 3.4</a>."
  };

  /** A line that ends or starts where a line must not break, with what follows it. */
  private static final List<Pattern> BAD =
      List.of(
          Pattern.compile("[(\\[“‘]\n"), // ends after an opening bracket
          Pattern.compile("\n[)\\],.;:”]"), // starts with a closing bracket or punctuation
          // "Committee’ / s", "i’ / r" (a line may end "partners'" before another word)
          Pattern.compile("\\p{L}[’']\n(s|r|t|d|m|ll|ve|re)\\b"),
          Pattern.compile("(?i)\\b(pages?|paragraph|item|appendix)\n\\d"), // "page / 12"
          Pattern.compile("\\bsee\n(page|\\d)"), // "(see / page 12)"
          Pattern.compile("\\d -\n\\d")); // "14 - / 16"

  @Test
  void noLineBreaksWhereATypesetterWouldNot() throws IOException {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Breaks</title><style>"
                + "html { font-family: 'Liberation Sans'; font-size: 11pt; } p { margin: 0 0 3mm; }"
                + "</style></head><body><h1 id=\"t\">Breaks</h1>");
    for (String p : PARAGRAPHS) {
      for (int width = 25; width < 90; width++) {
        html.append("<div style=\"width: ")
            .append(width)
            .append("mm\"><p>")
            .append(p)
            .append("</p></div>");
      }
    }
    html.append("</body></html>");
    // the pages after references, as the Paginator writes them once it knows them
    String filled =
        PageNumbers.fill(html.toString(), Optional.of(Map.of("t", new PackMaps.Span(12, 12))));
    byte[] pdf;
    try (PdfEngine.Layout layout = new PdfEngine().layout(filled)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      layout.pdf().save(out);
      pdf = out.toByteArray();
    }
    String text = lines(pdf);
    assertTrue(text.split("\n").length > 700, "too few lines to test");
    assertEquals(List.of(), bad(text), "bad line breaks in the test paragraphs");
    // the words themselves are all there, once the lines are joined again
    String joined = text.replace("\n", " ");
    assertTrue(joined.contains("(Pages 5 - 10)"), "the range of pages");
    assertTrue(
        joined.contains("Item 5: Children’s services (see page 12) and"),
        "the page after a reference");
    assertTrue(
        joined.contains(
            "the plan (Appendix 1: Budget monitoring, page 12) as set out in paragraph 3.4 (see page 12)."),
        "no brackets within brackets");
  }

  @Test
  void theExamplesPdfsHaveNoSuchBreaks() throws IOException {
    Built b = Built.example();
    List<String> found = new ArrayList<>();
    int pdfs = 0;
    for (String path : b.pdfs()) {
      if (path.matches(".*/appendix-[^/]+\\.pdf")) {
        continue; // a partner's own PDF, copied as it is
      }
      pdfs++;
      bad(lines(b.bytes(path))).forEach(s -> found.add(path + ": " + s));
    }
    assertTrue(pdfs >= 20, "too few PDFs: " + pdfs);
    assertEquals(List.of(), found);
  }

  private static String lines(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(
          true); // text in links may come later in the content than the text around them
      s.setLineSeparator("\n");
      return s.getText(doc).replaceAll("[ \\t]+\n", "\n");
    }
  }

  private static List<String> bad(String text) {
    List<String> out = new ArrayList<>();
    for (Pattern p : BAD) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int from = Math.max(0, text.lastIndexOf('\n', m.start() - 1));
        int to = text.indexOf('\n', m.end());
        out.add(text.substring(from, to < 0 ? text.length() : to).strip().replace("\n", " / "));
      }
    }
    return out;
  }
}
