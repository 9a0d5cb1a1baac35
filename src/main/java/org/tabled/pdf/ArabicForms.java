package org.tabled.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives Arabic-script letters the form their position in a word calls for (isolated, final, initial
 * or medial), as the characters of Unicode's presentation-form blocks, so that a font without glyph
 * substitution prints them joined.
 *
 * <p>Why: Tabled's fonts are embedded without their {@code GSUB} tables (see {@link Fonts}), and
 * openhtmltopdf does no shaping of its own. A presentation form has its own code point and its own
 * glyph in the font's character map, so a word written with them prints joined, and PDF readers
 * turn the forms back into the letters when text is copied (PDFBox's text extraction does).
 *
 * <p>The forms of every letter, and whether it joins on one side or both, come from the Unicode
 * character database through ICU4J (the decomposition types {@code <isolated>}, {@code <final>},
 * {@code <initial>}, {@code <medial>} of the presentation-form characters, and each letter's
 * joining type), so the letters of Urdu and Persian are covered as well as those of Arabic. Lam
 * followed by alef becomes its obligatory ligature. What this does not do: the many optional
 * ligatures and the mark positioning of a full shaping engine; Nastaliq, which needs them, prints
 * as Naskh.
 */
final class ArabicForms {

  private static final int ISOLATED = 0;
  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;
  private static final int LAM = 0x0644;

  /** For each letter, its four forms (0 where Unicode has none). */
  private static final Map<Integer, int[]> FORMS = new HashMap<>();

  /** For each alef that joins lam in a ligature, the ligature's isolated and final forms. */
  private static final Map<Integer, int[]> LAM_ALEF =
      Map.of(
          0x0622,
          new int[] {0xFEF5, 0xFEF6},
          0x0623,
          new int[] {0xFEF7, 0xFEF8},
          0x0625,
          new int[] {0xFEF9, 0xFEFA},
          0x0627,
          new int[] {0xFEFB, 0xFEFC});

  static {
    Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
      for (int cp = block[0]; cp <= block[1]; cp++) {
        int form =
            switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
              case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
              case UCharacter.DecompositionType.FINAL -> FINAL;
              case UCharacter.DecompositionType.INITIAL -> INITIAL;
              case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
              default -> -1;
            };
        String base = nfkd.getDecomposition(cp);
        if (form >= 0 && base != null && base.codePointCount(0, base.length()) == 1) {
          int[] forms = FORMS.computeIfAbsent(base.codePointAt(0), k -> new int[4]);
          if (forms[form] == 0) {
            forms[form] = cp;
          }
        }
      }
    }
  }

  private ArabicForms() {}

  /** {@code text} (in logical order) with each letter in its joined form. */
  static String shape(String text) {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      int prev = neighbour(cps, i, -1);
      int next = neighbour(cps, i, +1);
      boolean joinsBefore = joinsOnRight(c) && prev >= 0 && joinsOnLeft(cps[prev]);
      if (c == LAM && i + 1 < cps.length && LAM_ALEF.containsKey(cps[i + 1])) {
        out.appendCodePoint(LAM_ALEF.get(cps[i + 1])[joinsBefore ? 1 : 0]);
        i++;
        continue;
      }
      boolean joinsAfter = joinsOnLeft(c) && next >= 0 && joinsOnRight(cps[next]);
      int[] forms = FORMS.get(c);
      int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
      out.appendCodePoint(forms != null && forms[form] != 0 ? forms[form] : c);
    }
    return out.toString();
  }

  /** {@code text} with presentation forms turned back into the letters they show. */
  static String unshape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                out.append(
                    Normalizer2.getNFKCInstance().normalize(new String(Character.toChars(c))));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** The index of the nearest character before or after {@code i} that is not a mark, or -1. */
  private static int neighbour(int[] cps, int i, int step) {
    for (int j = i + step; j >= 0 && j < cps.length; j += step) {
      if (joiningType(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
        return j;
      }
    }
    return -1;
  }

  /** Joins the letter before it (in reading order): the right side, in right-to-left writing. */
  private static boolean joinsOnRight(int c) {
    int t = joiningType(c);
    return t == UCharacter.JoiningType.DUAL_JOINING
        || t == UCharacter.JoiningType.RIGHT_JOINING
        || t == UCharacter.JoiningType.JOIN_CAUSING;
  }

  /** Joins the letter after it. */
  private static boolean joinsOnLeft(int c) {
    int t = joiningType(c);
    return t == UCharacter.JoiningType.DUAL_JOINING
        || t == UCharacter.JoiningType.LEFT_JOINING
        || t == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static int joiningType(int c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
  }
}
