package org.tabled.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts parsed once and lent to one document at a time.
 *
 * <p>openhtmltopdf, given a font file, parses it again for every document that uses it: a sixth of
 * the time of a build from nothing went on parsing the same dozen files. A parsed font is not
 * thread-safe (PDFBox reads its tables as the document asks for glyphs, and its subset when the
 * document is saved), so it cannot be shared; it is lent instead, to one document from its layout
 * until it is closed ({@link Lease#close}), and then lent again. PDFBox embeds a subset of a font
 * it is given parsed exactly as one it parses itself ({@code PDType0Font.load} with the file or
 * with the parsed font: the same constructor, which does not close a font it did not parse), so the
 * PDFs are the same bytes.
 *
 * <p>No more are kept idle per face than {@link #IDLE} (the documents open at once on two
 * processors); a document that finds none idle parses its own.
 */
final class ParsedFaces {

  /** The most parsed copies of one face kept for the next document. */
  static final int IDLE = 4;

  private final Map<Fonts.Face, Deque<TrueTypeFont>> idle = new ConcurrentHashMap<>();

  /** A new lease, for one document. */
  Lease lease() {
    return new Lease();
  }

  private TrueTypeFont take(Fonts.Face face) throws IOException {
    Deque<TrueTypeFont> q = idle.get(face);
    if (q != null) {
      synchronized (q) {
        TrueTypeFont t = q.pollFirst();
        if (t != null) {
          return t;
        }
      }
    }
    // wraps the face's bytes, shared read-only, without copying them
    return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
  }

  private void giveBack(Fonts.Face face, TrueTypeFont font) {
    Deque<TrueTypeFont> q = idle.computeIfAbsent(face, f -> new ArrayDeque<>());
    synchronized (q) {
      if (q.size() < IDLE) {
        q.addFirst(font);
        return;
      }
    }
    try {
      font.close();
    } catch (IOException e) {
      // a font read from memory has nothing to release
    }
  }

  /**
   * The font {@code bytes} for {@code doc} alone, parsed when the document first uses it: a face
   * shaping has added this document's words to, which no other document embeds. What openhtmltopdf
   * does with a font file, as a supplier of the same kind as the lent ones.
   */
  static PDFontSupplier parsedFor(PDDocument doc, byte[] bytes) {
    return new PDFontSupplier(null) {
      @Override
      public PDFont supply() {
        try {
          return PDType0Font.load(doc, new ByteArrayInputStream(bytes), true);
        } catch (IOException e) {
          // the bytes were written by Shaping from a face read at the start: only a failing machine
          throw new UncheckedIOException("cannot load a shaped font", e);
        }
      }
    };
  }

  /** The fonts one document has borrowed; closed once the document is saved and closed. */
  final class Lease implements AutoCloseable {
    private final List<Map.Entry<Fonts.Face, TrueTypeFont>> taken = new ArrayList<>();
    private boolean closed;

    /**
     * What openhtmltopdf asks for {@code face} in {@code doc}: a font parsed once, loaded into the
     * document only if the document uses it.
     */
    PDFontSupplier supplier(Fonts.Face face, PDDocument doc) {
      return new PDFontSupplier(null) {
        @Override
        public PDFont supply() {
          try {
            return PDType0Font.load(doc, borrow(face), true);
          } catch (IOException e) {
            // the face was parsed when the fonts were read: only a failing machine gets here
            throw new UncheckedIOException("cannot load the font " + face.family(), e);
          }
        }
      };
    }

    private synchronized TrueTypeFont borrow(Fonts.Face face) throws IOException {
      if (closed) {
        throw new IllegalStateException("a font was asked for after its document was closed");
      }
      TrueTypeFont t = take(face);
      taken.add(Map.entry(face, t));
      return t;
    }

    /** Gives every borrowed font back; the document must be closed, and not used again. */
    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      for (Map.Entry<Fonts.Face, TrueTypeFont> e : taken) {
        giveBack(e.getKey(), e.getValue());
      }
      taken.clear();
    }
  }
}
