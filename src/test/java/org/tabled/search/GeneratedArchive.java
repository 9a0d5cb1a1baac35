package org.tabled.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The search documents of a large synthetic archive, made without building a site (for measuring
 * the index at scale): for each meeting, four papers of about 1,300 words in numbered paragraphs,
 * minutes of about 1,500 words, an appendix of about 500 words and three tracker entries. The
 * sentences come from the example council's Markdown; each paragraph adds a rare made-up word and a
 * number, so the vocabulary grows with the archive as a real one's does (names, places, amounts).
 * The same arguments give the same documents.
 */
final class GeneratedArchive {

  private static final String[] SYLLABLES = {
    "ash", "bel", "cor", "dun", "el", "fen", "gar", "hol", "is", "jor", "kel", "lin", "mor", "nor",
    "ost", "pen", "quin", "ros", "sel", "tor", "ul", "ven", "wyn", "yar", "zen"
  };

  private final Random random;
  private final List<String> sentences;
  private final List<String> rare = new ArrayList<>();

  private GeneratedArchive(long seed, List<String> sentences) {
    this.random = new Random(seed);
    this.sentences = sentences;
    for (int i = 0; rare.size() < 100_000; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = i; w.length() == 0 || n > 0; n /= SYLLABLES.length) {
        w.append(SYLLABLES[n % SYLLABLES.length]);
      }
      rare.add(w.substring(0, 1).toUpperCase() + w.substring(1));
    }
  }

  /** The documents of {@code meetings} meetings in ten committees. */
  static List<SearchDocument> documents(Path content, int meetings, long seed) {
    GeneratedArchive g = new GeneratedArchive(seed, sentences(content));
    List<SearchDocument> docs = new ArrayList<>();
    LocalDate first = LocalDate.of(2016, 5, 10);
    for (int i = 0; i < meetings; i++) {
      String committee = "committee-" + (i % 10);
      LocalDate date = first.plusDays(7L * (i / 10) + i % 10);
      String meeting = "committees/" + committee + "/" + date + "/";
      for (int p = 1; p <= 4; p++) {
        docs.add(
            g.document(
                meeting + "paper-" + p + "/", g.title(), "Paper", committee, date, 1300, true));
      }
      docs.add(
          g.document(
              meeting + "minutes/",
              "Minutes of " + committee + ", " + date,
              "Minutes",
              committee,
              date,
              1500,
              true));
      docs.add(
          g.document(
              meeting + "paper-1/appendix-1/",
              "Appendix 1: " + g.title(),
              "Appendix",
              committee,
              date,
              500,
              false));
      for (int t = 1; t <= 3; t++) {
        docs.add(
            g.document(
                "committees/" + committee + "/tracker/#entry-" + i + "-" + t,
                "Recommendation " + t + ": " + g.title(),
                "Tracker: recommendation",
                committee,
                date,
                100,
                false));
      }
    }
    return docs;
  }

  private SearchDocument document(
      String path,
      String title,
      String kind,
      String committee,
      LocalDate date,
      int words,
      boolean numbered) {
    StringBuilder text = new StringBuilder();
    List<SearchDocument.Anchor> anchors = new ArrayList<>();
    int count = 0;
    for (int section = 1; count < words; section++) {
      for (int para = 1; para <= 4 && count < words; para++) {
        if (text.length() > 0) {
          text.append(' ');
        }
        if (numbered) {
          anchors.add(
              new SearchDocument.Anchor(
                  text.length(),
                  "para-" + section + "-" + para,
                  "paragraph " + section + "." + para));
          text.append(section).append('.').append(para).append(' ');
        }
        for (int s = 0; s < 3; s++) {
          String sentence = sentences.get(random.nextInt(sentences.size()));
          text.append(sentence).append(' ');
          count += sentence.split(" ").length;
        }
        text.append(rare.get((int) (rare.size() * Math.pow(random.nextDouble(), 3))))
            .append(" reported £")
            .append(random.nextInt(100_000))
            .append('.');
        count += 3;
      }
    }
    return new SearchDocument(
        path,
        title,
        kind,
        committee,
        date.toString(),
        new SearchDocument.Text(text.toString(), anchors));
  }

  private String title() {
    String[] words = sentences.get(random.nextInt(sentences.size())).split(" ");
    return String.join(
            " ", List.of(words).subList(0, Math.min(words.length, 3 + random.nextInt(5))))
        .replaceAll("[.,;:]$", "");
  }

  /**
   * The sentences of the example's Markdown, without front matter or markup, five words or more.
   */
  private static List<String> sentences(Path content) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(content)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String md = Files.readString(f, StandardCharsets.UTF_8);
        if (md.startsWith("---")) {
          md = md.substring(md.indexOf("\n---", 3) + 4);
        }
        md =
            md.replaceAll("\\[\\[[^]]*]]", "")
                .replaceAll("[#*_|>`\\[\\]{}]", " ")
                .replaceAll("\\s+", " ");
        for (String sentence : md.split("(?<=[.?!]) ")) {
          if (sentence.strip().split(" ").length >= 5 && !sentence.contains("CANARY")) {
            out.add(sentence.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.size() < 200) {
      throw new IllegalStateException("too few sentences in " + content + ": " + out.size());
    }
    return out;
  }
}
