package org.tabled.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits text into words and turns each word into the term the index holds: lower case, accents
 * removed, stemmed with the Snowball English ("Porter2") stemmer, so that "Recommendations" and
 * "recommendation" are one term and "bin" is not part of "Cabinet".
 *
 * <p>The browser does the same to the words searched for ({@code assets/search.js}, with {@code
 * assets/snowball-english.js}); the two must agree character for character, which {@code SearchIT}
 * checks. The rules, in both:
 *
 * <ul>
 *   <li>A word is a run of letters, decimal digits and combining marks. An apostrophe (' or ’)
 *       between a letter and a letter stays inside it ("council’s"); so do a full stop or comma
 *       between two digits ("4.5", "1,000").
 *   <li>Its term: ’ read as ', decomposed (NFKD) with the combining marks dropped, lower-cased,
 *       commas dropped; a term longer than {@value #MAX_LENGTH} characters is ignored; then
 *       stemmed, and any apostrophe left after stemming dropped ("o'brien" is "obrien").
 * </ul>
 *
 * <p>Not thread-safe: it keeps a stemmer and a cache of the words it has stemmed.
 */
public final class Terms {

  /** Terms longer than this are ignored: long runs are codes and addresses, not words. */
  public static final int MAX_LENGTH = 40;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final boolean[] ASCII_WORD = new boolean[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> cache = new HashMap<>();

  /** Receives each word of a text: its place in the text and its term. */
  @FunctionalInterface
  public interface Sink {
    void word(int start, int end, String term);
  }

  /** A word of a text, and its term. */
  public record Token(int start, int end, String term) {}

  /** Every word of {@code text} in order. */
  public List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    scan(text, (s, e, t) -> out.add(new Token(s, e, t)));
    return out;
  }

  /** The terms of {@code text} in order. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    scan(text, (s, e, t) -> out.add(t));
    return out;
  }

  /** Calls {@code sink} for each word of {@code text} that has a term, in order. */
  public void scan(String text, Sink sink) {
    words(
        text,
        (start, end) -> {
          String term = term(text.substring(start, end));
          if (term != null) {
            sink.word(start, end, term);
          }
        });
  }

  /** Receives where each word of a text starts and ends. */
  @FunctionalInterface
  public interface WordSink {
    void word(int start, int end);
  }

  /**
   * Calls {@code sink} with the start and end of each word of {@code text}, in order, whether or
   * not it has a term: for callers that keep their own cache of {@link #term}.
   */
  public static void words(String text, WordSink sink) {
    words(text.toCharArray(), sink); // quicker to walk than charAt on a string that is not Latin-1
  }

  /** As {@link #words(String, WordSink)}, for the text's characters. */
  public static void words(char[] cs, WordSink sink) {
    int n = cs.length;
    int i = 0;
    while (i < n) {
      int c = cs[i];
      if (c >= 0x80) {
        c = Character.codePointAt(cs, i);
      }
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int prev = c;
      i += Character.charCount(c);
      while (i < n) {
        int d = cs[i];
        if (d < 0x80 ? ASCII_WORD[d] : isWordChar(d = Character.codePointAt(cs, i))) {
          prev = d;
          i += Character.charCount(d);
          continue;
        }
        int width = Character.charCount(d);
        int next = i + width < n ? Character.codePointAt(cs, i + width) : -1;
        boolean joins =
            isApostrophe(d)
                ? isLetterOrMark(prev) && next >= 0 && Character.isLetter(next)
                : (d == '.' || d == ',')
                    && Character.isDigit(prev)
                    && next >= 0
                    && Character.isDigit(next);
        if (!joins) {
          break;
        }
        prev = d;
        i += width;
      }
      sink.word(start, i);
    }
  }

  /** The term of one word as {@link #scan} finds it, or null if it has none. */
  public String term(String word) {
    String cached = cache.get(word);
    if (cached != null || cache.containsKey(word)) {
      return cached;
    }
    String t =
        MARKS
            .matcher(Normalizer.normalize(word.replace('\u2019', '\''), Normalizer.Form.NFKD))
            .replaceAll("");
    t = t.toLowerCase(Locale.ROOT).replace(",", "");
    String term = null;
    if (!t.isEmpty() && t.length() <= MAX_LENGTH) {
      term = stem(t).replace("'", "");
      if (term.isEmpty()) {
        term = null;
      }
    }
    cache.put(word, term);
    return term;
  }

  /** The Snowball English stem of a lower-case word, as the stemmer gives it. */
  String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  static boolean isWordChar(int c) {
    return c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) || isMark(c);
  }

  private static boolean isLetterOrMark(int c) {
    return Character.isLetter(c) || isMark(c);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }
}
