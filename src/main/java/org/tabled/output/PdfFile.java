package org.tabled.output;

import java.util.Locale;
import java.util.Map;

/**
 * A PDF the build wrote, with what a web page says about it ("PDF, 48 pages, 1.2 MB").
 *
 * @param path where it is in the output (see {@link SitePaths})
 * @param pages its number of pages
 * @param bytes its size
 * @param items for a pack, the page of the PDF (1 for its first page, whatever number is printed on
 *     it) where each agenda item's documents start, by item number, for links that open the PDF
 *     there ({@code #page=N}); empty for other PDFs
 */
public record PdfFile(String path, int pages, long bytes, Map<Integer, Integer> items) {

  public PdfFile {
    items = Map.copyOf(items);
  }

  /** A PDF that is not a pack. */
  public PdfFile(String path, int pages, long bytes) {
    this(path, pages, bytes, Map.of());
  }

  /** The size for people: "640 KB", "1.2 MB". */
  public String size() {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
