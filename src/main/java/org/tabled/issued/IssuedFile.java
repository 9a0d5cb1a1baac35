package org.tabled.issued;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tabled.model.Issue;
import org.tabled.model.PackId;
import org.tabled.output.AtomicFile;

/**
 * A meeting's {@code issued.yaml}, as Tabled writes it: every issue of every pack, sorted by pack
 * and issue, in a fixed layout, so that a build that records nothing new writes the same bytes and
 * a new issue is a short, readable diff in git. Numbers, dates, page ranges, ids and digests only:
 * no text of the content, so nothing exempt can reach it. Written to a temporary file and moved
 * into place, after the kept PDFs it names.
 */
public final class IssuedFile {

  /** The name of the file in the meeting's folder. */
  public static final String NAME = "issued.yaml";

  /** The folder, in the meeting's folder, of the kept copies of issued PDFs. */
  public static final String KEPT = "issued";

  private IssuedFile() {}

  /** The kept copy of issue {@code number} of {@code pack}, relative to the meeting's folder. */
  public static String keptName(PackId pack, int number) {
    return KEPT + "/" + pack.key() + "-issue-" + number + ".pdf";
  }

  /** The text of {@code issued.yaml} holding {@code issues}. */
  public static String yaml(List<Issue> issues) {
    StringBuilder s = new StringBuilder();
    s.append("# Written by Tabled when a pack is issued: do not edit (docs/authoring.md, \"Issued")
        .append(" packs\").\n")
        .append("issues:\n");
    List<Issue> sorted =
        issues.stream()
            .sorted(
                Comparator.comparing((Issue i) -> i.pack().supplement())
                    .thenComparing(Issue::number))
            .toList();
    for (Issue i : sorted) {
      s.append("  - pack: ").append(i.pack().key()).append('\n');
      s.append("    issue: ").append(i.number()).append('\n');
      s.append("    date: ").append(i.date()).append('\n');
      if (!i.changed().isEmpty()) {
        s.append("    changed: [")
            .append(String.join(", ", i.changed().stream().map(String::valueOf).toList()))
            .append("]\n");
      }
      s.append("    file: ").append(keptName(i.pack(), i.number())).append('\n');
      s.append("    sha256: ").append(i.sha256()).append('\n');
      s.append("    pages: ").append(i.pages()).append('\n');
      s.append("    agenda: ").append(i.agenda()).append('\n');
      if (!i.items().isEmpty()) {
        s.append("    items:\n");
        for (Map.Entry<Integer, String> e : i.items().entrySet()) {
          s.append("      - item: ").append(e.getKey()).append('\n');
          s.append("        pages: \"").append(e.getValue()).append("\"\n");
        }
      }
      if (!i.papers().isEmpty()) {
        s.append("    papers:\n");
        i.papers()
            .forEach(
                (p, sha) -> {
                  s.append("      - paper: ").append(p).append('\n');
                  s.append("        sha256: ").append(sha).append('\n');
                });
      }
    }
    return s.toString();
  }

  /**
   * Writes the meeting's record into {@code dir}: the new kept PDFs first (each to a temporary file
   * moved into place), then {@code issued.yaml} the same way, so that the file never names a PDF
   * that is not there.
   *
   * @param dir the meeting's folder
   * @param issues every issue the file records, old and new
   * @param kept the PDFs of the new issues, by name relative to {@code dir}
   */
  public static void write(Path dir, List<Issue> issues, Map<String, byte[]> kept)
      throws IOException {
    for (Map.Entry<String, byte[]> e : kept.entrySet()) {
      Path file = dir.resolve(e.getKey());
      AtomicFile.write(file, e.getValue());
    }
    AtomicFile.write(dir.resolve(NAME), yaml(issues).getBytes(StandardCharsets.UTF_8));
  }
}
