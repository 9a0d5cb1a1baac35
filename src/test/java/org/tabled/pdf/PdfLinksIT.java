package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every link in every PDF Tabled writes goes somewhere: a link to the website names a file the
 * public website of the same day has (and an id on that page, for a {@code #fragment}); a link
 * inside the PDF names a page of it. Checked on the example and the fixtures, public and members'
 * confidential builds; a confidential pack's links to the website are checked against the public
 * website of the same content and day, which is the one its readers can open.
 */
class PdfLinksIT {

  /**
   * A built council whose PDFs are checked, and the public website their links must land on.
   *
   * @param pdfs the build whose PDFs are read
   * @param site the public build of the same content and day
   */
  private record Case(Built pdfs, Built site) {}

  private static List<Case> cases() {
    return List.of(
        new Case(Built.example(), Built.example()),
        new Case(Built.fixture(), Built.fixture()),
        new Case(Built.confidentialExample(), Built.example()),
        new Case(Built.confidentialFixture(), Built.fixture()));
  }

  @TestFactory
  Stream<DynamicTest> everyLinkInEveryPdfResolves() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases()) {
      String base = c.site().pub().council().site().baseUrl();
      for (String pdf : c.pdfs().pdfs()) {
        tests.add(
            dynamicTest(
                c.pdfs().name() + " " + pdf,
                () -> {
                  Report r = check(c.pdfs().bytes(pdf), c.site().out(), base);
                  assertEquals(List.of(), r.broken(), pdf);
                }));
      }
    }
    assertTrue(tests.size() >= 20, "too few PDFs found: " + tests.size());
    return tests.stream();
  }

  /**
   * The check follows links of both kinds, and there are enough of them for it to mean something.
   */
  @Test
  void theExampleHasLinksOfEveryKind() throws IOException {
    Built b = Built.example();
    String base = b.pub().council().site().baseUrl();
    int site = 0;
    int internal = 0;
    Set<String> targets = new HashSet<>();
    for (String pdf : b.pdfs()) {
      Report r = check(b.bytes(pdf), b.out(), base);
      site += r.site();
      internal += r.internal();
      targets.addAll(r.targets());
    }
    assertTrue(site >= 50, "links to the website: " + site);
    assertTrue(internal >= 100, "links inside PDFs: " + internal);
    assertTrue(
        targets.stream().anyMatch(t -> t.startsWith("people/")),
        "no link to a person's page: " + targets);
    assertTrue(
        targets.stream().anyMatch(t -> t.matches("committees/[^/]+/\\d{4}-\\d\\d-\\d\\d/")),
        "no link to a meeting: " + targets);
    assertTrue(
        targets.stream().anyMatch(t -> t.matches("committees/[^/]+/\\d{4}-\\d\\d-\\d\\d/[^/]+/")),
        "no link to a paper: " + targets);
  }

  /** The checker itself finds a link to a page the site does not have. */
  @Test
  void aLinkToAPageTheSiteDoesNotHaveIsReported() throws IOException {
    Built b = Built.example();
    String base = b.pub().council().site().baseUrl();
    Report r = new Report();
    checkUri(base + "people/claire-hennessy/", b.out(), base, "p. 1", r);
    checkUri(base + "committees/#no-such-id", b.out(), base, "p. 1", r);
    checkUri(base + "index.html", b.out(), base, "p. 1", r);
    assertEquals(2, r.broken().size(), r.broken().toString());
  }

  /** What one PDF's links came to. */
  private record Report(List<String> broken, List<String> targets, int[] counts) {
    Report() {
      this(new ArrayList<>(), new ArrayList<>(), new int[2]);
    }

    int site() {
      return counts[0];
    }

    int internal() {
      return counts[1];
    }
  }

  private static final Map<Path, Set<String>> IDS = new HashMap<>();

  /** Follows every link annotation of the PDF {@code bytes}. */
  static Report check(byte[] bytes, Path site, String base) throws IOException {
    Report r = new Report();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        n++;
        for (PDAnnotation a : page.getAnnotations()) {
          if (!(a instanceof PDAnnotationLink link)) {
            continue;
          }
          String where = "page " + n;
          PDDestination dest = link.getDestination();
          PDAction action = link.getAction();
          if (dest == null && action instanceof PDActionGoTo go) {
            dest = go.getDestination();
          }
          if (dest != null) {
            r.counts()[1]++;
            checkDestination(doc, dest, where, r);
          } else if (action instanceof PDActionURI uri) {
            checkUri(uri.getURI(), site, base, where, r);
          } else {
            r.broken().add(where + ": a link with neither a destination nor an address: " + action);
          }
        }
      }
    }
    return r;
  }

  private static void checkDestination(PDDocument doc, PDDestination dest, String where, Report r)
      throws IOException {
    if (dest instanceof PDNamedDestination named) {
      PDPageDestination pd = doc.getDocumentCatalog().findNamedDestinationPage(named);
      if (pd == null || pd.retrievePageNumber() < 0) {
        r.broken().add(where + ": no destination named '" + named.getNamedDestination() + "'");
      }
    } else if (dest instanceof PDPageDestination pd) {
      int page = pd.retrievePageNumber();
      if (page < 0 || page >= doc.getNumberOfPages()) {
        r.broken().add(where + ": a link to page " + (page + 1) + " of " + doc.getNumberOfPages());
      }
    } else {
      r.broken().add(where + ": a destination of an unknown kind: " + dest);
    }
  }

  /**
   * A link to the council's website must name a file of {@code site}; other addresses are not
   * followed.
   */
  static void checkUri(String uri, Path site, String base, String where, Report r) {
    if (!uri.startsWith(base)) {
      if (uri.startsWith("http")
          && URI.create(uri).getHost() != null
          && URI.create(uri).getHost().equals(URI.create(base).getHost())) {
        r.broken()
            .add(
                where
                    + ": "
                    + uri
                    + " is on the council's site but outside its base address "
                    + base);
      }
      return; // another site, an email address
    }
    r.counts()[0]++;
    URI u = URI.create(uri.substring(base.length()));
    String path =
        u.getRawPath() == null ? "" : URLDecoder.decode(u.getRawPath(), StandardCharsets.UTF_8);
    r.targets().add(path);
    String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    if (file.startsWith("/") || file.contains("..") || !Files.isRegularFile(site.resolve(file))) {
      r.broken().add(where + ": " + uri + ": the site has no " + file);
      return;
    }
    String fragment = u.getRawFragment();
    if (fragment != null && !fragment.isEmpty()) {
      String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
      if (!file.endsWith(".html") || !ids(site.resolve(file)).contains(id)) {
        r.broken().add(where + ": " + uri + ": " + file + " has no id '" + id + "'");
      }
    }
  }

  private static synchronized Set<String> ids(Path page) {
    return IDS.computeIfAbsent(
        page,
        p -> {
          try {
            Set<String> ids = new HashSet<>();
            for (Element e : Jsoup.parse(Files.readString(p)).select("[id]")) {
              ids.add(e.id());
            }
            return ids;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
