package org.tabled.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.tabled.diag.Diagnostics;
import org.tabled.model.FontFile;

/**
 * The fonts embedded in every PDF, and which characters they can print.
 *
 * <p>The print stylesheet sets text in Liberation Sans (and code in Liberation Mono), TrueType
 * files the build takes from the {@code openpdf-fonts-extra} Maven artifact. A character that font
 * does not have is printed in the first <em>fallback</em> font that has it: first the council's own
 * fonts from {@code site.yaml}, in the order listed, then Tabled's (see {@code
 * src/main/resources/org/tabled/fonts/README.md}): Noto Naskh Arabic, Noto Sans Bengali, Noto Sans
 * Gurmukhi, three Noto symbol fonts and Droid Sans Fallback for Chinese, Japanese and Korean.
 * openhtmltopdf chooses the font per character ({@code FontGroup.PRE_BUILT_IN_FALLBACK} adds the
 * fallbacks after whatever families the stylesheet names), so a council template that names other
 * families still gets them, and a character no font has would be printed as "#". That is why {@link
 * Glyphs} reports every such character before anything is rendered.
 *
 * <p>PDF/UA needs every font embedded, and openhtmltopdf can only embed TrueType fonts registered
 * with {@code useFont}: its built-in base-14 fonts are switched off in PDF/UA mode. The generic
 * families are registered too, so that a council template which forgets a {@code font-family} still
 * gets an embedded font instead of a render failure.
 *
 * <p>Every font is loaded without its {@code GSUB} table (see {@link TrueTypeTables}): PDFBox
 * applies glyph substitution itself for a few scripts, and for Bengali that draws glyphs which have
 * no Unicode mapping, which PDF/UA forbids (ISO 14289-1, 7.21.7) and which copy out as nothing.
 * Each character is drawn with its own glyph; Arabic letters are given their joined forms before
 * layout instead ({@link RightToLeft}). The files are read once and shared read-only by every
 * render, and each is parsed once and lent to one document at a time ({@link ParsedFaces}).
 */
final class Fonts {

  /**
   * One face of a family.
   *
   * @param family the family name CSS can use
   * @param bytes the TrueType file, without {@code GSUB}
   * @param weight 400 normal, 700 bold
   * @param style normal or italic
   */
  record Face(String family, byte[] bytes, int weight, FontStyle style) {}

  /**
   * A face that prints a script that needs shaping ({@link Shaping}), with what it needs for that.
   *
   * @param face the face as embedded
   * @param covers the characters it has glyphs for
   * @param layout the same font file, with its {@code GSUB}, as a JDK font for its text layout
   *     (which shapes with HarfBuzz), at a size of one em per font unit
   */
  record Shaper(Face face, BitSet covers, Font layout) {}

  private static final String BUILT_IN = "/org/tabled/fonts/";

  /** The families the print stylesheet names, and the generic families that fall back to them. */
  private static final List<Face> MAIN = mainFaces();

  private static final Face BENGALI =
      builtIn("Noto Sans Bengali", "NotoSansBengali-Regular.ttf", 400);
  private static final Face BENGALI_BOLD =
      builtIn("Noto Sans Bengali", "NotoSansBengali-Bold.ttf", 700);
  private static final Face GURMUKHI =
      builtIn("Noto Sans Gurmukhi", "NotoSansGurmukhi-Regular.ttf", 400);
  private static final Face GURMUKHI_BOLD =
      builtIn("Noto Sans Gurmukhi", "NotoSansGurmukhi-Bold.ttf", 700);

  /** Tabled's fallback fonts, in the order they are tried. */
  private static final List<Face> FALLBACKS =
      List.of(
          builtIn("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
          builtIn("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
          BENGALI,
          BENGALI_BOLD,
          GURMUKHI,
          GURMUKHI_BOLD,
          builtIn("Noto Sans Symbols 2", "NotoSansSymbols2-Regular.ttf", 400),
          builtIn("Noto Sans Symbols", "NotoSansSymbols-Regular.ttf", 400),
          builtIn("Noto Sans Math", "NotoSansMath-Regular.ttf", 400),
          builtIn("Droid Sans Fallback", "DroidSansFallbackFull.ttf", 400));

  /** Tabled's own fonts only. */
  static final Fonts DEFAULT = builtIn();

  /** Tabled's own fonts, with measures and parsed faces of their own (not shared with DEFAULT). */
  static Fonts builtIn() {
    return new Fonts(List.of(), Map.of());
  }

  /** Loaded on first use: what the built-in fonts cover. */
  private static final class BuiltInCoverage {
    static final BitSet CODE_POINTS = coverage(concat(MAIN, FALLBACKS));
  }

  /** Loaded on first use: Tabled's faces for scripts that need shaping. */
  private static final class BuiltInShapers {
    static final List<Shaper> SHAPERS =
        List.of(
            shaper(BENGALI, original("NotoSansBengali-Regular.ttf")),
            shaper(BENGALI_BOLD, original("NotoSansBengali-Bold.ttf")),
            shaper(GURMUKHI, original("NotoSansGurmukhi-Regular.ttf")),
            shaper(GURMUKHI_BOLD, original("NotoSansGurmukhi-Bold.ttf")));
  }

  private final List<Face> council;

  /** The council's faces that print a script that needs shaping, with their original files. */
  private final Map<Face, byte[]> councilOriginals;

  private Fonts(List<Face> council, Map<Face, byte[]> councilOriginals) {
    this.council = List.copyOf(council);
    this.councilOriginals = Map.copyOf(councilOriginals);
    this.uniqueKeys = uniqueKeys(concat(MAIN, concat(council, FALLBACKS)));
  }

  /**
   * Tabled's fonts with the council's own ({@code site.yaml}'s {@code fonts}) tried first. A file
   * that is not a TrueType font Tabled can embed is reported at its line and left out.
   */
  static Fonts with(List<FontFile> files, Diagnostics d) {
    List<Face> faces = new ArrayList<>();
    Map<Face, byte[]> originals = new HashMap<>();
    for (FontFile f : files) {
      try {
        byte[] bytes = Files.readAllBytes(f.file());
        if (bytes.length >= 4
            && bytes[0] == 'O'
            && bytes[1] == 'T'
            && bytes[2] == 'T'
            && bytes[3] == 'O') {
          d.error(
              f.pos(),
              "'"
                  + f.name()
                  + "' has PostScript (CFF) outlines, which cannot be embedded in the PDFs",
              "use the TrueType version of the font (its outlines in a 'glyf' table)");
          continue;
        }
        Face face = council(bytes);
        faces.add(face);
        if (coverage(List.of(face)).stream().anyMatch(Shaping::shaped)) {
          originals.put(face, bytes);
        }
      } catch (IOException | RuntimeException e) { // fontbox throws both for a damaged file
        d.error(f.pos(), "cannot read '" + f.name() + "' as a TrueType font: " + e.getMessage());
      }
    }
    return faces.isEmpty() ? DEFAULT : new Fonts(faces, originals);
  }

  /** Each face parsed once, lent to one document at a time. */
  private final ParsedFaces parsed = new ParsedFaces();

  /**
   * What openhtmltopdf measures of each face (ascent, descent, underline), shared by the documents
   * that embed the faces as they are: a gate for one document, which {@link Metrics#open}s once the
   * document is known to declare no {@code @font-face} of its own. Empty for a document {@code
   * shaping} adds glyphs to, or if two different faces share a family, weight and style, since
   * openhtmltopdf keys its measures by those alone.
   *
   * <p>openhtmltopdf measures every face in a family list to set a line's height, the fallbacks
   * too, and without this each document loaded every face to measure it: Droid Sans Fallback's
   * widths for 30,000 glyphs in every PDF. A face is now loaded only for a document that prints a
   * character with it.
   */
  Optional<Metrics> metrics(Shaping shaping) {
    return shaping.changesFaces() || !uniqueKeys
        ? Optional.empty()
        : Optional.of(new Metrics(metrics));
  }

  private final Map<String, FSCacheValue> metrics = new ConcurrentHashMap<>();

  /** True if no two different faces share a family, weight and style. */
  private final boolean uniqueKeys;

  private static boolean uniqueKeys(List<Face> faces) {
    Map<String, byte[]> seen = new HashMap<>();
    for (Face f : faces) {
      byte[] before = seen.putIfAbsent(f.family() + ":" + f.weight() + ":" + f.style(), f.bytes());
      if (before != null && before != f.bytes() && !Arrays.equals(before, f.bytes())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shared measures, as one document sees them: nothing read or kept until {@link #open}ed (as
   * openhtmltopdf's own no-op store), so that a face a template declares with {@code @font-face}
   * under one of Tabled's family names can neither take nor give a measure.
   */
  static final class Metrics implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values;
    private volatile boolean open;

    private Metrics(Map<String, FSCacheValue> values) {
      this.values = values;
    }

    void open() {
      open = true;
    }

    @Override
    public void put(String key, FSCacheValue value) {
      if (open) {
        values.putIfAbsent(key, value);
      }
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> make) {
      FSCacheValue v = get(key);
      if (v != null) {
        return v;
      }
      try {
        FSCacheValue made = make.call();
        if (made != null) {
          put(key, made);
        }
        return made;
      } catch (Exception e) {
        return null;
      }
    }

    @Override
    public FSCacheValue get(String key) {
      return open ? values.get(key) : null;
    }
  }

  /** A lease of parsed fonts for one document: close it once the document is closed. */
  ParsedFaces.Lease lease() {
    return parsed.lease();
  }

  /**
   * Registers every face with {@code r}, as subsets, in the order the builder would (the main
   * faces, then the fallbacks); a face {@code shaping} has added glyphs to is registered in its
   * place, from its own bytes. The others are lent from {@code lease}.
   */
  void register(PdfBoxRenderer r, Shaping shaping, ParsedFaces.Lease lease) {
    PdfBoxFontResolver fonts = r.getFontResolver();
    PDDocument doc = r.getPdfDocument();
    for (Face f : MAIN) {
      fonts.addFont(
          lease.supplier(f, doc), f.family(), f.weight(), ident(f.style()), true, FontGroup.MAIN);
    }
    for (Face f : concat(council, FALLBACKS)) {
      byte[] bytes = shaping.bytes(f);
      fonts.addFont(
          bytes == f.bytes() ? lease.supplier(f, doc) : ParsedFaces.parsedFor(doc, bytes),
          f.family(),
          f.weight(),
          ident(f.style()),
          true,
          FontGroup.PRE_BUILT_IN_FALLBACK);
    }
  }

  /** The style as openhtmltopdf's builder passes it to its font resolver. */
  private static IdentValue ident(FontStyle style) {
    return switch (style) {
      case NORMAL -> IdentValue.NORMAL;
      case ITALIC -> IdentValue.ITALIC;
      case OBLIQUE -> IdentValue.OBLIQUE;
    };
  }

  private List<Shaper> councilShapers;

  /**
   * The faces for scripts that need shaping, in the order openhtmltopdf tries them: the council's,
   * then Tabled's.
   */
  synchronized List<Shaper> shapers() {
    if (councilShapers == null) {
      List<Shaper> out = new ArrayList<>();
      for (Face f : council) {
        if (councilOriginals.containsKey(f)) {
          out.add(shaper(f, councilOriginals.get(f)));
        }
      }
      councilShapers = List.copyOf(out);
    }
    return concat(councilShapers, BuiltInShapers.SHAPERS);
  }

  private static Shaper shaper(Face face, byte[] original) {
    try {
      Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(original));
      int unitsPerEm =
          ByteBuffer.wrap(TrueTypeTables.read(original).get("head")).getShort(18) & 0xffff;
      return new Shaper(face, coverage(List.of(face)), awt.deriveFont((float) unitsPerEm));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException(
          "the JDK cannot read the font " + face.family() + ": " + e.getMessage(), e);
    }
  }

  private static byte[] original(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream(BUILT_IN + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True if some font has a glyph for {@code codePoint}. */
  /** True if Tabled's own fonts have a glyph for {@code codePoint}. */
  static boolean builtInCovers(int codePoint) {
    return BuiltInCoverage.CODE_POINTS.get(codePoint);
  }

  boolean covers(int codePoint) {
    return BuiltInCoverage.CODE_POINTS.get(codePoint) || councilCoverage().get(codePoint);
  }

  private BitSet councilCoverage;

  private synchronized BitSet councilCoverage() {
    if (councilCoverage == null) {
      councilCoverage = coverage(council);
    }
    return councilCoverage;
  }

  private static List<Face> mainFaces() {
    List<Face> out = new ArrayList<>();
    String[][] sans = {
      {"LiberationSans-Regular.ttf", "400", "n"}, {"LiberationSans-Bold.ttf", "700", "n"},
      {"LiberationSans-Italic.ttf", "400", "i"}, {"LiberationSans-BoldItalic.ttf", "700", "i"}
    };
    String[][] mono = {
      {"LiberationMono-Regular.ttf", "400", "n"}, {"LiberationMono-Bold.ttf", "700", "n"}
    };
    Map<String, byte[]> files = new HashMap<>();
    for (String family : List.of("Liberation Sans", "sans-serif", "serif")) {
      for (String[] s : sans) {
        out.add(liberation(family, s, files));
      }
    }
    for (String family : List.of("Liberation Mono", "monospace")) {
      for (String[] s : mono) {
        out.add(liberation(family, s, files));
      }
    }
    return List.copyOf(out);
  }

  private static Face liberation(String family, String[] spec, Map<String, byte[]> files) {
    byte[] bytes =
        files.computeIfAbsent(spec[0], f -> read("/liberation/" + f, "openpdf-fonts-extra"));
    return new Face(
        family,
        bytes,
        Integer.parseInt(spec[1]),
        spec[2].equals("i") ? FontStyle.ITALIC : FontStyle.NORMAL);
  }

  private static Face builtIn(String family, String file, int weight) {
    return new Face(
        family, read(BUILT_IN + file, "src/main/resources" + BUILT_IN), weight, FontStyle.NORMAL);
  }

  /** A council's font, under the family, weight and style its own tables give. */
  private static Face council(byte[] original) throws IOException {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
      if (ttf.getTableMap().get("glyf") == null) {
        throw new IOException("it has no TrueType outlines ('glyf' table)");
      }
      if (ttf.getUnicodeCmapLookup(false) == null) {
        throw new IOException("it maps no Unicode characters");
      }
      String family =
          ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
              ? ttf.getNaming().getFontFamily()
              : ttf.getName();
      OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
      int weight = os2 != null && os2.getWeightClass() >= 600 ? 700 : 400;
      boolean italic = os2 != null && (os2.getFsSelection() & 1) != 0;
      return new Face(
          family,
          TrueTypeTables.without(original, Set.of("GSUB")),
          weight,
          italic ? FontStyle.ITALIC : FontStyle.NORMAL);
    }
  }

  private static byte[] read(String resource, String from) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "font " + resource + " is missing from the classpath (" + from + ")");
      }
      return TrueTypeTables.without(in.readAllBytes(), Set.of("GSUB"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every code point some face maps to a glyph (other than the "missing glyph" 0). */
  private static BitSet coverage(List<Face> faces) {
    BitSet out = new BitSet();
    Set<byte[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Face f : faces) {
      if (!seen.add(f.bytes())) {
        continue; // the same file under another family name
      }
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
          continue;
        }
        for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
          List<Integer> codes = cmap.getCharCodes(gid);
          if (codes != null) {
            codes.forEach(out::set);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
