package org.tabled.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Opens an appendix supplied as a PDF all the way through, so that {@code tabled check} finds what
 * would otherwise fail (or, worse, print something partial) only when the packs are built: a file
 * cut short, one protected by a password or otherwise encrypted, one with no pages, and one whose
 * compressed contents are damaged.
 *
 * <p>PDFBox is lenient: it repairs what it can and logs what it cannot, and a damaged stream is
 * read as far as it goes. So besides loading the file and extracting the text of every page, each
 * compressed stream is inflated here strictly, and the file must end with {@code %%EOF} as every
 * complete PDF does.
 */
public final class SuppliedPdf {

  /** Most one stream may hold decompressed: a real page's stream is rarely over a few MB. */
  static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

  private SuppliedPdf() {}

  /**
   * What is wrong with the PDF {@code file}, as the end of a sentence ("it is …"); empty if
   * nothing.
   */
  public static Optional<String> problem(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Optional.of("it cannot be read: " + e.getMessage());
    }
    String tail =
        new String(
            Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 1024), bytes.length),
            StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      return Optional.of("it is cut short: a complete PDF ends with %%EOF");
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) {
        return Optional.of(
            "it is encrypted (it has a password or restrictions), and Tabled cannot insert it");
      }
      if (doc.getNumberOfPages() == 0) {
        return Optional.of("it has no pages");
      }
      for (COSObject o :
          doc.getDocument().getXrefTable().keySet().stream()
              .map(k -> doc.getDocument().getObjectFromPool(k))
              .toList()) {
        COSBase base = o.getObject();
        Optional<String> damage = base instanceof COSStream s ? streamProblem(s) : Optional.empty();
        if (damage.isPresent()) {
          return Optional.of(
              "it is damaged: its object " + o.getObjectNumber() + " " + damage.get());
        }
      }
      new PDFTextStripper().getText(doc);
      return Optional.empty();
    } catch (InvalidPasswordException e) {
      return Optional.of("it is protected by a password, and Tabled cannot open it");
    } catch (IOException | RuntimeException e) {
      return Optional.of("it is damaged: " + firstLine(e.getMessage()));
    }
  }

  /**
   * What is wrong with stream {@code s} if it is Flate-compressed ("cannot be decompressed", "is
   * too large decompressed"); empty if its data inflates to the end, or it is not compressed so.
   */
  private static Optional<String> streamProblem(COSStream s) throws IOException {
    COSBase filter = s.getFilters();
    COSName first =
        filter instanceof COSName n
            ? n
            : filter instanceof COSArray a && a.size() > 0 && a.get(0) instanceof COSName n
                ? n
                : null;
    if (!COSName.FLATE_DECODE.equals(first)) {
      return Optional.empty();
    }
    Inflater inflater = new Inflater();
    try (InputStream raw = s.createRawInputStream()) {
      inflater.setInput(raw.readAllBytes());
      byte[] out = new byte[64 * 1024];
      long total = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(out);
        total += n;
        if (total > MAX_INFLATED_BYTES) {
          return Optional.of(
              "is too large once decompressed (over "
                  + MAX_INFLATED_BYTES / (1024 * 1024)
                  + " MB)");
        }
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return Optional.of("is cut short and cannot be decompressed");
        }
      }
      return Optional.empty();
    } catch (DataFormatException e) {
      return Optional.of("cannot be decompressed");
    } finally {
      inflater.end();
    }
  }

  private static String firstLine(String s) {
    if (s == null || s.isBlank()) {
      return "it cannot be read as a PDF";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
