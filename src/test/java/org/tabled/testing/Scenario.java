package org.tabled.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A broken-content case read from a txtar-style file: a description, edits to make to a copy of a
 * valid fixture council, and the diagnostics expected.
 *
 * <pre>
 * # Unknown key in a committee file gets a did-you-mean hint.
 * -- replace content/committees/audit/committee.yaml --
 * title: Audit Committee
 * =&gt;
 * titel: Audit Committee
 * -- write content/people/new.yaml --
 * (the whole file)
 * -- bytes content/people/bom.yaml --
 * \xEF\xBB\xBFname: With a BOM
 * -- delete content/committees/audit/meetings/2025-01-14/minutes.md --
 * -- link content/assets/secret.png -&gt; /etc/passwd --
 * -- large content/people/huge.yaml 3000000 --      (a file of that many bytes of text)
 * -- fifo content/committees/audit/meetings/2025-01-14/minutes.md --   (a named pipe)
 * -- png content/assets/huge.png 40000x40000 --     (a PNG whose header gives that size)
 * -- pdf content/…/report.pdf encrypted --          (good, truncated, encrypted, owner-encrypted, damaged)
 * -- errors --
 * content/committees/audit/committee.yaml:1:1: error: unknown key 'titel' in a committee (did you mean 'title'?)
 * </pre>
 *
 * Sections are applied in order. {@code errors} lists every expected error and warning line (hint
 * lines are not compared). A path may spell a character that a header line cannot hold as a
 * backslash and n (a newline), t (a tab), or u and four hex digits. Sections whose names are not
 * edits ({@link #CHECKS}: {@code run}, {@code visible} …) are kept, line by line, in {@link
 * #checks} for the test that reads them.
 */
public record Scenario(
    String name,
    String description,
    List<Edit> edits,
    List<String> expected,
    Map<String, List<String>> checks) {

  /** Sections that are not edits to the fixture but things for a test to check. */
  public static final Set<String> CHECKS =
      Set.of("run", "visible", "absent", "stderr", "not-in-stderr");

  public Scenario(String name, String description, List<Edit> edits, List<String> expected) {
    this(name, description, edits, expected, Map.of());
  }

  /** The lines of check section {@code section}, empty if the case has none. */
  public List<String> check(String section) {
    return checks.getOrDefault(section, List.of());
  }

  /** One change to the fixture. */
  public record Edit(String kind, String path, String body) {}

  public static Scenario read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Edit> edits = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    Map<String, List<String>> checks = new TreeMap<>();
    StringBuilder description = new StringBuilder();
    String kind = null;
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (kind != null && !kind.equals("errors") && !CHECKS.contains(kind)) {
          edits.add(new Edit(kind, path, strip(body)));
        }
        String header = line.substring(3, line.length() - 3).strip();
        int space = header.indexOf(' ');
        kind = space < 0 ? header : header.substring(0, space);
        path = space < 0 ? "" : header.substring(space + 1);
        body = new StringBuilder();
      } else if (kind == null) {
        if (line.startsWith("#")) {
          description.append(line.substring(1).strip()).append(' ');
        }
      } else if (kind.equals("errors")) {
        if (!line.isBlank()) {
          expected.add(line);
        }
      } else if (CHECKS.contains(kind)) {
        if (!line.isBlank()) {
          checks.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
        }
      } else {
        body.append(line).append('\n');
      }
    }
    if (kind != null && !kind.equals("errors") && !CHECKS.contains(kind)) {
      edits.add(new Edit(kind, path, strip(body)));
    }
    String name = file.getFileName().toString().replaceAll("\\.txt$", "");
    return new Scenario(name, description.toString().strip(), edits, expected, checks);
  }

  /** Drops the one newline that ends a section. */
  private static String strip(StringBuilder b) {
    String s = b.toString();
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /** Applies the edits to the project folder {@code root} (which holds {@code content/}). */
  public void apply(Path root) throws IOException {
    for (Edit e : edits) {
      String where = decode(e.path().replaceAll(" -> .*", "").replaceAll(" \\d+$", ""));
      Path target =
          root.resolve(
              e.kind().equals("png") || e.kind().equals("pdf")
                  ? where.replaceAll(" [^ ]+$", "")
                  : where);
      switch (e.kind()) {
        case "write" -> {
          Files.createDirectories(target.getParent());
          Files.writeString(target, e.body() + "\n", StandardCharsets.UTF_8);
        }
        case "bytes" -> {
          Files.createDirectories(target.getParent());
          Files.write(target, unescape(e.body() + "\n"));
        }
        case "replace" -> {
          String[] parts = e.body().split("\n=>(\n|$)", 2);
          if (parts.length != 2) {
            throw new IllegalArgumentException(
                name + ": a replace section needs 'old', a line '=>', then 'new'");
          }
          String old = Files.readString(target, StandardCharsets.UTF_8);
          int at = old.indexOf(parts[0]);
          if (at < 0) {
            throw new IllegalArgumentException(
                name + ": text to replace not found in " + e.path() + ": " + parts[0]);
          }
          if (old.indexOf(parts[0], at + 1) >= 0) {
            throw new IllegalArgumentException(
                name + ": text to replace occurs more than once in " + e.path() + ": " + parts[0]);
          }
          Files.writeString(
              target,
              old.substring(0, at) + parts[1] + old.substring(at + parts[0].length()),
              StandardCharsets.UTF_8);
        }
        case "delete" -> Files.delete(target);
        case "large" -> {
          String[] parts = e.path().split(" ");
          Path big = root.resolve(parts[0]);
          Files.createDirectories(big.getParent());
          Files.writeString(
              big, "# filler\n".repeat(Integer.parseInt(parts[1]) / 9 + 1), StandardCharsets.UTF_8);
        }
        case "link" -> {
          Files.createDirectories(target.getParent());
          String to = e.path().replaceAll(".* -> ", "").replace("$ROOT", root.toString());
          Files.createSymbolicLink(target, Path.of(to));
        }
        case "mkdir" -> Files.createDirectories(target);
        case "fifo" -> {
          Files.createDirectories(target.getParent());
          try {
            Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
              throw new IOException("mkfifo failed for " + target);
            }
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException(ex);
          }
        }
        case "png" -> {
          String[] size = where.substring(where.lastIndexOf(' ') + 1).split("x");
          Files.createDirectories(target.getParent());
          Files.write(target, TestFiles.png(Integer.parseInt(size[0]), Integer.parseInt(size[1])));
        }
        case "pdf" -> {
          Files.createDirectories(target.getParent());
          Files.write(target, TestFiles.pdf(where.substring(where.lastIndexOf(' ') + 1), e.body()));
        }
        default ->
            throw new IllegalArgumentException(name + ": unknown section '" + e.kind() + "'");
      }
    }
  }

  /**
   * A path with its escapes (a backslash and n, t, or u and four hex digits) turned into their
   * characters.
   */
  static String decode(String path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        char n = path.charAt(i + 1);
        if (n == 'n' || n == 't') {
          b.append(n == 'n' ? '\n' : '\t');
          i++;
          continue;
        }
        if (n == 'u' && i + 5 < path.length()) {
          b.append((char) Integer.parseInt(path.substring(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Turns {@code \xNN} escapes into bytes; everything else is UTF-8. */
  static byte[] unescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\x", i) && i + 3 < s.length() + 1) {
        out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        byte[] b = String.valueOf(s.charAt(i)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return name;
  }
}
