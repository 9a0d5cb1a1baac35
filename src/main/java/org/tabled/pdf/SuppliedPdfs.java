package org.tabled.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.tabled.diag.Diagnostics;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;

/**
 * Checks that every appendix supplied as a PDF can be read by someone who cannot see it: a tagged
 * PDF can be read aloud in order; one without tags is, to a screen reader, a set of pictures, and
 * needs a summary ({@code alt_text}) or the same document in Markdown ({@code alternative}) in the
 * content. Missing both is an error at the appendix.
 *
 * <p>A file PDFBox cannot open is left to the PDF stage, which reports it.
 */
public final class SuppliedPdfs {

  private SuppliedPdfs() {}

  /**
   * Reports every untagged supplied PDF of {@code council} that has neither a summary nor an
   * alternative.
   */
  public static void check(Council council, Diagnostics d) {
    for (Committee c : council.committees()) {
      for (Meeting m : c.meetings()) {
        for (Paper p : m.papers()) {
          for (Appendix a : p.appendices()) {
            if (a.source() instanceof Appendix.PdfSource pdf
                && pdf.altText().isEmpty()
                && pdf.alternative().isEmpty()
                && !tagged(pdf)) {
              d.error(
                  a.pos(),
                  "'"
                      + pdf.name()
                      + "' is not a tagged PDF, so a screen reader cannot read it: give"
                      + " the appendix an 'alt_text' summary, or its content in Markdown as 'alternative'",
                  "or ask its authors for a tagged (accessible) PDF: most word processors make one when asked to");
            }
          }
        }
      }
    }
  }

  private static boolean tagged(Appendix.PdfSource pdf) {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.file()))) {
      return ExternalPdf.tagged(doc);
    } catch (IOException
        | RuntimeException e) { // damaged or protected: reported when it is read for the packs
      return true;
    }
  }
}
