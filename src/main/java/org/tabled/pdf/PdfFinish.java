package org.tabled.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The last touches before a PDF is saved: its document information and a reproducible identity.
 *
 * <p>openhtmltopdf stamps the current time as the creation date, and PDFBox makes the file
 * identifier ({@code /ID}) from the clock. Both would make every build's PDFs differ, so the dates
 * are set to the agenda's publication date (midnight UTC) and the identifier to a digest of what
 * was rendered: the final HTML and the bytes of any supplied PDFs. The HTML names images by their
 * absolute {@code file:} addresses, which depend on where the content folder is; in the digest each
 * address is replaced by a digest of the file's bytes, so the identifier depends on the content
 * alone. The same content gives the same bytes wherever it is built; changed content gives a new
 * identifier. The XMP metadata openhtmltopdf writes for PDF/UA holds no dates and no random ids.
 */
final class PdfFinish {

  private PdfFinish() {}

  static void apply(PDDocument pdf, Book.Meta meta, String html, List<PrintDoc> docs)
      throws IOException {
    StructureFixes.apply(pdf);
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(meta.title());
    info.setSubject(meta.subject());
    info.setAuthor(meta.author());
    info.setKeywords(meta.keywords());
    info.setCreator("Tabled");
    info.setProducer("Tabled (openhtmltopdf, Apache PDFBox)");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth());
    info.setCreationDate(date);
    info.setModificationDate(date);
    pdf.getDocumentCatalog().setLanguage(meta.lang());
    byte[] id = Arrays.copyOf(digest(html, docs), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    inlineArtifactProperties(pdf);
  }

  /**
   * Writes the property lists of artifacts (a table cell's borders, a running header) inside their
   * page's resources instead of as objects of their own. openhtmltopdf gives every painted border
   * and background its own {@code /Artifact} property list; a pack with long tables has tens of
   * thousands of them (about 230 a page in the benchmark's pack), and as separate objects they were
   * most of the file's objects and a large share of the time PDFBox takes to save it. Nothing
   * refers to them but their page's {@code /Properties}, so writing them in place changes no
   * meaning: the marked content, the structure tree and PDF/UA conformance are the same.
   */
  private static void inlineArtifactProperties(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
      COSDictionary props =
          resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
      if (props == null) {
        continue;
      }
      for (COSBase value : props.getValues()) {
        if (value instanceof COSDictionary d && isArtifact(d)) {
          d.setDirect(true);
          COSBase box = d.getDictionaryObject(COSName.BBOX);
          if (box != null) {
            box.setDirect(true);
          }
        }
      }
    }
  }

  private static boolean isArtifact(COSDictionary d) {
    COSName type = d.getCOSName(COSName.TYPE);
    return COSName.BACKGROUND.equals(type) || COSName.getPDFName("Pagination").equals(type);
  }

  private static final Pattern FILE_URI = Pattern.compile("file:[^\"'\\s<>)]*");

  /** {@code html} with every {@code file:} address replaced by a digest of the file it names. */
  static String withoutPaths(String html) {
    return withoutPaths(html, new HashMap<>());
  }

  /** {@link #withoutPaths(String)}, remembering each file's digest in {@code seen}. */
  static String withoutPaths(String html, Map<String, String> seen) {
    if (!html.contains("file:")) {
      return html; // nothing to replace: not worth a pass of the pattern
    }
    Matcher m = FILE_URI.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String uri = m.group();
      m.appendReplacement(
          out, Matcher.quoteReplacement(seen.computeIfAbsent(uri, PdfFinish::contentOf)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String contentOf(String uri) {
    try {
      byte[] bytes = Files.readAllBytes(Path.of(URI.create(uri)));
      return "file-sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
      int slash = uri.lastIndexOf('/');
      return "file-name:"
          + uri.substring(slash + 1); // not a readable file: its name at least is not a path
    }
  }

  private static byte[] digest(String html, List<PrintDoc> docs) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(withoutPaths(html).getBytes(StandardCharsets.UTF_8));
      for (PrintDoc doc : docs) {
        doc.external().ifPresent(pdf -> sha.update(pdf.bytes()));
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
