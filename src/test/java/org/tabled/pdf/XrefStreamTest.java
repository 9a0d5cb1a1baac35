package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The cross-reference stream PDFBox writes gets an entry for itself (qpdf --check is run on real
 * PDFs by QpdfCheckIT).
 */
class XrefStreamTest {

  @Test
  void pdfboxLeavesTheStreamOutAndTheFixPutsItInWithNothingElseMoved() throws Exception {
    byte[] saved = pdfboxPdf(3);
    Xref before = Xref.of(saved);
    assertEquals(
        before.size - 2, before.highest, "PDFBox's own output: the stream is not in its index");

    byte[] fixed = XrefStream.withOwnEntry(saved);
    Xref after = Xref.of(fixed);
    assertEquals(
        after.size - 1, after.highest, "the index covers every object up to the stream itself");
    assertEquals(before.size - 1, after.highest, "the stream's own number is the last");
    assertEquals(before.offset, after.offset, "the stream starts where it did");
    assertArrayEquals(
        Arrays.copyOf(saved, before.offset),
        Arrays.copyOf(fixed, after.offset),
        "nothing before the stream changes");
    try (PDDocument doc = Loader.loadPDF(fixed)) {
      assertEquals(3, doc.getNumberOfPages());
      assertEquals("Xref test", doc.getDocumentInformation().getTitle());
    }
    assertArrayEquals(
        fixed, XrefStream.withOwnEntry(fixed), "a stream that lists itself is left as it is");
  }

  @Test
  void whatDoesNotEndTheWayPdfboxEndsItIsLeftAsItIs() throws Exception {
    byte[] saved = pdfboxPdf(1);
    for (byte[] odd :
        new byte[][] {
          new byte[0],
          "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
          Arrays.copyOf(saved, saved.length - 20),
          corrupt(saved),
          "startxref\n999999\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)
        }) {
      assertArrayEquals(odd, XrefStream.withOwnEntry(odd));
    }
  }

  /** The same file with the stream's compressed bytes damaged. */
  private static byte[] corrupt(byte[] pdf) {
    byte[] out = pdf.clone();
    Xref x = Xref.of(pdf);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int data = text.indexOf("stream\r\n", x.offset) + "stream\r\n".length();
    for (int i = data; i < data + 8; i++) {
      out[i] = (byte) 0x55;
    }
    return out;
  }

  private static byte[] pdfboxPdf(int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          s.newLineAtOffset(72, 700);
          s.showText("Page " + (i + 1));
          s.endText();
        }
      }
      doc.getDocumentInformation().setTitle("Xref test");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * The last cross-reference stream: where it is, its Size, and the highest object number its Index
   * covers.
   */
  private record Xref(int offset, long size, long highest) {
    static Xref of(byte[] pdf) {
      String text = new String(pdf, StandardCharsets.ISO_8859_1);
      Matcher sx =
          Pattern.compile("startxref\\s+(\\d+)")
              .matcher(text.substring(text.lastIndexOf("startxref")));
      assertTrue(sx.find());
      int offset = Integer.parseInt(sx.group(1));
      String dict = text.substring(offset, text.indexOf("stream", offset));
      Matcher size = Pattern.compile("/Size (\\d+)").matcher(dict);
      Matcher index = Pattern.compile("/Index \\[([\\d ]+)\\]").matcher(dict);
      assertTrue(size.find() && index.find(), dict);
      String[] n = index.group(1).strip().split(" +");
      long highest = Long.parseLong(n[n.length - 2]) + Long.parseLong(n[n.length - 1]) - 1;
      return new Xref(offset, Long.parseLong(size.group(1)), highest);
    }
  }
}
