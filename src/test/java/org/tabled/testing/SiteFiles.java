package org.tabled.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading a built site in tests. */
public final class SiteFiles {

  private SiteFiles() {}

  /** Every file under {@code site}, as sorted paths relative to it with forward slashes. */
  public static List<String> all(Path site) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(Files::isRegularFile)
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** Every HTML page under {@code site}. */
  public static List<String> pages(Path site) throws IOException {
    return all(site).stream().filter(p -> p.endsWith(".html")).toList();
  }

  /** The site path of a page file: {@code committees/x/index.html} → {@code committees/x/}. */
  public static String pagePath(String file) {
    return file.endsWith("index.html")
        ? file.substring(0, file.length() - "index.html".length())
        : file;
  }

  /** The files under {@code site} whose bytes contain {@code text} (UTF-8). */
  public static List<String> containing(Path site, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    List<String> hits = new ArrayList<>();
    for (String f : all(site)) {
      if (indexOf(Files.readAllBytes(site.resolve(f)), needle) >= 0) {
        hits.add(f);
      }
    }
    return hits;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
