package org.tabled.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The fonts embedded in every PDF: Liberation Sans and Liberation Mono (SIL Open Font Licence),
 * TrueType files that the build takes from the {@code openpdf-fonts-extra} Maven artifact.
 *
 * <p>PDF/UA needs every font embedded, and openhtmltopdf can only embed TrueType fonts registered
 * with {@code useFont}: its built-in base-14 fonts are switched off in PDF/UA mode. The print
 * stylesheet names "Liberation Sans" and "Liberation Mono"; the generic families are registered
 * too, so that a council template which forgets a {@code font-family} still gets an embedded font
 * instead of a render failure.
 *
 * <p>The files are read once, without their {@code GSUB} table (see {@link TrueTypeTables}), and
 * shared read-only by every render.
 */
final class Fonts {

  private record Face(String file, int weight, FontStyle style) {}

  private static final List<Face> SANS = List.of(
      new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
      new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
      new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
  private static final List<Face> MONO = List.of(
      new Face("LiberationMono-Regular.ttf", 400, FontStyle.NORMAL),
      new Face("LiberationMono-Bold.ttf", 700, FontStyle.NORMAL));

  /** Loaded on first use; the holder idiom makes that thread-safe without locks. */
  private static final class Loaded {
    static final java.util.Map<String, byte[]> BYTES = load();

    private static java.util.Map<String, byte[]> load() {
      java.util.Map<String, byte[]> m = new java.util.HashMap<>();
      for (Face f : SANS) {
        m.put(f.file(), read(f.file()));
      }
      for (Face f : MONO) {
        m.put(f.file(), read(f.file()));
      }
      return java.util.Map.copyOf(m);
    }
  }

  private Fonts() {}

  /** Registers every face with {@code b}, as subsets, under its own and the generic family names. */
  static void register(PdfRendererBuilder b) {
    for (String family : List.of("Liberation Sans", "sans-serif", "serif")) {
      add(b, SANS, family);
    }
    for (String family : List.of("Liberation Mono", "monospace")) {
      add(b, MONO, family);
    }
  }

  private static void add(PdfRendererBuilder b, List<Face> faces, String family) {
    for (Face f : faces) {
      byte[] bytes = Loaded.BYTES.get(f.file());
      b.useFont(() -> new ByteArrayInputStream(bytes), family, f.weight(), f.style(), true);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is missing from the classpath (openpdf-fonts-extra)");
      }
      return TrueTypeTables.without(in.readAllBytes(), Set.of("GSUB"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
