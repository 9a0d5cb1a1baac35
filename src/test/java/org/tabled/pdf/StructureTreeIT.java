package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure tree of the example's largest pack, walked the way a screen reader walks it (issue
 * 14): captions first in their tables, a table's repeated header read once, each document's "Agenda
 * Item N" stamp read first, the logo read where it is seen, and "This page is intentionally left
 * blank" printed but not read.
 */
class StructureTreeIT {

  private static PdfStructure pack;
  private static byte[] bytes;
  private static String name;

  @BeforeAll
  static void largestPack() throws IOException {
    Built b = Built.example();
    int most = 0;
    for (String path : b.pdfs()) {
      if (path.contains("agenda-pack-")) {
        try (PDDocument doc = Loader.loadPDF(b.bytes(path))) {
          if (doc.getNumberOfPages() > most) {
            most = doc.getNumberOfPages();
            name = path;
          }
        }
      }
    }
    bytes = b.bytes(name);
    pack = PdfStructure.of(bytes);
  }

  @Test
  void everyCaptionIsTheFirstChildOfItsTable() {
    int captions = pack.all("Caption").size();
    int first = 0;
    for (PdfStructure.Node table : pack.all("Table")) {
      for (int i = 0; i < table.kids().size(); i++) {
        if (table.kids().get(i).type().equals("Caption")) {
          assertEquals(
              0,
              i,
              name + ": caption '" + table.kids().get(i).text() + "' is not first in its table");
          first++;
        }
      }
    }
    assertTrue(captions >= 5, name + " has too few captions to test: " + captions);
    assertEquals(captions, first, name + ": a caption is outside its table");
  }

  @Test
  void aRepeatedHeaderRowIsReadOnce() {
    int multiPage = 0;
    for (PdfStructure.Node table : pack.all("Table")) {
      List<PdfStructure.Node> heads = table.kids("THead");
      if (heads.isEmpty() || heads.get(0).pages().isEmpty()) {
        continue;
      }
      if (table.pages().size() > 1) {
        multiPage++;
      }
      PdfStructure.Node head = heads.get(0);
      assertEquals(
          1,
          head.pages().size(),
          name + ": header '" + head.text() + "' is read on pages " + head.pages());
      assertEquals(
          table.pages().first(),
          head.pages().first(),
          name + ": header not read on the table's first page");
    }
    assertTrue(multiPage >= 1, name + " has no table over several pages to test");
    // the tracker's first header cell holds its text once ("Meeting Date Meeting Date Meeting Date"
    // before)
    List<String> firstCells = new ArrayList<>();
    for (PdfStructure.Node th : pack.all("TH")) {
      firstCells.add(th.text());
    }
    assertTrue(firstCells.contains("Meeting Date"), "no 'Meeting Date' header: " + firstCells);
    assertFalse(
        firstCells.stream().anyMatch(t -> t.contains("Meeting Date Meeting Date")),
        firstCells.toString());
  }

  @Test
  void eachAgendaItemStampIsReadAtTheStartOfItsDocument() {
    int stamps = 0;
    int first = 0;
    for (PdfStructure.Node n : pack.root.descendants()) {
      if (n.type().equals("P") && n.text().matches("Agenda Item \\d+")) {
        stamps++;
      }
    }
    for (PdfStructure.Node sect : pack.all("Sect")) {
      if (!sect.kids().isEmpty() && sect.kids().get(0).text().matches("Agenda Item \\d+")) {
        first++;
        assertEquals(
            sect.pages().first(), sect.kids().get(0).pages().first(), "a stamp on another page");
      }
    }
    assertTrue(stamps >= 3, name + " has too few stamps to test: " + stamps);
    assertEquals(stamps, first, name + ": a stamp is not the first thing read in its document");
  }

  @Test
  void theLogoIsReadFirstWithItsTextAlternative() {
    PdfStructure.Node front = pack.all("Sect").get(0);
    PdfStructure.Node logo = front.kids().get(0);
    assertEquals(
        "Figure",
        logo.type(),
        "the front sheet starts with " + logo.type() + " '" + logo.text() + "'");
    assertEquals("Ashcombe Borough Council", logo.alt());
    // nothing is left after the documents, out of reading order
    for (PdfStructure.Node document : pack.root.kids()) {
      for (PdfStructure.Node top : document.kids()) {
        assertEquals(
            "Div",
            top.type(),
            "left at the top of the tree: " + top.type() + " '" + top.text() + "'");
      }
    }
  }

  @Test
  void theBlankPageSentenceIsPrintedButNotRead() throws IOException {
    for (PdfStructure.Node n : pack.root.descendants()) {
      assertFalse(n.text().contains("intentionally left blank"), name + ": read out: " + n.type());
    }
    int printed = 0;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper text = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        text.setStartPage(i);
        text.setEndPage(i);
        if (text.getText(doc).contains("This page is intentionally left blank")) {
          printed++;
        }
      }
    }
    assertTrue(printed >= 2, name + ": blank pages printed: " + printed);
  }

  @Test
  void noMarkerForTheFixesIsLeftInTheTree() {
    for (PdfStructure.Node n : pack.root.descendants()) {
      assertFalse(
          n.lang().contains("x-tabled"),
          name + ": " + n.type() + " '" + n.text() + "' lang " + n.lang());
    }
  }
}
