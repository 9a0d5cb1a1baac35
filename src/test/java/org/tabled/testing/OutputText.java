package org.tabled.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of every file in an output folder: PDFs through PDFBox, everything else as UTF-8. */
public final class OutputText {

  private OutputText() {}

  /** Relative path to text, for every regular file under {@code dir}. */
  public static Map<String, String> of(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f :
          s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        byte[] bytes = Files.readAllBytes(f);
        out.put(
            rel, rel.endsWith(".pdf") ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /**
   * All the text of a PDF, with where a leak could also hide: its document information, XMP
   * metadata, bookmarks, attached files and the addresses its links go to.
   */
  public static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StringBuilder s = new StringBuilder(new PDFTextStripper().getText(doc));
      var info = doc.getDocumentInformation();
      s.append('\n')
          .append(info.getTitle())
          .append('\n')
          .append(info.getSubject())
          .append('\n')
          .append(info.getKeywords());
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        outline.children().forEach(item -> appendOutline(item, s));
      }
      var xmp = doc.getDocumentCatalog().getMetadata();
      if (xmp != null) {
        s.append('\n').append(new String(xmp.toByteArray(), StandardCharsets.UTF_8));
      }
      var names = doc.getDocumentCatalog().getNames();
      if (names != null
          && names.getEmbeddedFiles() != null
          && names.getEmbeddedFiles().getNames() != null) {
        for (var e : names.getEmbeddedFiles().getNames().entrySet()) {
          s.append('\n').append(e.getKey()).append('\n').append(e.getValue().getFilename());
          if (e.getValue().getEmbeddedFile() != null) {
            s.append('\n')
                .append(
                    new String(
                        e.getValue().getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
          }
        }
      }
      for (var page : doc.getPages()) {
        for (var a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            s.append('\n').append(uri.getURI());
          }
        }
      }
      return s.toString();
    }
  }

  private static void appendOutline(PDOutlineItem item, StringBuilder s) {
    s.append('\n').append(item.getTitle());
    item.children().forEach(child -> appendOutline(child, s));
  }
}
