package org.tabled.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.tabled.diag.Diagnostics;
import org.tabled.model.FontFile;
import org.tabled.source.SourcePos;

/**
 * Reports, before anything is rendered, every character in the content that no embedded font can
 * print: openhtmltopdf would print it as "#" (and a PDF reader would copy out "#"), silently.
 *
 * <p>Every character of every YAML and Markdown file is checked, with its exact line and column,
 * against the fonts of {@link Fonts} (Tabled's and the council's own). Spaces, control characters
 * and invisible formatting characters (joiners, direction marks, soft hyphens) are not printed as
 * glyphs and are not checked; YAML comment lines are skipped. Each character is reported once per
 * file, at its first place, with how often it occurs.
 */
public final class Glyphs {

  private Glyphs() {}

  /**
   * Reads what Tabled's fonts cover, if not yet read: about a tenth of a second of parsing font
   * files, which a build starts on a thread of its own while its content loads, so that {@link
   * #check} does not wait for it with the other processor idle. Safe to call from any thread, any
   * number of times.
   */
  public static void prepare() {
    Fonts.builtInCovers('A'); // reads the faces and their coverage, once; this class's too
  }

  /**
   * Checks {@code texts} (file text by the path shown to authors) against Tabled's fonts and {@code
   * councilFonts}.
   */
  public static void check(
      SortedMap<String, String> texts, List<FontFile> councilFonts, Diagnostics d) {
    Fonts fonts = Fonts.with(councilFonts, d);
    // each file on its own, on all processors; the diagnostics sort what they are told
    texts.entrySet().parallelStream().forEach(e -> check(e.getKey(), e.getValue(), fonts, d));
  }

  /**
   * True if Tabled's own fonts print every visible ASCII character, as they do: then no character
   * below U+0080 needs looking at (the rest of ASCII is spaces and controls, never printed). Worked
   * out from the fonts, not assumed.
   */
  private static final boolean ASCII_COVERED =
      IntStream.range(0x21, 0x7F).allMatch(Fonts::builtInCovers);

  private static void check(String path, String text, Fonts fonts, Diagnostics d) {
    if (ASCII_COVERED && ascii(text)) {
      return; // nothing below U+0080 needs looking at: most files, without splitting their lines
    }
    boolean yaml = path.endsWith(".yaml") || path.endsWith(".yml");
    boolean frontMatter = false;
    Map<Integer, SourcePos> first = new LinkedHashMap<>();
    Map<Integer, Integer> count = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (!yaml && line.strip().equals("---") && (n == 0 || frontMatter)) {
        frontMatter = n == 0; // the front matter of a Markdown file is YAML, from its first line
        continue;
      }
      if ((yaml || frontMatter) && line.stripLeading().startsWith("#")) {
        continue; // a YAML comment is never printed
      }
      int col = 1;
      for (int i = 0; i < line.length(); col++) {
        char c = line.charAt(i);
        if (c < 0x80 && ASCII_COVERED) {
          i++;
          continue;
        }
        int cp = line.codePointAt(i);
        i += Character.charCount(cp);
        if (printed(cp) && !fonts.covers(cp)) {
          first.putIfAbsent(cp, new SourcePos(path, n + 1, col));
          count.merge(cp, 1, Integer::sum);
        }
      }
    }
    first.forEach(
        (cp, pos) -> {
          int times = count.get(cp);
          d.error(
              pos,
              "no font can print "
                  + describe(cp)
                  + (times > 1 ? "; it appears " + times + " times in this file" : ""),
              hint(cp));
        });
  }

  /**
   * Whether every character of {@code text} is below U+0080: read from an array, since every file
   * of the content is looked through on every build and check.
   */
  static boolean ascii(String text) {
    int any = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      any |= text.charAt(i); // not toCharArray: a copy of every text, twice its size
    }
    return any < 0x80;
  }

  /** Whether {@code cp} is drawn as a glyph (openhtmltopdf draws nothing for the others). */
  static boolean printed(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xAD || cp == 0xFFFC) {
      return false;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL && type != Character.FORMAT;
  }

  /** "'✓' (U+2713 CHECK MARK)". */
  static String describe(int cp) {
    String name = Character.getName(cp);
    return "'"
        + new String(Character.toChars(cp))
        + "' (U+"
        + String.format(Locale.ROOT, "%04X", cp)
        + (name == null ? "" : " " + name)
        + ")";
  }

  private static String hint(int cp) {
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      return "this invisible character asks for a colour emoji, which a PDF cannot embed: delete it after the symbol";
    }
    if (Character.getType(cp) == Character.PRIVATE_USE) {
      return "a private-use character shows differently in every font: type the character it stands for";
    }
    return "write it another way, or add a TrueType font that has it to 'fonts' in content/site.yaml";
  }
}
