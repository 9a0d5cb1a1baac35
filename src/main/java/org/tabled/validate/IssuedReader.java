package org.tabled.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tabled.diag.Diagnostics;
import org.tabled.files.ContentFiles;
import org.tabled.load.LoadedContent;
import org.tabled.load.YamlNode;
import org.tabled.model.Issue;
import org.tabled.model.MeetingId;
import org.tabled.model.PackId;
import org.tabled.model.PageSpan;
import org.tabled.model.PaperId;
import org.tabled.source.SourcePos;

/**
 * Reads a meeting's {@code issued.yaml}, which Tabled is to write when it issues a pack: every
 * issue of every pack, with the PDF it kept of each (issue 15: the reading and its checks are here;
 * nothing writes the file or compares a build with it yet). Tabled writes it, so a problem here
 * means the file was edited by hand or a kept PDF was changed: each is an error, since what was
 * issued must not move.
 */
final class IssuedReader {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private IssuedReader() {}

  static List<Issue> read(
      MeetingId id, LoadedContent.Meeting folder, Path contentRoot, Diagnostics d) {
    if (folder.issued().isEmpty()) {
      for (String kept : folder.kept()) {
        d.warning(
            SourcePos.file(folder.pos().path() + "/" + kept),
            "this file is in the meeting's issued/ folder but there is no issued.yaml recording it");
      }
      return List.of();
    }
    Optional<Fields> of = Fields.of(folder.issued().get().root(), Documents.ISSUED, d);
    if (of.isEmpty()) {
      return List.of();
    }
    List<Issue> out = new ArrayList<>();
    Map<Integer, Integer> last = new HashMap<>();
    Set<String> recorded = new TreeSet<>();
    for (YamlNode n : of.get().list("issues")) {
      Fields.of(n, Documents.ISSUE, d)
          .flatMap(f -> issue(id, f, folder.dir(), contentRoot, last, d))
          .ifPresent(
              i -> {
                out.add(i);
                recorded.add(folder.dir().relativize(i.file()).toString().replace('\\', '/'));
              });
    }
    for (String kept : folder.kept()) {
      if (!recorded.contains(kept)) {
        d.warning(
            SourcePos.file(folder.pos().path() + "/" + kept),
            "this file is not recorded in issued.yaml," + " so it is not published",
            "Tabled keeps here only the packs it issued; remove the file");
      }
    }
    return out;
  }

  private static Optional<Issue> issue(
      MeetingId id,
      Fields f,
      Path dir,
      Path contentRoot,
      Map<Integer, Integer> last,
      Diagnostics d) {
    String key = f.text("pack", "");
    Optional<Integer> supplement = PackId.supplementOf(key);
    if (supplement.isEmpty()) {
      d.error(
          f.pos("pack"),
          "'" + key + "' is not a pack: write agenda, or supplement-N for supplementary agenda N");
      return Optional.empty();
    }
    int number = f.integer("issue").orElse(0);
    int expected = last.getOrDefault(supplement.get(), 0) + 1;
    if (number != expected) {
      d.error(
          f.pos("issue"),
          "expected issue " + expected + " of the " + key + " pack here, found " + number,
          "this file is written by Tabled: restore it from git");
      return Optional.empty();
    }
    last.put(supplement.get(), number);
    Optional<LocalDate> date = f.date("date");
    String sha = f.text("sha256", "");
    if (!SHA256.matcher(sha).matches()) {
      d.error(
          f.pos("sha256"),
          "'sha256' must be 64 hexadecimal digits",
          "this file is written by Tabled: restore it" + " from git");
      return Optional.empty();
    }
    String name = f.text("file", "");
    if (!name.startsWith("issued/") || name.substring("issued/".length()).contains("/")) {
      d.error(
          f.pos("file"),
          "the kept copy of an issue must be a file in the meeting's issued/ folder, found '"
              + name
              + "'");
      return Optional.empty();
    }
    // a pack with supplied appendices can be far larger than any one content file may be
    Optional<Path> file =
        ContentFiles.resolve(name, f.pos("file"), dir, contentRoot, Long.MAX_VALUE, d);
    if (file.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    if (!sha.equals(sha256(file.get()))) {
      d.error(
          f.pos("file"),
          "'" + name + "' is not the PDF that was issued: its digest differs from the one recorded",
          "the kept copy of an issued pack must never change: restore it from git");
      return Optional.empty();
    }
    List<Integer> changed = new ArrayList<>();
    for (String c : f.texts("changed")) {
      if (!c.matches("\\d{1,4}")) {
        d.error(f.pos("changed"), "'changed' lists item numbers, found '" + c + "'");
        return Optional.empty();
      }
      changed.add(Integer.parseInt(c));
    }
    Map<Integer, String> items = new LinkedHashMap<>();
    for (YamlNode n : f.list("items")) {
      Fields.of(n, Documents.ISSUED_ITEM, d)
          .ifPresent(i -> i.integer("item").ifPresent(num -> items.put(num, i.text("pages", ""))));
    }
    Map<PaperId, String> papers = new LinkedHashMap<>();
    for (YamlNode n : f.list("papers")) {
      Fields.of(n, Documents.ISSUED_PAPER, d)
          .ifPresent(
              p ->
                  p.id("paper")
                      .ifPresent(r -> papers.put(new PaperId(r.value()), p.text("sha256", ""))));
    }
    Map<String, PageSpan> positions = new LinkedHashMap<>();
    for (String line : f.text("positions", "").split("\n")) {
      String[] parts = line.strip().split(" ");
      if (line.isBlank()) {
        continue;
      }
      if (parts.length != 3 || !parts[1].matches("\\d{1,5}") || !parts[2].matches("\\d{1,5}")) {
        d.error(
            f.pos("positions"),
            "each line of 'positions' is an id and two page numbers, found '" + line.strip() + "'",
            "this file is written by Tabled: restore it from git");
        return Optional.empty();
      }
      positions.put(parts[0], new PageSpan(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    return Optional.of(
        new Issue(
            new PackId(id, supplement.get()),
            number,
            date.get(),
            f.text("reason", ""),
            changed,
            file.get(),
            sha,
            f.integer("pages").orElse(0),
            items,
            papers,
            f.text("agenda", ""),
            f.integer("unnumbered").orElse(0),
            positions,
            f.pos()));
  }

  /**
   * The SHA-256 digest of a file's bytes, hex; empty if it cannot be read (reported by the caller
   * as a mismatch).
   */
  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      return "";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
