package org.tabled.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tabled.html.CommitteeInputs;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.publish.PublishedCouncil;

/**
 * For each meeting, a digest of every content file its PDFs can be made from, so that the PDF stage
 * can take a meeting's PDFs whole from what an earlier build recorded when none of them changed
 * ({@link org.tabled.pdf.PackRenderer#withMeetingInputs}).
 *
 * <p>Which files those are follows from where the content may read: a document uses only files in
 * its own folder or in {@code assets/} ({@link org.tabled.files.ContentFiles}), a paper's files
 * only by that paper ({@link org.tabled.files.FileTrust}), and a meeting's papers, minutes, tracker
 * and work programme read the other meetings of their own committee (the minutes they approve, the
 * rows they carry forward) but another committee's meetings only through a {@code [[…]]} reference.
 * So the digest of a meeting of committee C holds:
 *
 * <ul>
 *   <li>every file that is not inside a committee's {@code meetings/} folder: {@code site.yaml},
 *       {@code people/}, {@code assets/}, every committee's own files (a change there changes every
 *       meeting's digest);
 *   <li>what the validator gathers from every meeting's files for all: the days municipal years
 *       start, which a meeting marked {@code annual} adds to the house style;
 *   <li>every file inside the {@code meetings/} folder of C and of every committee that C's texts
 *       name by a reference, and of every committee those name in turn, and of every committee a
 *       text outside the committees names.
 * </ul>
 *
 * Each file counts by its path and the digest of its bytes as read through any link ({@link
 * InputDigest}). Widening this set only makes more meetings render again; narrowing it could
 * publish a stale PDF, so anything not known to be one committee's belongs to all.
 *
 * <p>The pages a meeting's PDFs print from other packs are not content files: the PDF stage records
 * which packs it read and their pages, and takes nothing from the record unless they are the same.
 */
final class MeetingInputs {

  private MeetingInputs() {}

  /** The digest of the inputs of each meeting, from its committee's ({@link #committees}). */
  static Function<MeetingId, Optional<String>> of(Map<CommitteeId, CommitteeInputs> committees) {
    return m -> Optional.ofNullable(committees.get(m.committee())).map(CommitteeInputs::digest);
  }

  /**
   * For each committee of {@code pub}, the digest of the inputs of its meetings, which its part of
   * the website reads too, and the committees it reaches.
   */
  static Map<CommitteeId, CommitteeInputs> committees(
      Path contentDir, Map<String, String> files, PublishedCouncil pub) {
    Map<String, Set<String>> names = references(contentDir, pub);
    Map<String, Map<String, String>> byCommittee = new HashMap<>();
    Map<String, String> shared = new TreeMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Optional<String> owner = committeeOf(f.getKey());
      if (owner.isPresent()) {
        byCommittee
            .computeIfAbsent(owner.get(), k -> new TreeMap<>())
            .put(f.getKey(), f.getValue());
      } else {
        shared.put(f.getKey(), f.getValue());
      }
    }
    // what the validator gathers from every meeting's files: the days municipal years start
    // (meetings marked annual), which every meeting's dates are printed by
    Map<String, String> gathered = new TreeMap<>();
    pub.council()
        .site()
        .houseStyle()
        .yearStarts()
        .forEach(day -> gathered.put("year starts " + day, ""));
    byte[] sharedDigest =
        digest(Map.of("", shared, "gathered", gathered)).getBytes(StandardCharsets.UTF_8);
    Map<CommitteeId, CommitteeInputs> perCommittee = new HashMap<>();
    for (Committee c : pub.council().committees()) {
      String id = c.id().value();
      Map<String, Map<String, String>> read = new TreeMap<>();
      Set<String> reached = reach(id, names);
      for (String named : reached) {
        read.put(named, byCommittee.getOrDefault(named, Map.of()));
      }
      MessageDigest sha = InputDigest.sha256();
      InputDigest.update(sha, "tabled-meeting-inputs-1");
      sha.update(sharedDigest);
      InputDigest.update(sha, digest(read));
      perCommittee.put(
          c.id(),
          new CommitteeInputs(
              HexFormat.of().formatHex(sha.digest()),
              reached.stream().map(CommitteeId::new).collect(Collectors.toSet())));
    }
    return Map.copyOf(perCommittee);
  }

  /**
   * True if the content folder {@code contentDir} still holds exactly {@code files} (as {@link
   * UpToDate#inputs} digested it when the build began, remembering stats in {@code statFile}): a
   * build records what its PDFs were made from only if no file changed while it ran, since what it
   * loaded may then not be what was digested.
   */
  static boolean unchanged(Path contentDir, Path statFile, Map<String, String> files) {
    return InputDigest.digests(Map.of("content", contentDir), statFile, false)
        .map(d -> files.equals(d.files().get("content")))
        .orElse(false);
  }

  /**
   * The committee whose {@code meetings/} folder holds the content file at {@code path} ({@code
   * committees/C/meetings/…}); empty for any other file.
   */
  static Optional<String> committeeOf(String path) {
    String[] s = path.split("/", -1);
    return s.length >= 4 && s[0].equals("committees") && s[2].equals("meetings")
        ? Optional.of(s[1])
        : Optional.empty();
  }

  /** The committees {@code start} reads: itself, and every committee reached by references. */
  private static Set<String> reach(String start, Map<String, Set<String>> names) {
    Set<String> seen = new TreeSet<>();
    seen.add(start);
    seen.addAll(names.getOrDefault("", Set.of())); // named by a text outside the committees
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (String next : names.getOrDefault(todo.pop(), Set.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /**
   * For each committee, the committees its texts name by a reference; under "" those named by texts
   * outside any committee's folder (or whose folder cannot be told).
   */
  private static Map<String, Set<String>> references(Path contentDir, PublishedCouncil pub) {
    Path root = contentDir.toAbsolutePath().normalize();
    Map<String, Set<String>> out = new HashMap<>();
    for (Map.Entry<Path, Set<CommitteeId>> e : pub.committeesReferenced().entrySet()) {
      Set<String> to =
          out.computeIfAbsent(committeeFolder(root, e.getKey()).orElse(""), k -> new TreeSet<>());
      e.getValue().forEach(c -> to.add(c.value()));
    }
    return out;
  }

  /** The committee whose folder ({@code committees/C/…}) holds {@code dir}, if any. */
  private static Optional<String> committeeFolder(Path root, Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    if (!d.startsWith(root)) {
      return Optional.empty();
    }
    Path rel = root.relativize(d);
    return rel.getNameCount() >= 2 && rel.getName(0).toString().equals("committees")
        ? Optional.of(rel.getName(1).toString())
        : Optional.empty();
  }

  /** A digest of named lists of files, each file by its path and digest. */
  private static String digest(Map<String, Map<String, String>> lists) {
    MessageDigest sha = InputDigest.sha256();
    for (Map.Entry<String, Map<String, String>> l : new TreeMap<>(lists).entrySet()) {
      InputDigest.update(sha, "list " + l.getKey());
      for (Map.Entry<String, String> f : new TreeMap<>(l.getValue()).entrySet()) {
        InputDigest.update(sha, f.getKey());
        InputDigest.update(sha, f.getValue());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
