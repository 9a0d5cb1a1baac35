package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * The artifacts' property lists (one per painted border or background, and per running header) are
 * written inside their page's resources, not as objects of their own ({@code PdfFinish}): in a pack
 * with long tables they were most of the file's objects and a large share of the time taken to save
 * it. The artifacts themselves must still be there, and PDF/UA conformance is checked by {@link
 * PdfUaIT}.
 */
class PdfObjectsIT {

  @Test
  void artifactPropertyListsAreWrittenInsideTheirPages() throws Exception {
    int checked = 0;
    for (Built b : List.of(Built.fixture(), Built.example())) {
      for (String path : b.pdfs()) {
        try (PDDocument doc = Loader.loadPDF(b.bytes(path))) {
          String producer = doc.getDocumentInformation().getProducer();
          if (producer == null || !producer.startsWith("Tabled")) {
            continue; // a supplied appendix, published as it came
          }
          int inPages = 0;
          for (PDPage page : doc.getPages()) {
            COSDictionary res = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary props = res == null ? null : res.getCOSDictionary(COSName.PROPERTIES);
            if (props == null) {
              continue;
            }
            for (COSName key : props.keySet()) {
              COSBase value = props.getItem(key);
              if (value instanceof COSDictionary d && isArtifact(d)) {
                inPages++;
              }
            }
          }
          List<COSObjectKey> separate = new ArrayList<>();
          for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
            COSObject obj = doc.getDocument().getObjectFromPool(key);
            if (obj.getObject() instanceof COSDictionary d && isArtifact(d)) {
              separate.add(key);
            }
          }
          assertTrue(
              inPages > 0,
              path + ": its page numbers and headers are artifacts with property lists");
          assertEquals(
              List.of(),
              separate,
              path + ": artifact property lists written as objects of their own");
          checked++;
        }
      }
    }
    assertTrue(checked >= 30, "PDFs checked: " + checked);
  }

  private static boolean isArtifact(COSDictionary d) {
    COSName type = d.getCOSName(COSName.TYPE);
    return COSName.BACKGROUND.equals(type) || COSName.getPDFName("Pagination").equals(type);
  }
}
