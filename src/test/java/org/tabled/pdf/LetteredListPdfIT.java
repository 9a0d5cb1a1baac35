package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lettered recommendation list in a pack, read back through the PDF's structure tree as a screen
 * reader reads it: still a list (L with an LI per item), each item reading its letter "(a)" with
 * its text, so that a listener hears the letter the committee will cite.
 */
class LetteredListPdfIT {

  @Test
  void aLetteredListIsAListWhoseItemsReadTheirLetters() throws Exception {
    PdfStructure pdf = PdfStructure.of(Built.conventions().bytes(ConventionsCouncilIT.PACK));
    PdfStructure.Node list =
        pdf.all("L").stream()
            .filter(l -> l.text().contains("comment on the programme"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no list holds the recommendations"));
    List<PdfStructure.Node> items = list.kids("LI");
    assertEquals(3, items.size(), list.toString());
    assertTrue(items.get(0).text().startsWith("(a) comment on the programme"), items.get(0).text());
    assertTrue(items.get(1).text().startsWith("(b) say how families"), items.get(1).text());
    assertTrue(items.get(2).text().startsWith("(c) name two members"), items.get(2).text());
  }
}
