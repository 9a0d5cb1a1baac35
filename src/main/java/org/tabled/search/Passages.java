package org.tabled.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's text into passages of about {@value #TARGET} characters, each published as a
 * file of its own: a result downloads only the passage its words were found in, to show them in
 * context, never the whole document. A passage ends, by preference, where a numbered paragraph
 * starts, else at the end of a sentence, else between words; it is never longer than {@value #MAX}
 * characters.
 */
final class Passages {

  static final int TARGET = 2000;
  static final int MAX = 3000;
  private static final int MIN = TARGET / 2;

  private Passages() {}

  /**
   * A passage: its text, and its anchors with offsets counted from its start. The first anchor is
   * the one in force where the passage starts, if there is one, at offset 0.
   */
  record Passage(int start, String text, List<SearchDocument.Anchor> anchors) {}

  static List<Passage> of(SearchDocument.Text body) {
    String text = body.text();
    List<Passage> out = new ArrayList<>();
    int start = skipSpaces(text, 0);
    do {
      int end = text.length() - start <= MAX ? text.length() : cut(text, start, body.anchors());
      out.add(passage(body, start, end));
      start = skipSpaces(text, end);
    } while (start < text.length());
    return out;
  }

  /** Where to end the passage that starts at {@code start}, in a text longer than one passage. */
  private static int cut(String text, int start, List<SearchDocument.Anchor> anchors) {
    int best = -1;
    for (SearchDocument.Anchor a : anchors) {
      if (a.offset() > start + MIN && a.offset() <= start + MAX) {
        if (best < 0 || Math.abs(a.offset() - start - TARGET) <= Math.abs(best - start - TARGET)) {
          best = a.offset();
        }
      }
    }
    if (best > 0) {
      return best;
    }
    int limit = start + MAX;
    for (int i = limit - 1; i > start + MIN; i--) {
      char c = text.charAt(i - 1);
      if (text.charAt(i) == ' ' && (c == '.' || c == '?' || c == '!' || c == ':' || c == ';')) {
        return i;
      }
    }
    int space = text.lastIndexOf(' ', limit);
    if (space > start) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static Passage passage(SearchDocument.Text body, int start, int end) {
    String s = body.text().substring(start, end);
    int trimmed = s.stripTrailing().length();
    List<SearchDocument.Anchor> anchors = new ArrayList<>();
    SearchDocument.Anchor before = null;
    for (SearchDocument.Anchor a : body.anchors()) {
      if (a.offset() <= start) {
        before = a;
      } else if (a.offset() < start + trimmed) {
        if (before != null) {
          anchors.add(new SearchDocument.Anchor(0, before.id(), before.label()));
          before = null;
        }
        anchors.add(new SearchDocument.Anchor(a.offset() - start, a.id(), a.label()));
      }
    }
    if (before != null) {
      anchors.add(new SearchDocument.Anchor(0, before.id(), before.label()));
    }
    return new Passage(start, s.substring(0, trimmed), anchors);
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
