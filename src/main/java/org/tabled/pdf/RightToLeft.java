package org.tabled.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Right-to-left text (Arabic, Urdu, Persian, Hebrew) for openhtmltopdf: the Unicode bidirectional
 * algorithm from ICU4J splits each paragraph into runs of one direction, so that a paragraph whose
 * first strong character is right-to-left is laid out from the right and mixed text is ordered as a
 * reader expects; each right-to-left run is given its joined letter forms ({@link ArabicForms})
 * before it is measured, and reversed for painting.
 *
 * <p>openhtmltopdf defines the two interfaces and leaves them unimplemented by default (it then
 * lays every run out left to right, with unjoined letters). Its {@code openhtmltopdf-rtl-support}
 * module implements them the same way, but is not published for the openhtmltopdf version Tabled
 * uses, and its shaping (ICU's {@code ArabicShaping}) gives joined forms to the letters of Arabic
 * only, leaving Urdu's own letters (ٹ ڈ ڑ ں ہ ی ے ک گ) unjoined.
 */
final class RightToLeft {

  private RightToLeft() {}

  /** Sets {@code b} up to lay out right-to-left text. */
  static void register(PdfRendererBuilder b) {
    b.useUnicodeBidiSplitter(Splitter::new);
    b.useUnicodeBidiReorderer(new Reorderer());
  }

  /** One paragraph's directional runs. Not thread-safe: openhtmltopdf makes one per paragraph. */
  static final class Splitter implements BidiSplitter {
    private final Bidi bidi = new Bidi();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      bidi.setPara(paragraph, defaultDirection, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      return Bidi.getBaseDirection(paragraph);
    }
  }

  /** Shapes and reverses right-to-left runs. Stateless. */
  static final class Reorderer implements BidiReorderer {

    @Override
    public String reorderRTLTextToLTR(String text) {
      return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
      return ArabicForms.shape(text);
    }

    @Override
    public String deshapeText(String text) {
      return ArabicForms.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }
  }
}
