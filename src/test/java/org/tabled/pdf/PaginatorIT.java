package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tabled.build.BuildOptions;
import org.tabled.build.BuildResult;
import org.tabled.build.Pipeline;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.output.BuildCache;
import org.tabled.publish.Audience;
import org.tabled.template.Templates;
import org.tabled.testing.Fixtures;

/** The two-pass renderer on its own, with page counts it already knows, right or wrong. */
class PaginatorIT {

  /**
   * The golden fixture's March pack, which names pages of the January pack, with the January pack
   * laid out first, as the renderer does.
   */
  private record March(
      Templates templates, Diagnostics d, MeetingBook book, PackMaps maps, Built built) {}

  private static March march() throws Exception {
    Built b = Built.fixture();
    Committee c = b.pub().council().committees().get(0);
    Meeting m =
        c.meetings().stream()
            .filter(x -> x.date().toString().equals("2026-03-17"))
            .findFirst()
            .orElseThrow();
    Templates templates = new Templates(Path.of("no-council-templates"), "templates");
    MarkdownEngine markdown = new MarkdownEngine(Fixtures.fixture("golden-pdf"));
    Diagnostics d = new Diagnostics();
    Function<Appendix, Optional<ExternalPdf>> externals =
        a -> {
          try {
            Appendix.PdfSource src = (Appendix.PdfSource) a.source();
            // as the pack renderer reads it, with the content's summary for the pages' text
            // alternatives
            return Optional.of(
                ExternalPdf.load(src.file(), src.name())
                    .withAlternatives(src.altText(), src.alternative().isPresent()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    // The March pack names pages of the January pack: lay that out first, as the renderer does.
    Meeting january =
        c.meetings().stream()
            .filter(x -> x.date().toString().equals("2026-01-20"))
            .findFirst()
            .orElseThrow();
    Set<MeetingId> packs = Set.of(january.id(), m.id());
    TrackerPlan trackers = TrackerPlan.of(b.pub(), packs);
    PackMaps maps = new PackMaps(packs);
    MeetingBook book = new MeetingBook(b.pub(), c, m, markdown, templates, d, externals, trackers);
    Paginator paginator = new Paginator(new PdfEngine(), templates);
    try (Paginator.Laid laid =
        paginator.layout(
            new MeetingBook(b.pub(), c, january, markdown, templates, d, externals, trackers)
                .pack(maps.reader()),
            d)) {
      maps.put(january.id(), laid.positions());
    }
    return new March(templates, d, book, maps, b);
  }

  @Test
  void knownCountsSkipTheFirstPassAndWrongOnesAreCorrectedByTheCheck() throws Exception {
    March march = march();
    Templates templates = march.templates();
    Diagnostics d = march.d();
    MeetingBook book = march.book();
    PackMaps maps = march.maps();
    Built b = march.built();
    Paginator paginator = new Paginator(new PdfEngine(), templates);
    Paginator.Result first = paginator.render(book.pack(maps.reader()), d);
    assertFalse(paginator.measures.isEmpty());
    Map<String, Paginator.Measure> measured = new HashMap<>(paginator.measures);
    Paginator.Result again = paginator.render(book.pack(maps.reader()), d);
    assertArrayEquals(first.bytes(), again.bytes(), "counts from the cache give the same PDF");

    // every count wrong
    paginator.measures.replaceAll((key, n) -> new Paginator.Measure(n.count() + 1, n.parts()));
    Paginator.Result corrected = paginator.render(book.pack(maps.reader()), d);
    assertArrayEquals(
        first.bytes(), corrected.bytes(), "the final layout is checked and the plan corrected");
    assertEquals(first.plan(), corrected.plan());
    assertTrue(d.all().isEmpty(), d.toString());
    assertEquals(
        b.bytes(GoldenPdfIT.PACK).length, first.bytes().length, "the same PDF as the build's");

    // the first pass split into parts laid out at the same time measures the same counts, the
    // tracker's pages of its responses included, and gives the same PDF
    for (int parts : new int[] {2, 3, 7}) {
      assertEquals(
          parts,
          new PackHtml(templates, d)
              .firstPass(book.pack(maps.reader()), key -> false, parts, 1)
              .parts()
              .size(),
          "the first pass is really split");
      Paginator split = new Paginator(new PdfEngine(), templates);
      split.firstPassParts = parts;
      split.firstPassPartSize = 1;
      Paginator.Result r = split.render(book.pack(maps.reader()), d);
      assertFalse(split.measures.isEmpty());
      split.measures.forEach(
          (key, n) -> assertEquals(measured.get(key), n, parts + " parts, section " + key));
      assertArrayEquals(first.bytes(), r.bytes(), parts + " parts");
    }
    assertTrue(d.all().isEmpty(), d.toString());
  }

  @Test
  void aTextTheCacheKnowsIsNeitherCheckedNorFilledAgainAndGivesTheSamePdf(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    March march = march();
    PdfCache cache = new PdfCache(BuildCache.in(tmp), "test environment");
    Paginator cold = new Paginator(new PdfEngine(), march.templates());
    cold.cache = cache;
    Paginator.Result first = cold.render(march.book().pack(march.maps().reader()), march.d());
    assertFalse(first.reused());
    assertTrue(first.html().contains("(see page "), "the pack names pages: " + first.html());

    Paginator warm = new Paginator(new PdfEngine(), march.templates());
    warm.cache = cache;
    Paginator.Result again = warm.render(march.book().pack(march.maps().reader()), march.d());
    assertTrue(again.reused(), "the PDF is taken from the cache");
    assertEquals(1, warm.textsKnown.get(), "the text was known: not checked or searched again");
    assertArrayEquals(first.bytes(), again.bytes());
    assertEquals(first.html(), again.html(), "the text, made when asked for, is the same");
    assertEquals(PdfCache.sha256(first.bytes()), first.sha256());
    assertEquals(first.sha256(), again.sha256(), "the digest kept with the PDF");

    // the PDFs gone, the layouts and the ids their texts name kept: painted again from the text
    // made from those, without a check or a layout of its own
    int removed = 0;
    try (var files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] entry = Files.readAllBytes(f);
        // an entry's header (20 bytes), then the PDF (its digest is an entry of its own)
        if (entry.length > 25
            && new String(entry, 20, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
          Files.delete(f);
          removed++;
        }
      }
    }
    assertEquals(1, removed, "one PDF was kept");
    Paginator painter = new Paginator(new PdfEngine(), march.templates());
    painter.cache = cache;
    Paginator.Result painted = painter.render(march.book().pack(march.maps().reader()), march.d());
    assertFalse(painted.reused());
    assertEquals(1, painter.textsKnown.get());
    assertEquals(first.sha256(), painted.sha256());
    assertArrayEquals(first.bytes(), painted.bytes(), "painted again, the same bytes");
    assertTrue(march.d().all().isEmpty(), march.d().toString());
  }

  @Test
  void aDamagedSuppliedPdfIsAnErrorAtItsAppendixAndNothingIsWritten(
      @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path content = tmp.resolve("content");
    Fixtures.copy(Fixtures.fixture("golden-pdf"), content);
    Files.writeString(
        content.resolve(
            "committees/environment/meetings/2026-03-17/papers/green-spaces-strategy/friends-survey.pdf"),
        "%PDF-1.4 torn\n");
    BuildResult r =
        Pipeline.run(
            new BuildOptions(
                content,
                tmp.resolve("templates"),
                tmp.resolve("site"),
                tmp,
                false,
                Audience.PUBLIC,
                LocalDate.of(2026, 3, 10),
                true));
    assertFalse(r.ok());
    String all = r.diagnostics().toString();
    // found when the content is checked, before any PDF is laid out (issue 10: supplied PDFs are
    // opened by check)
    assertTrue(
        all.contains(
            "content/committees/environment/meetings/2026-03-17/papers/green-spaces-strategy/paper.md:14:11:"
                + " error: cannot use 'friends-survey.pdf' as an appendix: it is cut short"),
        all);
    assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
  }
}
