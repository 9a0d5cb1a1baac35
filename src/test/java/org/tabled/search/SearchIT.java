package org.tabled.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.output.AtomicReplace;
import org.tabled.serve.StaticFiles;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * Search in real headless Chromium ({@code src/test/a11y/check-search.mjs}): the browser's terms
 * are the index's; queries on the example council find whole words, other endings of a word and
 * phrases, titles first; the page without JavaScript, with the keyboard alone and under axe at
 * three widths; and on a large generated archive, how much one query downloads and how long it
 * takes.
 *
 * <p>Like {@code SiteChecksIT}, it needs Debian's {@code chromium} and {@code npm ci} in {@code
 * src/test/a11y}, and fails, saying so, without them.
 */
class SearchIT {

  static final Path TOOLS = Fixtures.projectDir().resolve("src/test/a11y");

  /** What one query may download at most, the page itself included (issue 13). */
  static final int QUERY_BYTES_CAP = 300_000;

  /** Meetings in the generated archive. */
  static final int ARCHIVE_MEETINGS = Integer.getInteger("search.meetings", 1000);

  @TempDir Path tmp;

  @Test
  void theBrowserFindsTheSameTermsAsTheIndex() throws Exception {
    List<String[]> voc = TermsTest.snowballVocabulary();
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Cabinet’s bins, O’Brien's rock 'n' roll: £1,000.50 in 2026-27 (para 3.4.5).",
                "café naïve İstanbul ΣΑΣ straße ﬁnance 𝐀𝐁 Ǆ K µ Å e\u0301 \u0301abc a\u200db co\u00adoperate ١٢٣ 二〇二六 😀 x' 'x a''b a’’b 1.,2",
                "LARKSPUR-CANARY-5531 fly-tipping well-being e-mail don’t members' allowances",
                "a".repeat(40) + " " + "b".repeat(41) + " " + "1,".repeat(30) + "1",
                ""));
    texts.add(voc.stream().map(w -> w[0]).collect(Collectors.joining(" ")));
    for (Path site : List.of(Sites.example(), Sites.golden())) {
      IndexFiles index = IndexFiles.in(site.resolve("search"));
      for (int d = 0; d < index.documents(); d++) {
        index.passages(d).forEach(p -> texts.add(p.text()));
        texts.add(index.passage(d, 0).title());
      }
    }
    Map<String, Object> in = new TreeMap<>();
    in.put("words", voc.stream().map(w -> w[0]).toList());
    in.put("texts", texts);
    Map<String, Object> out = node("terms", Sites.golden(), in);
    assertEquals(List.of(), out.get("errors"));
    @SuppressWarnings("unchecked")
    List<String> stems = (List<String>) out.get("stems");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < voc.size(); i++) {
      if (!voc.get(i)[1].equals(stems.get(i))) {
        wrong.add(voc.get(i)[0] + " -> " + stems.get(i) + ", expected " + voc.get(i)[1]);
      }
    }
    assertEquals(List.of(), wrong, "the browser's stemmer against Snowball's vocabulary");
    @SuppressWarnings("unchecked")
    List<List<String>> browser = (List<List<String>>) out.get("terms");
    Terms terms = new Terms();
    int words = 0;
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(terms.terms(texts.get(i)), browser.get(i), "terms of: " + texts.get(i));
      words += browser.get(i).size();
    }
    assertTrue(words > 50_000, "words compared: " + words);
  }

  @Test
  void queriesFindWholeWordsOtherEndingsAndPhrasesTitlesFirst() throws Exception {
    Path site = Sites.example();
    IndexFiles index = IndexFiles.in(site.resolve("search"));
    Map<String, Q> q =
        queries(
            site,
            "bin",
            "recommendations",
            "\"school place planning\"",
            "school place planning",
            "safeguarding",
            "zzzqx",
            "CABINET");
    // "bin" finds bins, never the Cabinet; and it finds exactly the documents that hold the word.
    Q bin = q.get("bin");
    assertFalse(bin.results().isEmpty());
    assertEquals(documentsWith(index, "bin"), bin.paths(), "the documents holding 'bin'");
    for (Result r : bin.results()) {
      assertFalse(r.marks().isEmpty(), "the word is marked: " + r);
      r.marks().forEach(m -> assertTrue(m.toLowerCase().startsWith("bin"), "marked: " + m));
    }
    List<String> cabinet = documentsWith(index, "cabinet");
    assertTrue(
        count(q.get("CABINET").status()) == cabinet.size() && cabinet.size() > 10,
        q.get("CABINET").status());
    assertFalse(
        bin.paths().containsAll(cabinet), "documents about the Cabinet are not found for 'bin'");
    // A word is found with its other endings.
    Q recs = q.get("recommendations");
    Set<String> marked =
        recs.results().stream()
            .flatMap(r -> r.marks().stream())
            .map(String::toLowerCase)
            .collect(Collectors.toSet());
    assertTrue(
        marked.contains("recommendation") && marked.contains("recommendations"),
        "marked: " + marked);
    assertEquals(documentsWith(index, "recommend").size(), count(recs.status()), recs.status());
    // A phrase finds only documents where its words are side by side; without quotation marks,
    // documents with the words anywhere are found too.
    Q phrase = q.get("\"school place planning\"");
    Q words = q.get("school place planning");
    assertEquals(
        documentsWithPhrase(index, "school place planning").size(),
        count(phrase.status()),
        phrase.status());
    assertTrue(
        count(words.status()) > count(phrase.status()), words.status() + " / " + phrase.status());
    assertTrue(
        phrase.results().get(0).title().contains("School place planning"),
        phrase.results().get(0).title());
    // Titles first: every result with the word in its title comes before every result without.
    Q safeguarding = q.get("safeguarding");
    List<Boolean> inTitle =
        safeguarding.results().stream().map(r -> !r.titleMarks().isEmpty()).toList();
    assertTrue(inTitle.get(0) && inTitle.contains(false), inTitle.toString());
    assertEquals(
        inTitle.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(),
        inTitle,
        "title matches first");
    assertTrue(
        q.get("zzzqx").status().startsWith("No results for “zzzqx”"), q.get("zzzqx").status());
    for (Q each : q.values()) {
      assertEquals(List.of(), each.errors(), each.query());
      for (Result r : each.results()) {
        assertTrue(r.href().startsWith("../committees/"), r.href());
        assertTrue(r.anchor() == null || r.anchor().startsWith(r.href() + "#"), r.anchor());
      }
    }
  }

  @Test
  void searchWorksOnASiteOpenedFromDisk() throws Exception {
    Path site = Sites.golden();
    Map<String, Q> served = queries(site, "treasury", "\"internal audit\"");
    Map<String, Q> disk = queries(site.toUri().toString(), "treasury", "\"internal audit\"");
    for (String query : served.keySet()) {
      assertEquals(List.of(), disk.get(query).errors(), query);
      assertFalse(served.get(query).results().isEmpty(), query);
      assertEquals(served.get(query).results(), disk.get(query).results(), query + " from disk");
    }
  }

  @Test
  void thePageWorksWithoutJavaScriptWithTheKeyboardAndAtEveryWidth() throws Exception {
    Map<String, Object> out = node("page", Sites.example(), Map.of("query", "council"));
    assertEquals(
        Map.of(
            "explanation",
            true,
            "box",
            false,
            "yearLinks",
            List.of(
                "committees/children-scrutiny/2026-27/",
                "committees/children-scrutiny/2025-26/",
                "committees/communities-scrutiny/2026-27/"),
            "explanationFirst",
            true),
        out.get("noJs"));
    assertEquals(
        Map.of("explanation", false, "box", true, "label", true, "liveRegion", "status"),
        out.get("js"));
    @SuppressWarnings("unchecked")
    Map<String, Object> keyboard = (Map<String, Object>) out.get("keyboard");
    assertTrue(((Number) keyboard.get("tabsToBox")).intValue() < 15, keyboard.toString());
    assertTrue(
        ((String) keyboard.get("status")).matches("\\d+ results for “council”"),
        keyboard.toString());
    assertEquals(10, keyboard.get("results"));
    assertTrue(((String) keyboard.get("url")).endsWith("search/?q=council"), keyboard.toString());
    assertEquals(20, keyboard.get("afterMore"));
    assertEquals(10, keyboard.get("focusAfterMore"), "focus moves to the first new result");
    assertEquals(Map.of("1280", List.of(), "375", List.of(), "320", List.of()), out.get("axe"));
    assertEquals(
        Map.of("1280", 0, "375", 0, "320", 0), out.get("overflow"), "the page scrolls sideways");
    assertEquals(List.of(), out.get("errors"));
  }

  @Test
  void aQueryOnALargeArchiveDownloadsLittleAndIsQuick() throws Exception {
    long start = System.nanoTime();
    List<SearchDocument> docs =
        new ArrayList<>(
            GeneratedArchive.documents(
                Fixtures.projectDir().resolve("content"), ARCHIVE_MEETINGS, 1));
    // A malicious contributor's document: markup in every field shown must stay text.
    String attack =
        "Xylophonic <img src=x onerror=\"window.__pwned=1\"></script><script>window.__pwned=2</script>";
    docs.add(
        new SearchDocument(
            "committees/committee-0/2016-05-10/xylophonic/",
            attack,
            "Paper <b>bold</b>",
            "<i>Committee</i>",
            "10 May 2016",
            new SearchDocument.Text(
                "1.1 " + attack + " end.",
                List.of(
                    new SearchDocument.Anchor(
                        0, "para-1-1\"><img src=x onerror=window.__pwned=3>", "paragraph 1.1")))));
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long generated = System.nanoTime();
    long cpu = os.getProcessCpuTime();
    Map<String, String> files = new java.util.concurrent.ConcurrentSkipListMap<>();
    SearchIndex.write(docs, files::put);
    long indexed = System.nanoTime();
    cpu = os.getProcessCpuTime() - cpu;
    // The search page and theme of the golden site, with the generated index in its place.
    Path site = tmp.resolve("archive");
    Fixtures.copy(Sites.golden().resolve("assets"), site.resolve("assets"));
    Files.createDirectories(site.resolve("search"));
    Files.copy(Sites.golden().resolve("search/index.html"), site.resolve("search/index.html"));
    // Served only as a folder Tabled built for the public: the golden site's marker says so.
    Files.copy(Sites.golden().resolve(AtomicReplace.MARKER), site.resolve(AtomicReplace.MARKER));
    long shardBytes = 0;
    long passageBytes = 0;
    long chars = docs.stream().mapToLong(d -> d.body().text().length()).sum();
    for (var f : files.entrySet()) {
      Path p = site.resolve("search").resolve(f.getKey());
      Files.createDirectories(p.getParent());
      byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(p, bytes);
      shardBytes += f.getKey().startsWith("index/") ? bytes.length : 0;
      passageBytes += f.getKey().startsWith("text/") ? bytes.length : 0;
    }
    String meta = files.get(SearchIndex.META);
    System.out.printf(
        "search archive: %d meetings, %d documents, %.1f MB of text; generated in %.1f s, indexed in %.1f s"
            + " (%.1f s CPU, load average %.1f); metadata %d bytes, %d shards %.1f MB, %d passages %.1f MB%n",
        ARCHIVE_MEETINGS,
        docs.size(),
        chars / 1e6,
        (generated - start) / 1e9,
        (indexed - generated) / 1e9,
        cpu / 1e9,
        os.getSystemLoadAverage(),
        meta.length(),
        files.keySet().stream().filter(f -> f.startsWith("index/")).count(),
        shardBytes / 1e6,
        files.keySet().stream().filter(f -> f.startsWith("text/")).count(),
        passageBytes / 1e6);
    files.clear();
    // A rare made-up word of one document: the word before its last " reported £".
    String text = docs.get(docs.size() / 2).body().text();
    String[] before = text.substring(0, text.lastIndexOf(" reported £")).split(" ");
    String rare = before[before.length - 1];
    List<String> typical =
        List.of(
            "council",
            "the council",
            "\"the council\"",
            "\"school place planning\"",
            "budget report recommendations",
            "\"safeguarding children partnership annual report\"",
            rare,
            "xylophonic");
    // Eight of the commonest words, each in almost every document: the most a query can ask for.
    String worst = "the council and of to in a report";
    List<String> all = new ArrayList<>(typical);
    all.add(worst);
    Map<String, Q> q = queries(site, all.toArray(new String[0]));
    for (Q each : q.values()) {
      System.out.printf(
          "search archive: %-52s %2d shown of %-14s page %6d B + query %6d B = %6d B;"
              + " first result in %4.0f ms, all shown in %4.0f ms%n",
          each.query(),
          each.results().size(),
          each.status().replaceAll(" for .*", ""),
          each.pageBytes(),
          each.queryBytes(),
          each.pageBytes() + each.queryBytes(),
          each.first() == null ? Double.NaN : each.first(),
          each.ms());
      assertEquals(List.of(), each.errors(), each.query());
      assertTrue(
          each.queryBytes() <= QUERY_BYTES_CAP,
          each.query() + " downloaded " + each.queryBytes() + " bytes: " + each.queryFiles());
      assertTrue(
          !typical.contains(each.query())
              || each.pageBytes() + each.queryBytes() <= QUERY_BYTES_CAP,
          each.query()
              + " and its page downloaded "
              + (each.pageBytes() + each.queryBytes())
              + " bytes");
      // The target is 300 ms (docs/performance.md gives the figures measured); a loaded shared
      // machine gets a generous margin here, so that the test fails only on something far wrong.
      assertTrue(each.ms() < 3000, each.query() + " took " + each.ms() + " ms");
    }
    assertTrue(count(q.get("council").status()) > docs.size() / 2, q.get("council").status());
    assertTrue(count(q.get("\"the council\"").status()) <= count(q.get("the council").status()));
    assertEquals(10, q.get("council").results().size());
    assertTrue(count(q.get(rare).status()) >= 1, rare + ": " + q.get(rare).status());
    Result shown = q.get("xylophonic").results().get(0);
    assertEquals(attack, shown.title(), "markup in a title is shown as text");
    assertTrue(
        shown.snippet().contains(attack)
            && shown.meta().equals("Paper <b>bold</b>, <i>Committee</i>, 10 May 2016"),
        shown.toString());
    for (Q each : q.values()) {
      assertEquals(null, each.pwned(), "text from the index ran as code in " + each.query());
    }
  }

  // ------------------------------------------------------------------------------------------

  record Result(
      String title,
      String href,
      String meta,
      String snippet,
      List<String> marks,
      List<String> titleMarks,
      String anchor) {}

  record Q(
      String query,
      double ms,
      Double first,
      String status,
      List<Result> results,
      int pageBytes,
      int queryBytes,
      List<String> queryFiles,
      Object pwned,
      List<String> errors) {

    /** The paths of the results shown, sorted. */
    List<String> paths() {
      return results.stream().map(r -> r.href().substring("../".length())).sorted().toList();
    }
  }

  private static int count(String status) {
    return status.startsWith("No results")
        ? 0
        : Integer.parseInt(status.substring(0, status.indexOf(' ')));
  }

  /** The paths of the documents whose title or text holds {@code term}. */
  private static List<String> documentsWith(IndexFiles index, String term) {
    Terms terms = new Terms();
    List<String> out = new ArrayList<>();
    for (int d = 0; d < index.documents(); d++) {
      List<IndexFiles.Passage> ps = index.passages(d);
      String all =
          ps.get(0).title()
              + " "
              + ps.stream().map(IndexFiles.Passage::text).collect(Collectors.joining(" "));
      if (terms.terms(all).contains(term)) {
        out.add(ps.get(0).path());
      }
    }
    return out.stream().sorted().toList();
  }

  /** The documents whose title or text holds the terms of {@code phrase} side by side. */
  private static List<String> documentsWithPhrase(IndexFiles index, String phrase) {
    Terms terms = new Terms();
    String wanted = " " + String.join(" ", terms.terms(phrase)) + " ";
    List<String> out = new ArrayList<>();
    for (int d = 0; d < index.documents(); d++) {
      List<IndexFiles.Passage> ps = index.passages(d);
      String text = ps.stream().map(IndexFiles.Passage::text).collect(Collectors.joining(" "));
      if ((" " + String.join(" ", terms.terms(ps.get(0).title())) + " ").contains(wanted)
          || (" " + String.join(" ", terms.terms(text)) + " ").contains(wanted)) {
        out.add(ps.get(0).path());
      }
    }
    return out;
  }

  private Map<String, Q> queries(Path site, String... queries) throws Exception {
    return queries((String) null, site, queries);
  }

  /** The queries on the site at {@code fileUrl} (a file: URL), not served. */
  private Map<String, Q> queries(String fileUrl, String... queries) throws Exception {
    return queries(fileUrl, null, queries);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Q> queries(String fileUrl, Path site, String... queries) throws Exception {
    Map<String, Object> in = Map.of("queries", List.of(queries));
    List<Map<String, Object>> out =
        fileUrl != null ? run("queries", fileUrl, in) : node("queries", site, in);
    Map<String, Q> byQuery = new TreeMap<>();
    for (Map<String, Object> m : out) {
      List<Result> results =
          ((List<Map<String, Object>>) m.get("results"))
              .stream()
                  .map(
                      r ->
                          new Result(
                              (String) r.get("title"),
                              (String) r.get("href"),
                              (String) r.get("meta"),
                              (String) r.get("snippet"),
                              (List<String>) r.get("marks"),
                              (List<String>) r.get("titleMarks"),
                              (String) r.get("anchor")))
                  .toList();
      byQuery.put(
          (String) m.get("q"),
          new Q(
              (String) m.get("q"),
              ((Number) m.get("ms")).doubleValue(),
              m.get("first") == null ? null : ((Number) m.get("first")).doubleValue(),
              (String) m.get("status"),
              results,
              ((Number) m.get("pageBytes")).intValue(),
              ((Number) m.get("queryBytes")).intValue(),
              (List<String>) m.get("queryFiles"),
              m.get("pwned"),
              (List<String>) m.get("errors")));
    }
    return byQuery;
  }

  /**
   * Runs check-search.mjs COMMAND on {@code site}, served on the loopback, and returns its JSON.
   */
  private <T> T node(String command, Path site, Object input) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", new StaticFiles(site, UnaryOperator.identity()));
    var threads = Executors.newFixedThreadPool(6);
    server.setExecutor(threads);
    server.start();
    try {
      return run(command, "http://127.0.0.1:" + server.getAddress().getPort() + "/", input);
    } finally {
      server.stop(0);
      threads.shutdown();
    }
  }

  /** Runs check-search.mjs COMMAND on the site at {@code base} and returns its JSON. */
  @SuppressWarnings("unchecked")
  private <T> T run(String command, String base, Object input) throws Exception {
    requireTools();
    Path in = Files.writeString(Files.createTempFile(tmp, "in", ".json"), Json.write(input));
    Path out = Files.createTempFile(tmp, "out", ".json");
    Path log = Files.createTempFile(tmp, "node", ".log");
    Process p =
        new ProcessBuilder(
                "node",
                TOOLS.resolve("check-search.mjs").toString(),
                command,
                base,
                in.toString(),
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("check-search.mjs " + command + " timed out");
    }
    assertEquals(0, p.exitValue(), Files.readString(log));
    return (T) IndexFiles.parse(Files.readString(out, StandardCharsets.UTF_8));
  }

  private static void requireTools() {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      fail(
          "Chromium is not installed at "
              + chromium
              + ": run .ci/run, or apt-get install -y chromium");
    }
    for (String module : List.of("playwright-core", "axe-core")) {
      if (!Files.isDirectory(TOOLS.resolve("node_modules").resolve(module))) {
        fail("node module " + module + " is missing: run .ci/run, or npm ci in " + TOOLS);
      }
    }
  }
}
