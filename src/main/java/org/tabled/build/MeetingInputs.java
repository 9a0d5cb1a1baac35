package org.tabled.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.tabled.html.CommitteeInputs;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
import org.tabled.publish.PaperOutline;
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
 * So the digest of committee C, which its part of the website is kept under, holds:
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
 * A meeting's PDFs read less than its committee's pages, and a meeting's own digest, which they are
 * kept under, holds less: the files of another meeting's papers count by what their front matter
 * gives, unless a text those PDFs print names a paragraph of one ({@link #meetings}).
 *
 * <p>Each file counts by its path and the digest of its bytes as read through any link ({@link
 * InputDigest}). Widening this set only makes more meetings render again; narrowing it could
 * publish a stale PDF, so anything not known to be one committee's belongs to all.
 *
 * <p>The pages a meeting's PDFs print from other packs are not content files: the PDF stage records
 * which packs it read and their pages, and takes nothing from the record unless they are the same.
 */
final class MeetingInputs {

  private MeetingInputs() {}

  /**
   * The digests of what each committee ({@link #committees}) and each meeting ({@link #meetings})
   * reads.
   */
  record Digests(Map<CommitteeId, CommitteeInputs> committees, Map<MeetingId, String> meetings) {}

  /** Both digests, from one reading of {@code files} (as {@link InputDigest} gives them). */
  static Digests of(Path contentDir, Map<String, String> files, PublishedCouncil pub) {
    return of(contentDir, files, pub, true);
  }

  /**
   * {@link #of(Path, Map, PublishedCouncil)}, the meetings' digests left out (empty) unless {@code
   * pdfs}: only the PDF stage reads them, and a preview makes no PDFs unless asked.
   */
  static Digests of(
      Path contentDir, Map<String, String> files, PublishedCouncil pub, boolean pdfs) {
    Split split = split(contentDir, files, pub);
    return new Digests(committees(split, pub), pdfs ? meetings(split, contentDir, pub) : Map.of());
  }

  /**
   * For each committee of {@code pub}, the digest of the inputs of its meetings, which its part of
   * the website reads too, and the committees it reaches.
   */
  private static Map<CommitteeId, CommitteeInputs> committees(Split split, PublishedCouncil pub) {
    // each committee's meetings' files digested once, however many committees reach it
    Map<String, String> byCommittee = new ConcurrentHashMap<>();
    split.byCommittee().entrySet().parallelStream()
        .forEach(e -> byCommittee.put(e.getKey(), digest(Map.of("", e.getValue()))));
    Map<CommitteeId, CommitteeInputs> perCommittee = new HashMap<>();
    for (Committee c : pub.council().committees()) {
      Set<String> reached = reach(c.id().value(), split.names());
      MessageDigest sha = InputDigest.sha256();
      InputDigest.update(sha, "tabled-committee-inputs-2");
      sha.update(split.shared());
      for (String named : reached) {
        InputDigest.update(sha, "committee " + named);
        InputDigest.update(sha, byCommittee.getOrDefault(named, ""));
      }
      perCommittee.put(
          c.id(),
          new CommitteeInputs(
              HexFormat.of().formatHex(sha.digest()),
              reached.stream().map(CommitteeId::new).collect(Collectors.toSet())));
    }
    return Map.copyOf(perCommittee);
  }

  /**
   * For each meeting of {@code pub}, the digest of the files its PDFs can be made from: narrower
   * than its committee's ({@link #committees}), since a meeting's PDFs print the texts of its own
   * papers, and of another paper only what its front matter gives, unless a text they print names
   * one of its paragraphs.
   *
   * <p>It holds what the committee's holds, except that a paper of any meeting counts by its model
   * without its texts ({@link PaperOutline}, of the whole council, published or not): its title,
   * its appendices' titles, its cover sheet and the rest of its front matter, which the other
   * meetings' agendas, minutes, trackers and references print (a {@code paper} or {@code appendix}
   * reference prints these and the pages of its pack, which the PDF stage records). To that are
   * added every file of:
   *
   * <ul>
   *   <li>the meeting's own papers;
   *   <li>each paper whose paragraph is named ({@link PublishedCouncil#paragraphsReferenced}, which
   *       reads the paper's text) by a text of one of the meeting's own papers, or by a text of its
   *       committee that is not a paper's (its minutes, printed with the next agenda too; its
   *       tracker's responses), or by a text outside the committees.
   * </ul>
   *
   * So an edit to the text of one paper changes the digest of its own meeting and of the meetings
   * that print a reference to one of its paragraphs. A paper whose folder is not {@code
   * committees/C/meetings/M/papers/P}, counts by every file for every meeting that reaches its
   * committee, as does every other file of a meeting's folder (its {@code meeting.yaml}, its
   * minutes).
   */
  private static Map<MeetingId, String> meetings(
      Split split, Path contentDir, PublishedCouncil pub) {
    Path root = contentDir.toAbsolutePath().normalize();
    Map<String, PaperOutline> outlined = new HashMap<>(); // each paper by its folder
    Map<MeetingId, Map<PaperId, String>> folderOf = new HashMap<>();
    for (PaperOutline p : pub.paperOutlines()) {
      Optional<String> folder =
          relative(root, p.dir()).filter(f -> isPaperFolder(f, p.meeting().committee().value()));
      if (folder.isPresent()) { // else its files count in full, as every other file does
        outlined.put(folder.get(), p);
        folderOf.computeIfAbsent(p.meeting(), k -> new HashMap<>()).put(p.paper(), folder.get());
      }
    }
    // each committee's meetings' files, each paper by its model rather than by its files
    Map<String, String> outlines = new ConcurrentHashMap<>();
    Map<String, Map<String, String>> papersFiles = new ConcurrentHashMap<>();
    split.byCommittee().entrySet().parallelStream()
        .forEach(
            e -> {
              String committee = e.getKey();
              Map<String, String> inFolder = e.getValue();
              Map<String, String> kept = new TreeMap<>();
              for (Map.Entry<String, String> f : inFolder.entrySet()) {
                Optional<String> folder = paperFolder(f.getKey(), outlined.keySet());
                if (folder.isPresent()) {
                  papersFiles
                      .computeIfAbsent(folder.get(), k -> new TreeMap<>())
                      .put(f.getKey(), f.getValue());
                  kept.put(folder.get() + "/", "paper " + outlined.get(folder.get()).digest());
                } else {
                  kept.put(f.getKey(), f.getValue());
                }
              }
              outlines.put(committee, digest(Map.of("", kept)));
            });
    // the papers named by a paragraph: by the texts of a meeting's papers, which only its own PDFs
    // print ("meeting M"); by a committee's other texts, which any of its meetings' may print (a
    // meeting's minutes are printed with the next agenda); under "", by the texts outside them
    Map<String, Set<String>> named = new HashMap<>();
    for (Map.Entry<Path, Map<MeetingId, Set<PaperId>>> e : pub.paragraphsReferenced().entrySet()) {
      Optional<PaperOutline> in = relative(root, e.getKey()).map(outlined::get);
      String by =
          in.isPresent()
              ? "meeting " + in.get().meeting()
              : committeeFolder(root, e.getKey()).orElse("");
      Set<String> to = named.computeIfAbsent(by, k -> new TreeSet<>());
      e.getValue()
          .forEach(
              (m, papers) ->
                  papers.forEach(
                      p ->
                          Optional.ofNullable(folderOf.getOrDefault(m, Map.of()).get(p))
                              .ifPresent(to::add)));
    }
    Map<MeetingId, String> out = new HashMap<>();
    for (Committee c : pub.council().committees()) {
      MessageDigest sha = InputDigest.sha256();
      InputDigest.update(sha, "tabled-meeting-inputs-2");
      sha.update(split.shared());
      for (String reached : reach(c.id().value(), split.names())) {
        InputDigest.update(sha, "committee " + reached);
        InputDigest.update(sha, outlines.getOrDefault(reached, ""));
      }
      Set<String> read = new TreeSet<>(named.getOrDefault(c.id().value(), Set.of()));
      read.addAll(named.getOrDefault("", Set.of()));
      for (String folder : read) {
        InputDigest.update(sha, "named " + folder);
        InputDigest.update(sha, digest(Map.of("", papersFiles.getOrDefault(folder, Map.of()))));
      }
      byte[] committee = sha.digest();
      for (Meeting m : c.meetings()) {
        MessageDigest meeting = InputDigest.sha256();
        meeting.update(committee);
        Set<String> printed = new TreeSet<>(folderOf.getOrDefault(m.id(), Map.of()).values());
        printed.addAll(named.getOrDefault("meeting " + m.id(), Set.of()));
        for (String folder : printed) {
          InputDigest.update(meeting, "own " + folder);
          InputDigest.update(
              meeting, digest(Map.of("", papersFiles.getOrDefault(folder, Map.of()))));
        }
        out.put(m.id(), HexFormat.of().formatHex(meeting.digest()));
      }
    }
    return Map.copyOf(out);
  }

  /** The folder of {@code folders} holding the file at {@code path}, if any. */
  private static Optional<String> paperFolder(String path, Set<String> folders) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (folders.contains(path.substring(0, slash))) {
        return Optional.of(path.substring(0, slash));
      }
    }
    return Optional.empty();
  }

  /**
   * True if {@code folder} is where a paper of {@code committee} is kept, {@code
   * committees/COMMITTEE/meetings/MEETING/papers/PAPER}: never a meeting's own folder, whose other
   * files every meeting reads.
   */
  static boolean isPaperFolder(String folder, String committee) {
    String[] s = folder.split("/", -1);
    return s.length == 6
        && s[0].equals("committees")
        && s[1].equals(committee)
        && s[2].equals("meetings")
        && s[4].equals("papers")
        && Arrays.stream(s).noneMatch(n -> n.isEmpty() || n.equals(".") || n.equals(".."));
  }

  /** {@code dir} relative to the content folder {@code root}, with '/' between names. */
  private static Optional<String> relative(Path root, Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    if (!d.startsWith(root) || d.equals(root)) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder();
    for (Path name : root.relativize(d)) {
      s.append(s.length() == 0 ? "" : "/").append(name);
    }
    return Optional.of(s.toString());
  }

  /**
   * The content's files split as both digests need them: the digest of the files every meeting
   * reads, each committee's {@code meetings/} files, and the committees each committee's texts
   * name.
   */
  private record Split(
      byte[] shared,
      Map<String, Map<String, String>> byCommittee,
      Map<String, Set<String>> names) {}

  private static Split split(Path contentDir, Map<String, String> files, PublishedCouncil pub) {
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
    return new Split(sharedDigest, byCommittee, names);
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

  /** {@code m} in the order of its keys: itself if it is kept in that order already. */
  private static <V> SortedMap<String, V> sorted(Map<String, V> m) {
    return m instanceof SortedMap<String, V> s && s.comparator() == null ? s : new TreeMap<>(m);
  }

  /** A digest of named lists of files, each file by its path and digest. */
  private static String digest(Map<String, Map<String, String>> lists) {
    MessageDigest sha = InputDigest.sha256();
    for (Map.Entry<String, Map<String, String>> l : sorted(lists).entrySet()) {
      InputDigest.update(sha, "list " + l.getKey());
      for (Map.Entry<String, String> f : sorted(l.getValue()).entrySet()) {
        InputDigest.update(sha, f.getKey());
        InputDigest.update(sha, f.getValue());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
