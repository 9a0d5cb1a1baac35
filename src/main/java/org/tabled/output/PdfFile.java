package org.tabled.output;

import java.util.Locale;

/**
 * A PDF the build wrote, with what a web page says about it ("PDF, 48 pages, 1.2 MB").
 *
 * @param path where it is in the output (see {@link SitePaths})
 * @param pages its number of pages
 * @param bytes its size
 */
public record PdfFile(String path, int pages, long bytes) {

  /** The size for people: "640 KB", "1.2 MB". */
  public String size() {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
