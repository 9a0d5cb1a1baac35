package org.tabled.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;
import org.tabled.model.Markdown;
import org.tabled.source.SourcePos;
import org.tabled.testing.TestFiles;

class MarkdownEngineTest {

  @TempDir Path dir;

  private Markdown md(String text) {
    return new Markdown(text, new SourcePos("content/x/paper.md", 10, 1), dir);
  }

  private String render(String text, Numbering numbering, Diagnostics d) {
    MarkdownEngine engine = new MarkdownEngine(dir);
    return engine.render(
        engine.parse(md(text), numbering, d),
        new RenderOptions("", 0, p -> "img/" + p.getFileName()));
  }

  @Test
  void numbersSectionsAndParagraphsWithStableAnchors() {
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "Intro.\n\n## Summary\n\nFirst.\n\n- a bullet\n\nSecond.\n\n### Detail\n\nThird.\n\n## Background\n\nFourth.\n",
            Numbering.SECTIONS,
            d);
    assertFalse(d.hasErrors(), d.toString());
    assertTrue(html.startsWith("<p>Intro.</p>"), html);
    assertTrue(
        html.contains(
            "<h2 id=\"section-1\" class=\"numbered\"><span class=\"num\">1.</span> Summary</h2>"),
        html);
    assertTrue(
        html.contains(
            "<p id=\"para-1-1\" class=\"numbered\"><span class=\"num\">1.1</span> First.</p>"),
        html);
    assertTrue(html.contains("id=\"para-1-2\""), "lists are not numbered: " + html);
    assertTrue(html.contains("<h3 id=\"detail\">Detail</h3>"), html);
    assertTrue(
        html.contains("id=\"para-1-3\" class=\"numbered\"><span class=\"num\">1.3</span> Third."),
        html);
    assertTrue(html.contains("id=\"para-2-1\""), html);
    assertTrue(html.contains("<div class=\"section\" data-section=\"2\">"), html);
  }

  @Test
  void aSpanGivingALanguageIsKeptWithoutAWarningButAnUnsafeTagIsWarnedAbout() {
    // issue 14: authors mark Welsh or Polish text with <span lang="cy"> (its script cannot tell it)
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "<span lang=\"cy\">Croeso i’r cyfarfod.</span> And <span dir=\"rtl\" lang=\"ur\">رپورٹ</span>.\n",
            Numbering.NONE,
            d);
    assertTrue(d.all().isEmpty(), d.toString());
    assertTrue(html.contains("<span lang=\"cy\">Croeso i’r cyfarfod.</span>"), html);
    assertTrue(html.contains("<span dir=\"rtl\" lang=\"ur\">"), html);
    Diagnostics unsafe = new Diagnostics();
    render("Text <span onclick=\"steal()\">here</span>.\n", Numbering.NONE, unsafe);
    assertEquals(1, unsafe.all().size(), unsafe.toString());
  }

  @Test
  void outlineNamesEveryNumberedParagraph() {
    MarkdownEngine engine = new MarkdownEngine(dir);
    Outline o =
        engine
            .parse(
                md("## A\n\nOne.\n\nTwo.\n\n## B\n\nRESOLVED: That it be noted.\n"),
                Numbering.SECTIONS,
                new Diagnostics())
            .outline();
    assertEquals(2, o.sections().size());
    assertEquals("para-1-2", o.paragraph("1.2").orElseThrow().anchor());
    assertEquals("RESOLVED: That it be noted.", o.paragraph("2.1").orElseThrow().text());
  }

  @Test
  void sectionsCanCarryTheNumbersTheirCallerGivesAndSomeNone() {
    // Minutes: a minute carries its agenda item's number; a procedural minute carries none.
    MarkdownEngine engine = new MarkdownEngine(dir);
    List<String> seen = new ArrayList<>();
    SectionNumbers numbers =
        headings -> {
          headings.forEach(h -> seen.add(h.text() + "@" + h.pos().line()));
          return List.of(3, 0, 8);
        };
    ParsedDoc doc =
        engine.parse(
            md(
                "## Minutes\n\nRESOLVED: Approved.\n\n## Exclusion\n\nRESOLVED: Excluded.\n\n"
                    + "## Contract\n\nDiscussed.\n"),
            numbers,
            new Diagnostics());
    assertEquals(List.of("Minutes@10", "Exclusion@14", "Contract@18"), seen);
    assertEquals(
        List.of(3, 8), doc.outline().sections().stream().map(Outline.Section::number).toList());
    assertTrue(doc.outline().paragraph("3.1").orElseThrow().resolution());
    assertFalse(doc.outline().paragraph("8.1").orElseThrow().resolution());
    String html =
        engine.render(
            doc,
            new RenderOptions(
                "", 0, p -> "", n -> "<p>end of " + n + "</p>", RenderOptions::plainRef));
    assertTrue(
        html.contains(
            "<h2 id=\"section-3\" class=\"numbered\"><span class=\"num\">3.</span> Minutes</h2>"),
        html);
    assertTrue(
        html.contains(
            "<h2 id=\"exclusion\" class=\"unnumbered\">Exclusion</h2>\n<p class=\"resolution\">"
                + "RESOLVED: Excluded.</p>"),
        "an unnumbered minute and its paragraph stand outside the numbered ones: " + html);
    assertTrue(html.contains("<p>end of 3</p></div><h2 id=\"exclusion\""), html);
    assertTrue(
        html.contains(
            "<p id=\"para-8-1\" class=\"numbered\"><span class=\"num\">8.1</span> Discussed.</p>\n"
                + "<p>end of 8</p>"),
        html);
  }

  @Test
  void aSubHeadingInAMinuteIsASubMinuteWhoseParagraphsGoOneLevelDeeper() {
    // DOMAIN §1.2: "4.1 ACTION AND RECOMMENDATION TRACKERS" then "4.1.1 RESOLVED: …"
    MarkdownEngine engine = new MarkdownEngine(dir);
    SectionNumbers minutes =
        new SectionNumbers() {
          @Override
          public List<Integer> of(List<Heading> headings) {
            return List.of(4, 5);
          }

          @Override
          public boolean subParagraphs() {
            return true;
          }
        };
    ParsedDoc doc =
        engine.parse(
            md(
                "## Work programme\n\nIntroduced.\n\n### Action trackers\n\nRESOLVED: Noted.\n\n"
                    + "Second.\n\n### Work programme\n\nAgreed.\n\n## Next\n\nPlain.\n"),
            minutes,
            new Diagnostics());
    assertEquals(
        List.of("4.1", "4.2.1", "4.2.2", "4.3.1", "5.1"),
        doc.outline().sections().stream()
            .flatMap(s -> s.paragraphs().stream())
            .map(Outline.Paragraph::number)
            .toList());
    assertTrue(doc.outline().paragraph("4.2.1").orElseThrow().resolution());
    assertEquals(
        "4.2 Action trackers",
        doc.outline().headings().stream()
            .filter(h -> h.level() == 3)
            .findFirst()
            .orElseThrow()
            .text());
    String html = engine.render(doc, new RenderOptions("m-", 0, p -> ""));
    assertTrue(
        html.contains(
            "<h3 id=\"m-para-4-2\" class=\"numbered\"><span class=\"num\">4.2</span> Action trackers</h3>"),
        html);
    assertTrue(
        html.contains(
            "<p id=\"m-para-4-2-1\" class=\"numbered deep resolution\"><span class=\"num\">4.2.1</span> RESOLVED: Noted.</p>"),
        html);
    assertTrue(
        html.contains("<span class=\"num\">5.1</span> Plain."),
        "a new minute starts again: " + html);
    // a report keeps its sub-headings unnumbered, the paragraph numbers carrying on
    String report =
        render("## A\n\nOne.\n\n### Sub\n\nTwo.\n", Numbering.SECTIONS, new Diagnostics());
    assertTrue(report.contains("<h3 id=\"sub\">Sub</h3>"), report);
    assertTrue(report.contains("<span class=\"num\">1.2</span> Two."), report);
  }

  @Test
  void aListLetteredAsCouncilsWriteRecommendationsStaysAListWithItsLetters() {
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "## Recommendations\n\nThe committee is asked to:\n\n(a) note the report;\n"
                + "(b) agree the plan,\nas amended; and\n(c) ask for a further report.\n\n"
                + "Then:\n\na) one\n\nb) two\n\nAfter the list,\n(b) on its own is text, and so is \\(a).\n",
            Numbering.SECTIONS,
            d);
    assertFalse(d.hasErrors(), d.toString());
    assertTrue(
        html.contains(
            "<ol type=\"a\" class=\"lettered\">\n<li><span class=\"lbl\">(a)</span> note the report;</li>"),
        html);
    assertTrue(
        html.contains("<li><span class=\"lbl\">(b)</span> agree the plan, as amended; and</li>"),
        html);
    assertTrue(
        html.contains("<li><span class=\"lbl\">(c)</span> ask for a further report.</li>"), html);
    assertTrue(
        html.contains("<li>\n<p><span class=\"lbl\">(b)</span> two</p>"), "a loose list: " + html);
    assertTrue(html.contains("After the list, (b) on its own is text, and so is (a).</p>"), html);
    assertEquals(2, html.split("class=\"lettered\"", -1).length - 1, html);
    // numbered lists are untouched
    String numbered = render("1. one\n2. two\n", Numbering.NONE, new Diagnostics());
    assertTrue(numbered.contains("<ol>\n<li>one</li>"), numbered);
  }

  @Test
  void aLetterOutOfOrderIsAnErrorAtItsLine() {
    Diagnostics d = new Diagnostics();
    render("Asked to:\n\n(a) note;\n(c) agree.\n", Numbering.NONE, d);
    assertEquals(1, d.all().size(), d.toString());
    assertTrue(
        d.all()
            .get(0)
            .toString()
            .startsWith("content/x/paper.md:13:1: error: lettered list item (c) follows (a)"),
        d.toString());
  }

  @Test
  void sectionNumbersMustBeUnique() {
    MarkdownEngine engine = new MarkdownEngine(dir);
    Assertions.assertThrows(
        IllegalStateException.class,
        () -> engine.parse(md("## A\n\n## B\n"), h -> List.of(2, 2), new Diagnostics()));
  }

  @Test
  void tableCaptionBecomesCaptionAndHeaderCellsGetScope() {
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "## A\n\nText.\n\nTable: Places by year\n\n| Year | Places |\n|---|--:|\n| 2025 | 10 |\n",
            Numbering.SECTIONS,
            d);
    assertTrue(html.contains("<table><caption>Places by year</caption>"), html);
    assertTrue(html.contains("<th scope=\"col\">Year</th>"), html);
    assertTrue(html.contains("class=\"align-right\""), html);
    assertFalse(html.contains("para-1-2"), "a caption is not a numbered paragraph: " + html);
  }

  @Test
  void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<a href=\"javascript:alert(1)\">x</a> <img src=\"data:image/png;base64,AAAA\" alt=\"x\">\n",
            Numbering.NONE,
            d);
    assertFalse(html.contains("script"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("iframe"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("data:"), html);
    assertTrue(html.contains("<b>bold</b>"), html);
  }

  @Test
  void referenceWithAnAnchorAndNoTextHasNoAuthorText() {
    Diagnostics d = new Diagnostics();
    ParsedDoc doc =
        new MarkdownEngine(dir)
            .parse(
                md("See [[item:audit/2025-03-11#5]] and [[para:fees#3.1|this]].\n"),
                Numbering.NONE,
                d);
    assertFalse(d.hasErrors(), d.toString());
    assertEquals("", doc.refs().get(0).text());
    assertEquals("5", doc.refs().get(0).anchor());
    assertEquals("this", doc.refs().get(1).text());
  }

  @Test
  void relativeImageIsKeptAndPointedAtItsFile() throws Exception {
    Files.write(dir.resolve("chart.png"), TestFiles.png(1, 1));
    Diagnostics d = new Diagnostics();
    String html = render("## A\n\n![Bar chart of visits](chart.png)\n", Numbering.SECTIONS, d);
    assertFalse(d.hasErrors(), d.toString());
    assertTrue(html.contains("<img src=\"img/chart.png\" alt=\"Bar chart of visits\">"), html);
  }

  @Test
  void imageWithoutAltIsAnErrorWithItsLine() throws Exception {
    Files.write(dir.resolve("chart.png"), TestFiles.png(1, 1));
    Diagnostics d = new Diagnostics();
    render("## A\n\n![](chart.png)\n", Numbering.SECTIONS, d);
    assertEquals(
        "content/x/paper.md:12:1: error: image 'chart.png' has no text alternative",
        d.all().get(0).pos() + ": error: " + d.all().get(0).message());
  }

  @Test
  void missingImageAndSkippedHeadingAreErrors() {
    Diagnostics d = new Diagnostics();
    render("# Title\n\n## A\n\n#### Deep\n\n![Chart](missing.png)\n", Numbering.SECTIONS, d);
    String all = d.toString();
    assertTrue(all.contains("paper.md:10:1: error: '# ' makes a top-level heading"), all);
    assertTrue(all.contains("paper.md:14:1: error: heading level jumps from ## to ####"), all);
    assertTrue(all.contains("paper.md:16:1: error: file 'missing.png' does not exist"), all);
  }

  @Test
  void footnoteIdsArePrefixed() {
    Diagnostics d = new Diagnostics();
    MarkdownEngine engine = new MarkdownEngine(dir);
    String html =
        engine.render(
            engine.parse(md("Text[^1].\n\n[^1]: The note.\n"), Numbering.NONE, d),
            new RenderOptions("p-x-", 0, p -> ""));
    assertTrue(html.contains("id=\"p-x-fnref-1\""), html);
    assertTrue(html.contains("href=\"#p-x-fn-1\""), html);
    assertTrue(html.contains("id=\"p-x-fn-1\""), html);
  }

  @Test
  void referencesAreParsedAndFilledInByThePage() {
    Diagnostics d = new Diagnostics();
    MarkdownEngine engine = new MarkdownEngine(dir);
    ParsedDoc doc =
        engine.parse(
            md(
                "See [[paper:early-help]], [[para:lscp-report#3.4|the partners' view]] and"
                    + " [[item:5]].\n\n`[[paper:not-a-ref]]`\n"),
            Numbering.NONE,
            d);
    assertFalse(d.hasErrors(), d.toString());
    assertEquals(
        List.of("paper:early-help", "para:lscp-report#3.4", "item:5"),
        doc.refs().stream().map(RefSyntax::raw).toList());
    RefSyntax para = doc.refs().get(1);
    assertEquals("para", para.kind());
    assertEquals("lscp-report", para.target());
    assertEquals("3.4", para.anchor());
    assertEquals("the partners' view", para.text());
    assertEquals("", doc.refs().get(0).text());
    assertEquals("", doc.refs().get(2).text());
    // Without a bar there is no author's text, even with an anchor (flexmark's own text drops it).
    RefSyntax bare =
        engine.parse(md("See [[para:lscp-report#3.5]].\n"), Numbering.NONE, d).refs().get(0);
    assertEquals("3.5", bare.anchor());
    assertEquals("", bare.text());
    String html =
        engine.render(
            doc,
            new RenderOptions(
                "",
                0,
                p -> "",
                n -> "",
                r ->
                    r.kind().equals("item")
                        ? new RefLink("", "Item 5: Budget", "", "")
                        : new RefLink(
                            "../x/#" + r.anchor(),
                            r.text().isEmpty() ? "Early help" : r.text(),
                            "A title",
                            " (see page 7)")));
    assertTrue(
        html.contains(
            "<a href=\"../x/#\" class=\"ref\" title=\"A title\">Early help</a>"
                + "<span class=\"ref-where\"> (see page 7)</span>"),
        html);
    assertTrue(
        html.contains(
            "<a href=\"../x/#3.4\" class=\"ref\" title=\"A title\">the partners' view</a>"),
        html);
    assertTrue(html.contains("<span class=\"ref\">Item 5: Budget</span>"), html);
    assertTrue(
        html.contains("<code>[[paper:not-a-ref]]</code>"), "no reference inside code: " + html);
  }

  @Test
  void malformedReferencesAreErrors() {
    Diagnostics d = new Diagnostics();
    new MarkdownEngine(dir).parse(md("See [[early-help]] and [[papr:x]].\n"), Numbering.NONE, d);
    String all = d.toString();
    assertTrue(
        all.contains(
            "paper.md:10:5: error: reference [[early-help]] does not say what it refers to"),
        all);
    assertTrue(
        all.contains(
            "paper.md:10:24: error: 'papr' is not a kind of reference (did you mean 'paper'?)"),
        all);
  }

  @Test
  void aWrappedLineStartingWithAYearStaysInItsSentence() {
    Diagnostics d = new Diagnostics();
    String html =
        render(
            "1. **Fewer places** at two schools from September\n   2027. The consultation closes soon.\n"
                + "2. Second point.\n\nIn May\n2026. Then more.\n",
            Numbering.NONE,
            d);
    assertFalse(html.contains("start=\"2027\""), html);
    assertFalse(html.contains("start=\"2026\""), html);
    assertTrue(html.contains("from September 2027. The consultation"), html);
    assertTrue(html.contains("In May 2026. Then more."), html);
    assertTrue(
        html.contains("<li>Second point.</li>"), "ordinary numbered lists still work: " + html);
    String nested =
        render("1. Outer\n   1. inner one\n   2. inner two\n2. Next\n", Numbering.NONE, d);
    assertTrue(nested.contains("<li>inner two</li>"), "nested lists still work: " + nested);
  }

  @Test
  void nestingIsLimitedToAHundredLevels() {
    Diagnostics ok = new Diagnostics();
    render(
        "## A\n\n"
            + ">".repeat(100)
            + " deep\n\n"
            + "- ".repeat(100)
            + "item\n\n"
            + "*a ".repeat(100)
            + "x"
            + " a*".repeat(100)
            + "\n",
        Numbering.SECTIONS,
        ok);
    assertFalse(ok.hasErrors(), "100 levels are allowed: " + ok);
    for (String deep :
        new String[] {
          ">".repeat(101) + " deep",
          "- ".repeat(101) + "item",
          ">".repeat(50_000) + " deep",
          "- ".repeat(1000) + "item",
          "*a ".repeat(101) + "x" + " a*".repeat(101),
          "[".repeat(50_000) + "x" + "]".repeat(50_000)
        }) {
      Diagnostics d = new Diagnostics();
      new MarkdownEngine(dir).parse(md("## A\n\n" + deep + "\n"), Numbering.SECTIONS, d);
      assertEquals(1, d.errorCount(), deep.substring(0, 10) + ": " + d);
      assertTrue(
          d.toString().contains("content/x/paper.md:12:")
              && d.toString().contains("nested more than 100 levels deep"),
          d.toString());
    }
  }

  /** The paragraph excerpts (in the outline) as the two regular expressions they replace gave. */
  @Test
  void excerptsAreAsTheMarksAndSpacesRemovedByExpressions() {
    String alphabet = "ab *_`[]  \t\n\r\f\u000B\u2003\u00A0é–";
    java.util.Random random = new java.util.Random(13);
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      // up to 400 characters: long paragraphs are cut short as they are read, and runs of em
      // spaces (which strip() removes but a space in the text does not stand for) at either end
      // of the first hundred characters must not change where
      String letters = n % 3 == 0 ? "ab\u2003" : alphabet;
      for (int i = random.nextInt(n % 2 == 0 ? 140 : 400); i > 0; i--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      String text = b.toString();
      String t = text.replaceAll("[*_`\\[\\]]", "").replaceAll("\\s+", " ").strip();
      String expected = t.length() > 100 ? t.substring(0, 97).strip() + "…" : t;
      assertEquals(expected, MarkdownEngine.excerpt(text), text);
    }
  }

  @Test
  void aTreeDroppedByTheCollectorIsParsedAgainToTheSameHtml() throws Exception {
    Files.write(dir.resolve("chart.png"), TestFiles.png(2, 2));
    // numbers the resolver gives, with sub-minutes; each call numbers on from the last, as
    // minutes run on from the last meeting's: a tree parsed again must not ask again
    int[] next = {41};
    SectionNumbers given =
        new SectionNumbers() {
          @Override
          public List<Integer> of(List<Heading> headings) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
              out.add(next[0]++);
            }
            return out;
          }

          @Override
          public boolean subParagraphs() {
            return true;
          }
        };
    List<String> texts =
        List.of(
            "Intro.\n\n## Summary\n\nFirst.\n\n### Detail\n\nThird.\n\n## Background\n\n"
                + "RESOLVED that the fees rise.\n",
            "## Recommendations\n\nThe committee is asked to:\n\n(a) note the report;\n"
                + "(b) agree the plan.\n\nTable: Places by year\n\n| Year | Places |\n|---|---|\n"
                + "| 2025 | 12 |\n\n![Bar chart of places](chart.png)\n\nA note.[^1]\n\n[^1]: Source.\n",
            "See [[paper:early-help]] and <em>raw</em> <script>x</script> text.\n\n- one\n- two\n");
    MarkdownEngine engine = new MarkdownEngine(dir);
    RenderOptions o = new RenderOptions("p-", 1, p -> "img/" + p.getFileName());
    for (String text : texts) {
      for (ParsedDoc doc :
          List.of(
              engine.parse(md(text), Numbering.SECTIONS, new Diagnostics()),
              engine.parse(md(text), given, new Diagnostics()),
              engine.parse(md(text), Numbering.NONE, new Diagnostics()))) {
        String before = engine.render(doc, o);
        doc.forgetTree();
        assertEquals(before, engine.render(doc, o), text);
        assertEquals(before, engine.render(doc, o), "and again from the tree parsed again");
      }
    }
  }

  @Test
  void theStepsSkippedForATextWithoutTablesOrFootnotesAreOnlyThoseItCannotNeed() {
    assertEquals(new PostProcessor.Has(false, false), PostProcessor.Has.of("<p>Plain.</p>"));
    assertEquals(
        new PostProcessor.Has(true, false), PostProcessor.Has.of("<TABLE><TR><TD>1</TD></TR>"));
    assertEquals(new PostProcessor.Has(false, true), PostProcessor.Has.of("<a href=\"#FN-1\">"));
    assertEquals(
        new PostProcessor.Has(false, true), PostProcessor.Has.of("<div class=\"footnotes\">"));
    assertEquals(
        new PostProcessor.Has(false, false), PostProcessor.Has.of("<p>for often of f F</p><"));
    assertEquals(new PostProcessor.Has(false, true), PostProcessor.Has.of("<p>of the FOOTNOTE"));
    assertEquals(new PostProcessor.Has(true, true), PostProcessor.Has.of("<P>Of fN<Th>"));
    // and a table and a footnote are still processed: header cells scoped, ids prefixed
    String html =
        render(
            "| A | B |\n|:--|--:|\n| 1 | 2 |\n\nNoted.[^1]\n\n[^1]: Source.\n",
            Numbering.NONE,
            new Diagnostics());
    assertTrue(html.contains("<th scope=\"col\" class=\"align-left\">A</th>"), html);
    assertTrue(html.contains("aria-label=\"Footnote 1\""), html);
  }

  /** A store in memory, with SHA-256 keys, that counts what it is asked. */
  private static final class MapStore implements ParseStore {
    final java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
    int hits;

    @Override
    public java.util.Optional<byte[]> get(String key) {
      java.util.Optional<byte[]> v = java.util.Optional.ofNullable(entries.get(key));
      if (v.isPresent()) {
        hits++;
      }
      return v;
    }

    @Override
    public void put(String key, byte[] value) {
      entries.put(key, value);
    }

    @Override
    public String key(byte[]... parts) {
      return org.tabled.output.BuildCache.key(parts);
    }

    @Override
    public boolean enabled() {
      return true;
    }
  }

  @Test
  void aPreviewsLaterBuildsTakeKeptParsesAndRenderingsFromItsMemoryNotTheStore() {
    MapStore store = new MapStore();
    ParseMemory memory = new ParseMemory();
    String text = "## Summary\n\nFirst point.\n\n#### Skipped level\n";
    // a first build parses, keeps and renders
    MarkdownEngine engine = new MarkdownEngine(dir, memory.forBuild(store));
    Diagnostics first = new Diagnostics();
    ParsedDoc parsed = engine.parse(md(text), Numbering.SECTIONS, true, first);
    engine.keep(x -> true);
    engine.keep(parsed, "body", java.util.List.of("x"), p -> "", "<p>made</p>");
    // the second reads the parse from the store (the rendering it kept is held as it kept it),
    // the third and later neither
    for (int build = 2; build <= 4; build++) {
      int before = store.hits;
      MarkdownEngine next = new MarkdownEngine(dir, memory.forBuild(store));
      Diagnostics again = new Diagnostics();
      ParsedDoc kept = next.parse(md(text), Numbering.SECTIONS, true, again);
      assertEquals(first.all(), again.all(), "the same problems, build " + build);
      assertEquals(parsed.outline(), kept.outline());
      assertEquals(
          java.util.Optional.of("<p>made</p>"),
          next.kept(kept, "body", java.util.List.of("x"), p -> ""));
      assertEquals(
          java.util.Optional.empty(), next.kept(kept, "body", java.util.List.of("y"), p -> ""));
      assertEquals(build == 2 ? 1 : 0, store.hits - before, "read from the store, build " + build);
    }
    // a build that did not use them forgets them: the one after reads the store again
    memory.forBuild(store);
    int before = store.hits;
    new MarkdownEngine(dir, memory.forBuild(store))
        .parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    assertEquals(1, store.hits - before);
  }

  @Test
  void aKeptParseOfTextInAnyScriptOrOfAVeryLongParagraphReadsBackAsParsed() {
    // each string of the record is kept as its UTF-8; none is too long to keep
    String text =
        "## Caf\u00e9s and \u2018quotes\u2019\n\nFirst \u2013 \u0928\u092e\u0938\u094d\u0924\u0947"
            + " \ud83d\ude00 [[paper:early-help]].\n\n"
            + "Long: "
            + "words ".repeat(14_000)
            + "\n\n&#xD800; and &#0; as entities.\n";
    MapStore store = new MapStore();
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    Diagnostics first = new Diagnostics();
    ParsedDoc parsed = engine.parse(md(text), Numbering.SECTIONS, true, first);
    engine.keep(md(text)::equals);
    assertEquals(1, store.entries.size(), "kept, though a paragraph is over 65,535 bytes");
    Diagnostics again = new Diagnostics();
    ParsedDoc kept =
        new MarkdownEngine(dir, store).parse(md(text), Numbering.SECTIONS, true, again);
    assertEquals(1, store.hits, "read back");
    assertEquals(first.all(), again.all());
    assertEquals(parsed.outline(), kept.outline());
    assertEquals(parsed.refs(), kept.refs());
    RenderOptions o = new RenderOptions("p-", 0, p -> "img/" + p.getFileName());
    assertEquals(engine.render(parsed, o), new MarkdownEngine(dir, store).render(kept, o));
  }

  @Test
  void aKeptParseReportsTheSameProblemsAndRendersTheSameWithoutParsingUntilRendered()
      throws Exception {
    MapStore store = new MapStore();
    String text =
        "Intro with [[paper:early-help]].\n\n## Summary\n\nFirst.\n\n#### Skipped level\n\n"
            + "[a link](ftp://x.example/)\n\n## Recommendations\n\n(a) note;\n(c) agree.\n\n"
            + "RESOLVED that it is noted.\n";
    Diagnostics first = new Diagnostics();
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    ParsedDoc parsed = engine.parse(md(text), Numbering.SECTIONS, true, first);
    assertTrue(first.hasErrors(), "the text has problems to replay: " + first);
    assertEquals(0, store.entries.size(), "nothing kept before it is known to be published");
    engine.keep(x -> false);
    assertEquals(0, store.entries.size(), "nor if it is not");
    engine.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    engine.keep(md(text)::equals);
    assertEquals(1, store.entries.size(), "kept once published");
    RenderOptions o = new RenderOptions("p-", 0, p -> "img/" + p.getFileName());
    String html = engine.render(parsed, o);
    assertEquals(2, store.entries.size(), "what it renders to is kept too, being published");

    Diagnostics again = new Diagnostics();
    MarkdownEngine next = new MarkdownEngine(dir, store);
    ParsedDoc kept = next.parse(md(text), Numbering.SECTIONS, true, again);
    assertEquals(1, store.hits);
    assertEquals(first.all(), again.all(), "the same problems, at the same places");
    assertEquals(parsed.outline(), kept.outline());
    assertEquals(parsed.refs(), kept.refs());
    assertEquals(html, next.render(kept, o), "what was kept renders the same");
    assertEquals(2, store.hits, "the rendered text was read back, not rendered again");
    RenderOptions other = new RenderOptions("", 1, p -> "img/" + p.getFileName());
    kept.forgetTree();
    assertEquals(engine.render(parsed, other), next.render(kept, other), "and for another page");
    assertFalse(html.equals(engine.render(parsed, other)), "which shows it otherwise");

    // another place, numbering or text is another parse
    next.parse(md(text + "More.\n"), Numbering.SECTIONS, true, new Diagnostics());
    next.parse(md(text), Numbering.NONE, true, new Diagnostics());
    next.parse(
        new Markdown(text, new SourcePos("content/y/paper.md", 10, 1), dir),
        Numbering.SECTIONS,
        true,
        new Diagnostics());
    next.keep(x -> true);
    assertEquals(3, store.hits);
    assertEquals(5, store.entries.size());

    // never kept: a text not to be kept (a restricted paper's)
    next.parse(md("Secret.\n"), Numbering.NONE, false, new Diagnostics());
    // kept: a text with an image, whose file is checked again each time it is met, since the file
    // can change while the text does not
    String chart = "Figures.\n\n![Chart of the figures](chart.png)\n";
    Diagnostics missing = new Diagnostics();
    next.parse(md(chart), Numbering.NONE, true, missing);
    assertTrue(missing.hasErrors(), "no chart.png yet: " + missing);
    next.keep(x -> true);
    assertEquals(6, store.entries.size(), "the text with an image is kept, the secret is not");
    int hits = store.hits;
    Diagnostics stillMissing = new Diagnostics();
    ParsedDoc noFile =
        new MarkdownEngine(dir, store).parse(md(chart), Numbering.NONE, true, stillMissing);
    assertEquals(hits + 1, store.hits, "the kept parse");
    assertEquals(missing.all(), stillMissing.all(), "the image's problem, from its file");
    Files.write(dir.resolve("chart.png"), TestFiles.png(2, 2));
    Diagnostics found = new Diagnostics();
    MarkdownEngine third = new MarkdownEngine(dir, store);
    ParsedDoc withImage = third.parse(md(chart), Numbering.NONE, true, found);
    assertEquals(hits + 2, store.hits, "the kept parse again");
    assertFalse(found.hasErrors(), "the image is found once it is there: " + found);
    assertTrue(
        third.render(withImage, o).contains("src=\"img/chart.png\""), third.render(withImage, o));
    assertFalse(next.render(noFile, o).contains("<img"), "an image not found is not published");
    Files.writeString(dir.resolve("chart.png"), "not a picture");
    Diagnostics foreign = new Diagnostics();
    ParsedDoc notAnImage =
        new MarkdownEngine(dir, store).parse(md(chart), Numbering.NONE, true, foreign);
    assertTrue(foreign.toString().contains("not a readable image"), foreign.toString());
    assertFalse(next.render(notAnImage, o).contains("<img"), "nor one that is not an image");
    // a contributor swaps the kept text's image for a link to a file outside the content
    Path outside = Files.createTempFile("outside", ".png");
    try {
      Files.write(outside, TestFiles.png(2, 2));
      Files.delete(dir.resolve("chart.png"));
      Files.createSymbolicLink(dir.resolve("chart.png"), outside);
      Diagnostics linked = new Diagnostics();
      ParsedDoc escaped =
          new MarkdownEngine(dir, store).parse(md(chart), Numbering.NONE, true, linked);
      assertTrue(linked.toString().contains("outside the content folder"), linked.toString());
      assertFalse(next.render(escaped, o).contains("<img"), "a file outside is never published");
    } finally {
      Files.deleteIfExists(outside);
    }
    Files.delete(dir.resolve("chart.png"));

    // a damaged or foreign entry is a miss, never an error
    store.entries.replaceAll((k, v) -> java.util.Arrays.copyOf(v, v.length / 2));
    Diagnostics damaged = new Diagnostics();
    ParsedDoc reparsed = next.parse(md(text), Numbering.SECTIONS, true, damaged);
    assertEquals(first.all(), damaged.all());
    assertEquals(html, next.render(reparsed, o));
  }

  @Test
  void aTextKnownByItsFolderDigestIsKeptUnderThatDigestAndMissesWhenTheFolderChanges() {
    MapStore store = new MapStore();
    String text = "## Summary\n\nFirst point.\n\n#### Skipped level\n";
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    Diagnostics first = new Diagnostics();
    ParsedDoc parsed = engine.parse(md(text), Numbering.SECTIONS, true, "folder-a", first);
    engine.keep(x -> true);
    assertEquals(1, store.entries.size());

    MarkdownEngine next = new MarkdownEngine(dir, store);
    Diagnostics again = new Diagnostics();
    ParsedDoc kept = next.parse(md(text), Numbering.SECTIONS, true, "folder-a", again);
    assertEquals(1, store.hits, "the same folder, place and length: the kept parse");
    assertEquals(first.all(), again.all());
    assertEquals(parsed.outline(), kept.outline());

    // the folder changed (any of its files), or the text is known by itself: another parse
    next.parse(md(text), Numbering.SECTIONS, true, "folder-b", new Diagnostics());
    next.keep(x -> true);
    next.parse(md(text), Numbering.SECTIONS, true, null, new Diagnostics());
    next.keep(x -> true);
    next.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    assertEquals(2, store.hits, "a text known by itself is the same, with or without null");
    assertEquals(3, store.entries.size(), "by folder a, by folder b, by its own text");
  }

  @Test
  void whatARendererMadeOfAPublishedTextIsKeptUnderItsPartsAndNothingElse() {
    MapStore store = new MapStore();
    String text = "## Summary\n\nFirst point.\n";
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    ParsedDoc doc = engine.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    engine.keep(doc, "print paper", List.of("p-"), NAMED, "<p>made</p>");
    assertEquals(0, store.entries.size(), "not before the text is known to be published");
    engine.keep(x -> false);
    engine.keep(doc, "print paper", List.of("p-"), NAMED, "<p>made</p>");
    assertEquals(0, store.entries.size(), "nor when it is not");
    engine.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    engine.keep(md(text)::equals);
    engine.keep(doc, "print paper", List.of("p-"), NAMED, "<p>made</p>");
    assertEquals(2, store.entries.size(), "the parse, and what was made of it");

    MarkdownEngine next = new MarkdownEngine(dir, store);
    ParsedDoc again = next.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    assertEquals(
        java.util.Optional.of("<p>made</p>"),
        next.kept(again, "print paper", List.of("p-"), NAMED));
    assertTrue(next.kept(again, "print paper", List.of("q-"), NAMED).isEmpty(), "other parts");
    assertTrue(next.kept(again, "print appendix", List.of("p-"), NAMED).isEmpty(), "another kind");
    assertTrue(next.kept(again, "print paper", List.of("p-", ""), NAMED).isEmpty(), "more parts");
    ParsedDoc unkeyed = next.parse(md(text), Numbering.SECTIONS, new Diagnostics());
    assertTrue(
        next.kept(unkeyed, "print paper", List.of("p-"), NAMED).isEmpty(), "a text not kept");

    store.entries.replaceAll((k, v) -> java.util.Arrays.copyOf(v, v.length - 1));
    assertTrue(next.kept(again, "print paper", List.of("p-"), NAMED).isEmpty(), "a damaged entry");
  }

  /** Names an image as a page might, by its file's name. */
  private static final java.util.function.Function<Path, String> NAMED =
      p -> "img/" + p.getFileName();

  @Test
  void whatARendererMadeOfATextWithImagesIsKeptUnderTheNameOfEachImage() throws Exception {
    MapStore store = new MapStore();
    Files.write(dir.resolve("chart.png"), TestFiles.png(2, 2));
    Files.write(dir.resolve("map.png"), TestFiles.png(3, 3));
    String text = "Figures.\n\n![Chart](chart.png)\n\n![Map](map.png)\n";
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    ParsedDoc doc = engine.parse(md(text), Numbering.NONE, true, new Diagnostics());
    engine.keep(x -> true);
    List<Path> named = new ArrayList<>();
    java.util.function.Function<Path, String> byBytes =
        p -> {
          named.add(p.getFileName());
          return "media/v1/" + p.getFileName();
        };
    engine.keep(doc, "web paper body", List.of(), byBytes, "<p>made</p>");

    List<Path> namedAgain = new ArrayList<>();
    ParsedDoc again =
        new MarkdownEngine(dir, store).parse(md(text), Numbering.NONE, true, new Diagnostics());
    java.util.function.Function<Path, String> sameBytes =
        p -> {
          namedAgain.add(p.getFileName());
          return "media/v1/" + p.getFileName();
        };
    assertEquals(
        java.util.Optional.of("<p>made</p>"),
        engine.kept(again, "web paper body", List.of(), sameBytes),
        "the same text and the same images: kept");
    assertEquals(
        List.of(Path.of("chart.png"), Path.of("map.png")),
        namedAgain,
        "each image was named, so published, though what was made was kept");
    assertEquals(named, namedAgain, "in the same order each time");
    assertTrue(
        engine
            .kept(
                again,
                "web paper body",
                List.of(),
                p ->
                    p.getFileName().toString().equals("map.png")
                        ? "media/v2/map.png"
                        : "media/v1/chart.png")
            .isEmpty(),
        "one image's bytes changed: made again");
    assertTrue(
        engine.kept(again, "web paper body", List.of(), p -> "../" + p.getFileName()).isEmpty(),
        "named from another page: made again");
  }

  /** Numbers for minutes: from a table by heading text, counting calls and reporting each one. */
  private static final class CountedNumbers implements SectionNumbers {
    final java.util.Map<String, Integer> byTitle;
    int asked;

    CountedNumbers(java.util.Map<String, Integer> byTitle) {
      this.byTitle = byTitle;
    }

    @Override
    public List<Integer> of(List<Heading> headings) {
      asked++;
      List<Integer> out = new ArrayList<>();
      for (Heading h : headings) {
        out.add(byTitle.getOrDefault(h.text(), 0));
      }
      return out;
    }

    @Override
    public boolean subParagraphs() {
      return true;
    }
  }

  @Test
  void aKeptParseOfMinutesIsUsedOnlyWithTheNumbersItWasMadeWithWhichAreAskedForOnceEachTime() {
    MapStore store = new MapStore();
    String text =
        "## Apologies\n\nNone.\n\n## Budget\n\nNoted.\n\n### Fees\n\nAgreed.\n\n"
            + "RESOLVED that the fees rise.\n\n[a link](ftp://x.example/)\n\n## Any other business\n\nNone.\n";
    java.util.Map<String, Integer> agenda = java.util.Map.of("Apologies", 1, "Budget", 4);
    RenderOptions o = new RenderOptions("", 1, p -> "img/" + p.getFileName());

    CountedNumbers numbers = new CountedNumbers(agenda);
    MarkdownEngine engine = new MarkdownEngine(dir, store);
    Diagnostics first = new Diagnostics();
    ParsedDoc parsed = engine.parse(md(text), numbers, true, first);
    assertEquals(1, numbers.asked);
    assertTrue(first.hasErrors(), "the link is reported: " + first);
    engine.keep(x -> true);
    String html = engine.render(parsed, o);
    assertTrue(html.contains("4.1"), html);

    // the same text and numbers: read back, the numbers asked for once, the same problems
    CountedNumbers same = new CountedNumbers(agenda);
    MarkdownEngine next = new MarkdownEngine(dir, store);
    Diagnostics again = new Diagnostics();
    ParsedDoc kept = next.parse(md(text), same, true, again);
    assertEquals(1, same.asked, "asked once, for the headings kept");
    assertEquals(1, store.hits);
    assertEquals(first.all(), again.all());
    assertEquals(parsed.outline(), kept.outline());
    assertEquals(html, next.render(kept, o));
    assertEquals(2, store.hits, "and what it renders to was kept under the same numbers");

    // the same text, other numbers (the agenda renumbered): parsed again, asked once, and what it
    // renders to is not what the old numbers rendered to
    CountedNumbers renumbered = new CountedNumbers(java.util.Map.of("Apologies", 2, "Budget", 7));
    Diagnostics third = new Diagnostics();
    ParsedDoc fresh = next.parse(md(text), renumbered, true, third);
    assertEquals(1, renumbered.asked, "asked once, though parsed again");
    assertEquals(first.all(), third.all());
    assertEquals(
        new MarkdownEngine(dir).parse(md(text), renumbered, new Diagnostics()).outline(),
        fresh.outline());
    String renumberedHtml = next.render(fresh, o);
    assertTrue(renumberedHtml.contains("7.1") && !renumberedHtml.contains("4.1"), renumberedHtml);
    assertEquals(
        new MarkdownEngine(dir)
            .render(new MarkdownEngine(dir).parse(md(text), renumbered, new Diagnostics()), o),
        renumberedHtml);
    // kept in its turn, under the same text: the old numbers then miss, and parse again
    next.keep(x -> true);
    CountedNumbers back = new CountedNumbers(agenda);
    ParsedDoc old = new MarkdownEngine(dir, store).parse(md(text), back, true, new Diagnostics());
    assertEquals(1, back.asked);
    assertEquals(parsed.outline(), old.outline());

    // never the kept parse of a report: numbered by the caller is another parse
    MapStore reports = new MapStore();
    MarkdownEngine r = new MarkdownEngine(dir, reports);
    r.parse(md(text), Numbering.SECTIONS, true, new Diagnostics());
    r.keep(x -> true);
    ParsedDoc minutes = r.parse(md(text), new CountedNumbers(agenda), true, new Diagnostics());
    assertEquals(0, reports.hits);
    assertEquals(parsed.outline(), minutes.outline());
  }
}
