package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ParsedFacesTest {

  private static Fonts.Face face(String file, int weight) throws IOException {
    try (InputStream in = ParsedFacesTest.class.getResourceAsStream("/liberation/" + file)) {
      return new Fonts.Face("Test", in.readAllBytes(), weight, FontStyle.NORMAL);
    }
  }

  /** A one-page PDF of {@code text} in the font {@code load} gives the document, as bytes. */
  private interface Loader {
    PDFont load(PDDocument doc) throws IOException;
  }

  private static byte[] pdf(Loader load, String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.setDocumentId(1L);
      PDPage page = new PDPage();
      doc.addPage(page);
      PDFont font = load.load(doc);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(font, 12);
        s.newLineAtOffset(72, 700);
        s.showText(text);
        s.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aLentFontEmbedsTheSameSubsetAsOneThePdfLibraryParsesItself() throws Exception {
    Fonts.Face f = face("LiberationSans-Regular.ttf", 400);
    ParsedFaces faces = new ParsedFaces();
    String[] texts = {"Agenda item 4 – £12,500 (Pages 5 - 10)", "Minutes “approved”", "x"};
    for (int round = 0; round < 2; round++) { // the second round reuses the parsed font
      for (String text : texts) {
        byte[] own =
            pdf(doc -> PDType0Font.load(doc, new ByteArrayInputStream(f.bytes()), true), text);
        try (ParsedFaces.Lease lease = faces.lease()) {
          byte[] lent = pdf(doc -> lease.supplier(f, doc).supply(), text);
          assertArrayEquals(own, lent, "round " + round + ": " + text);
        }
      }
    }
  }

  @Test
  void aParsedFontIsLentToOneDocumentAtATimeAndKeptForTheNext() throws Exception {
    Fonts.Face f = face("LiberationSans-Bold.ttf", 700);
    ParsedFaces faces = new ParsedFaces();
    try (PDDocument a = new PDDocument();
        PDDocument b = new PDDocument()) {
      ParsedFaces.Lease first = faces.lease();
      ParsedFaces.Lease second = faces.lease();
      PDType0Font inA = (PDType0Font) first.supplier(f, a).supply();
      PDType0Font inB = (PDType0Font) second.supplier(f, b).supply();
      // both open at once: two parsed fonts, never one shared
      assertNotSame(ttf(inA), ttf(inB));
      first.close();
      try (PDDocument c = new PDDocument();
          ParsedFaces.Lease third = faces.lease()) {
        PDType0Font inC = (PDType0Font) third.supplier(f, c).supply();
        assertSame(ttf(inA), ttf(inC), "the font given back is lent again");
        try (PDDocument e = new PDDocument();
            ParsedFaces.Lease fourth = faces.lease()) {
          // the third still has it: the fourth parses its own
          assertNotSame(ttf(inA), ttf((PDType0Font) fourth.supplier(f, e).supply()));
        }
      }
      second.close();
    }
  }

  @Test
  void aLeaseClosedLendsNothingMore() throws Exception {
    Fonts.Face f = face("LiberationSans-Italic.ttf", 400);
    ParsedFaces.Lease lease = new ParsedFaces().lease();
    lease.close();
    try (PDDocument doc = new PDDocument()) {
      assertThrows(IllegalStateException.class, () -> lease.supplier(f, doc).supply());
    }
  }

  @Test
  void noMoreThanAFewParsedCopiesOfAFaceAreKeptIdle() throws Exception {
    Fonts.Face f = face("LiberationSans-Regular.ttf", 400);
    ParsedFaces faces = new ParsedFaces();
    int open = ParsedFaces.IDLE + 3;
    List<PDDocument> docs = new ArrayList<>();
    List<ParsedFaces.Lease> leases = new ArrayList<>();
    Set<Object> parsed = new HashSet<>();
    for (int i = 0; i < open; i++) {
      PDDocument doc = new PDDocument();
      docs.add(doc);
      ParsedFaces.Lease lease = faces.lease();
      leases.add(lease);
      parsed.add(ttf((PDType0Font) lease.supplier(f, doc).supply()));
    }
    assertEquals(open, parsed.size());
    for (int i = 0; i < open; i++) {
      docs.get(i).close();
      leases.get(i).close();
    }
    Set<Object> again = new HashSet<>();
    for (int i = 0; i < open; i++) {
      try (PDDocument doc = new PDDocument()) {
        ParsedFaces.Lease lease = faces.lease();
        again.add(ttf((PDType0Font) lease.supplier(f, doc).supply()));
        // kept open so that each takes another
        leases.set(i, lease);
      }
    }
    leases.forEach(ParsedFaces.Lease::close);
    again.retainAll(parsed);
    assertEquals(ParsedFaces.IDLE, again.size(), "only IDLE copies were kept");
  }

  @Test
  void documentsOnSeveralThreadsGetTheBytesOfOneThread() throws Exception {
    Fonts.Face f = face("LiberationSans-Regular.ttf", 400);
    ParsedFaces faces = new ParsedFaces();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(
          "Report "
              + i
              + ": "
              + "Budget £"
              + (i * 1000)
              + " "
              + "abcdefghijklmnop".substring(i % 16));
    }
    List<byte[]> serial = new ArrayList<>();
    for (String t : texts) {
      serial.add(pdf(doc -> PDType0Font.load(doc, new ByteArrayInputStream(f.bytes()), true), t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> made = new ArrayList<>();
      for (String t : texts) {
        made.add(
            pool.submit(
                () -> {
                  try (ParsedFaces.Lease lease = faces.lease()) {
                    return pdf(doc -> lease.supplier(f, doc).supply(), t);
                  }
                }));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertArrayEquals(serial.get(i), made.get(i).get(), texts.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The parsed font behind {@code font}, which PDFBox keeps in its descendant font. */
  private static Object ttf(PDType0Font font) {
    return ((org.apache.pdfbox.pdmodel.font.PDCIDFontType2) font.getDescendantFont())
        .getTrueTypeFont();
  }
}
