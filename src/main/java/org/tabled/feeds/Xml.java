package org.tabled.feeds;

/** The little XML the feeds need: text escaped for element content and attribute values. */
final class Xml {

  private Xml() {}

  /** {@code s} with {@code & < > " '} escaped and characters XML 1.0 forbids dropped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                  if (cp == 0x9
                      || cp == 0xA
                      || cp == 0xD
                      || (cp >= 0x20 && cp <= 0xD7FF)
                      || (cp >= 0xE000 && cp <= 0xFFFD)
                      || cp >= 0x10000) {
                    b.appendCodePoint(cp);
                  }
                }
              }
            });
    return b.toString();
  }
}
