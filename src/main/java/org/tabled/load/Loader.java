package org.tabled.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.files.FileTrust;
import org.tabled.files.KnownFiles;
import org.tabled.source.SourcePos;

/**
 * The load stage: walks a content folder in a fixed, sorted order and reads every YAML and Markdown
 * file it expects, with positions. It knows the folder layout (documented in {@code
 * docs/authoring.md}) but nothing about what the keys mean.
 *
 * <pre>
 * site.yaml
 * people/PERSON.yaml
 * committees/COMMITTEE/committee.yaml, terms-of-reference.md
 * committees/COMMITTEE/tracker/ENTRY.md, work-programme/YEAR.yaml
 * committees/COMMITTEE/meetings/YYYY-MM-DD/meeting.yaml, minutes.md
 * committees/COMMITTEE/meetings/YYYY-MM-DD/issued.yaml, issued/…   (issued packs, issue 15: read and checked;
 *                                                                   no build writes them yet)
 * committees/COMMITTEE/meetings/YYYY-MM-DD/papers/PAPER/paper.md and its appendices
 * assets/…   (images and the logo)
 * </pre>
 *
 * <p>Files are trusted by where they really are ({@link FileTrust}): a symbolic link is followed,
 * and a file it leads to is read only if it lies in the folder where the link is (so nothing from
 * elsewhere on the machine, and no other document's file, is read under a borrowed name), and a
 * file in a paper's folder is read only as part of that paper. Pipes, devices and sockets are
 * refused without being opened, and so is any name holding a control character.
 */
public final class Loader {

  private static final Set<String> TOP_LEVEL =
      Set.of("site.yaml", "people", "committees", "assets");
  private static final Set<String> COMMITTEE_FILES =
      Set.of("committee.yaml", "terms-of-reference.md", "meetings", "tracker", "work-programme");
  private static final Set<String> MEETING_FILES =
      Set.of("meeting.yaml", "minutes.md", "papers", "issued.yaml", "issued");

  private final Path root;
  private final Path realRoot;
  private final Path displayBase;
  private final Diagnostics d;

  /** The text of every file read, by display path. */
  private final SortedMap<String, String> texts = new TreeMap<>();

  /** The paper folders' digests remembered from the last build. */
  private final FolderDigests digests;

  /** What the system said of each entry, asked once. */
  private final KnownFiles files;

  /** The texts and parses remembered from earlier loads of this process ({@code serve}). */
  private final LoadMemory memory;

  /** When this load began, in nanoseconds of the wall clock, for {@link #memory}. */
  private final long began = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());

  private Loader(
      Path root,
      Path realRoot,
      Path displayBase,
      FolderDigests digests,
      LoadMemory memory,
      Diagnostics d) {
    this.root = root;
    this.realRoot = realRoot;
    this.displayBase = displayBase;
    this.digests = digests;
    this.memory = memory;
    this.d = d;
    this.files = KnownFiles.of(root, realRoot);
  }

  /**
   * Reads the content folder {@code root}. Paths in diagnostics are shown relative to {@code
   * displayBase} (normally the working directory) when the file is inside it.
   */
  public static LoadedContent load(Path root, Path displayBase, Diagnostics d) {
    return load(root, displayBase, FolderDigests.NONE, d);
  }

  /**
   * {@link #load(Path, Path, Diagnostics)}, taking each paper folder's digest from {@code digests}
   * when none of its files changed since it was remembered.
   */
  public static LoadedContent load(
      Path root, Path displayBase, FolderDigests digests, Diagnostics d) {
    return load(root, displayBase, digests, LoadMemory.NONE, d);
  }

  /**
   * {@link #load(Path, Path, FolderDigests, Diagnostics)}, taking the text and parse of each file
   * that stats as it did when an earlier load of this process read it from {@code memory}, and
   * remembering there what this load reads.
   */
  public static LoadedContent load(
      Path root, Path displayBase, FolderDigests digests, LoadMemory memory, Diagnostics d) {
    Path abs = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) {
      d.error(
          SourcePos.file(root.toString()),
          "content folder not found",
          "run Tabled from the folder that holds 'content/', or pass --content");
      return new LoadedContent(
          abs, Optional.empty(), List.of(), List.of(), List.of(), new TreeMap<>(), KnownFiles.NONE);
    }
    Path real;
    try {
      real = abs.toRealPath();
    } catch (IOException e) {
      real = abs;
    }
    LoadedContent loaded =
        new Loader(abs, real, displayBase.toAbsolutePath().normalize(), digests, memory, d).run();
    memory.retain(loaded.texts().keySet());
    return loaded;
  }

  private LoadedContent run() {
    for (Path p : list(root)) {
      String name = p.getFileName().toString();
      if (!TOP_LEVEL.contains(name)
          && !name.startsWith(".")
          && !name.equalsIgnoreCase("README.md")) {
        unexpected(p, TOP_LEVEL);
      }
    }
    Optional<RawYaml> site = yaml(root.resolve("site.yaml"), true);
    List<RawYaml> people = new ArrayList<>();
    List<String> personFiles = new ArrayList<>();
    Path peopleDir = root.resolve("people");
    for (Path p : list(peopleDir)) {
      if (p.getFileName().toString().endsWith(".yaml") && files.regularFile(p)) {
        personFiles.add(p.getFileName().toString());
        yaml(p, true).ifPresent(people::add);
      } else if (!hidden(p)) {
        d.error(
            SourcePos.file(display(p)),
            "unexpected file in people/: each person is one PERSON-ID.yaml file");
      }
    }
    List<LoadedContent.Committee> committees =
        each(
            root.resolve("committees"),
            files::folder,
            c -> Optional.of(committee(c)),
            "unexpected file in committees/: each committee is a folder");
    return new LoadedContent(root, site, people, personFiles, committees, texts, files);
  }

  private LoadedContent.Committee committee(Path dir) {
    for (Path p : list(dir)) {
      if (!COMMITTEE_FILES.contains(p.getFileName().toString()) && !hidden(p)) {
        unexpected(p, COMMITTEE_FILES);
      }
    }
    Optional<RawYaml> committee = yaml(dir.resolve("committee.yaml"), true);
    Optional<RawMarkdown> terms = markdown(dir.resolve("terms-of-reference.md"), false);
    List<LoadedContent.Meeting> meetings =
        eachInParallel(
            dir.resolve("meetings"),
            files::folder,
            m -> Optional.of(meeting(m)),
            "unexpected file in meetings/: each meeting is a folder named by its date, YYYY-MM-DD");
    List<RawMarkdown> tracker =
        each(
            dir.resolve("tracker"),
            t -> t.toString().endsWith(".md"),
            t -> markdown(t, true),
            "unexpected file in tracker/: each response is one ENTRY-ID.md file");
    List<RawYaml> programmes =
        each(
            dir.resolve("work-programme"),
            w -> w.toString().endsWith(".yaml"),
            w -> yaml(w, true),
            "unexpected file in work-programme/: each municipal year is one YYYY-YY.yaml file");
    return new LoadedContent.Committee(
        dir.getFileName().toString(),
        SourcePos.file(display(dir)),
        committee,
        terms,
        meetings,
        tracker,
        programmes);
  }

  private LoadedContent.Meeting meeting(Path dir) {
    for (Path p : list(dir)) {
      if (!MEETING_FILES.contains(p.getFileName().toString()) && !hidden(p)) {
        unexpected(p, MEETING_FILES);
      }
    }
    Optional<RawYaml> meeting = yaml(dir.resolve("meeting.yaml"), true);
    Optional<RawMarkdown> minutes = markdown(dir.resolve("minutes.md"), false);
    List<LoadedContent.Paper> papers =
        each(
            dir.resolve("papers"),
            files::folder,
            p -> Optional.of(paper(p)),
            "unexpected file in papers/: each paper is a folder holding paper.md");
    Optional<RawYaml> issued = yaml(dir.resolve("issued.yaml"), false);
    List<String> kept = new ArrayList<>();
    for (Path p : list(dir.resolve("issued"))) {
      if (!hidden(p)) {
        kept.add("issued/" + p.getFileName());
      }
    }
    return new LoadedContent.Meeting(
        dir.getFileName().toString(),
        SourcePos.file(display(dir)),
        meeting,
        minutes,
        files.present(dir.resolve("minutes.md")),
        papers,
        dir,
        issued,
        kept);
  }

  private LoadedContent.Paper paper(Path dir) {
    Map<Path, byte[]> read = new HashMap<>(); // the bytes each text was read from, for the digest
    Map<Path, FolderDigests.Stat> before = new HashMap<>(); // each file as it stat'ed, before read
    before.put(dir.resolve("paper.md"), statBefore(dir.resolve("paper.md")));
    Optional<RawMarkdown> paper = markdown(dir.resolve("paper.md"), true, read);
    List<String> names = new ArrayList<>(); // of the files beside paper.md
    Map<String, RawMarkdown> md = new TreeMap<>();
    SortedMap<String, Path> all =
        new TreeMap<>(); // by relative name, the same order on every system
    try {
      for (Path f : walk(dir)) {
        if (f.equals(dir)
            || files.own(f).map(BasicFileAttributes::isDirectory).orElse(false)
            || hidden(f)) {
          continue;
        }
        if (FileTrust.hasForbiddenCharacter(dir.relativize(f).toString())) {
          badName(f.getParent(), f.getFileName().toString());
          continue;
        }
        if (!trustedQuietly(f, dir)) {
          continue; // reported where the paper uses the file, if it does; never read or published
        }
        String rel = dir.relativize(f).toString().replace('\\', '/');
        all.put(rel, f);
        if (rel.equals("paper.md")) {
          continue;
        }
        before.put(f, statBefore(f));
        names.add(rel);
        if (rel.endsWith(".md")) {
          markdown(f, true, read).ifPresent(m -> md.put(rel, m));
        }
      }
    } catch (IOException e) {
      d.error(SourcePos.file(display(dir)), "cannot read this folder: " + e.getMessage());
    }
    String digest =
        digests.digest(
            dir,
            all,
            before,
            () -> {
              FolderDigest made = new FolderDigest();
              all.forEach((rel, f) -> made.add(rel, f, read.get(f)));
              return made.hex();
            });
    return new LoadedContent.Paper(
        dir.getFileName().toString(), SourcePos.file(display(dir)), dir, paper, names, md, digest);
  }

  /**
   * Reads every entry of {@code dir} that {@code wanted} accepts, in name order, and reports any
   * other (not hidden) entry with {@code unexpected}.
   */
  private <T> List<T> each(
      Path dir, Predicate<Path> wanted, Function<Path, Optional<T>> read, String unexpected) {
    List<T> out = new ArrayList<>();
    for (Path p : list(dir)) {
      if (wanted.test(p)) {
        read.apply(p).ifPresent(out::add);
      } else if (!hidden(p)) {
        d.error(SourcePos.file(display(p)), unexpected);
      }
    }
    return out;
  }

  /**
   * {@link #each}, reading the entries on all processors (each reads only its own files; the texts
   * read and the diagnostics are shared and guarded), and keeping them in name order.
   */
  private <T> List<T> eachInParallel(
      Path dir, Predicate<Path> wanted, Function<Path, Optional<T>> read, String unexpected) {
    List<Path> entries = new ArrayList<>();
    for (Path p : list(dir)) {
      if (wanted.test(p)) {
        entries.add(p);
      } else if (!hidden(p)) {
        d.error(SourcePos.file(display(p)), unexpected);
      }
    }
    return entries.parallelStream().map(read).flatMap(Optional::stream).toList();
  }

  private Optional<RawYaml> yaml(Path file, boolean required) {
    if (!files.present(file)) {
      if (required) {
        d.error(SourcePos.file(display(file)), "required file is missing");
      }
      return Optional.empty();
    }
    if (!trusted(file)) {
      return Optional.empty();
    }
    String display = display(file);
    return remembered(file, display, RawYaml.class)
        .or(
            () ->
                readOnce(
                    file,
                    display,
                    null,
                    (text, problems) ->
                        YamlReader.parse(display, text, 1, problems)
                            .map(node -> new RawYaml(display, node))));
  }

  /**
   * What {@link #memory} holds of {@code file}, shown as {@code display}, if it is a {@code type}
   * and the file stats as it did when read; its text is kept as if read.
   */
  private <T> Optional<T> remembered(Path file, String display, Class<T> type) {
    return memory
        .find(display, files.followed(file))
        .filter(k -> type.isInstance(k.parsed()))
        .map(
            k -> {
              keep(display, k.text());
              return type.cast(k.parsed());
            });
  }

  /**
   * Reads {@code file} and makes {@code parse} of its text, reporting to {@code d}; remembers both
   * in {@link #memory} if neither said a word, with the file's stat taken before it was read.
   */
  private <T> Optional<T> readOnce(
      Path file,
      String display,
      Map<Path, byte[]> read,
      BiFunction<String, Diagnostics, Optional<T>> parse) {
    FolderDigests.Stat before = memory == LoadMemory.NONE ? null : statBefore(file);
    Diagnostics problems = memory == LoadMemory.NONE ? d : new Diagnostics();
    Optional<String> text =
        TextFiles.read(
                file,
                files.followed(file),
                display,
                problems,
                read == null ? null : b -> read.put(file, b))
            .map(t -> keep(display, t));
    Optional<T> parsed = text.flatMap(t -> parse.apply(t, problems));
    if (problems != d) {
      d.addAll(problems);
      if (parsed.isPresent() && problems.all().isEmpty()) {
        memory.remember(display, before, began, text.get(), parsed.get());
      }
    }
    return parsed;
  }

  private Optional<RawMarkdown> markdown(Path file, boolean required) {
    return markdown(file, required, null);
  }

  /**
   * A Markdown file, read and split; its bytes as read go into {@code read} (if not null) by path,
   * so that the folder's digest is of the very bytes its texts were made from.
   */
  private Optional<RawMarkdown> markdown(Path file, boolean required, Map<Path, byte[]> read) {
    if (!files.present(file)) {
      if (required) {
        d.error(SourcePos.file(display(file)), "required file is missing");
      }
      return Optional.empty();
    }
    if (!trusted(file)) {
      return Optional.empty();
    }
    String display = display(file);
    return remembered(file, display, RawMarkdown.class)
        .or(
            () ->
                readOnce(
                    file,
                    display,
                    read,
                    (text, problems) ->
                        FrontMatter.split(display, text, file.getParent(), problems)));
  }

  private String keep(String display, String text) {
    synchronized (texts) { // meetings are read in parallel
      texts.put(display, text);
    }
    return text;
  }

  /** {@code file}'s stat before its text is read, for {@link FolderDigests}. */
  private FolderDigests.Stat statBefore(Path file) {
    BasicFileAttributes a = files.followed(file);
    return a != null ? FolderDigests.Stat.of(a) : FolderDigests.Stat.of(file);
  }

  /**
   * Every entry under {@code dir} (itself included), links not followed, in path order; each
   * entry's attributes, as the walk found them, are kept in {@link #files}.
   */
  private List<Path> walk(Path dir) throws IOException {
    List<Path> entries = new ArrayList<>();
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path f, BasicFileAttributes a) {
            return visitFile(f, a);
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            files.saw(f, a);
            entries.add(f);
            return FileVisitResult.CONTINUE;
          }
        });
    entries.sort(null);
    return entries;
  }

  /** False, with an error, for a symbolic link whose target is outside the content folder. */
  private boolean insideContent(Path file) {
    try {
      Path real = files.realPath(file);
      if (!real.startsWith(realRoot)) {
        d.error(
            SourcePos.file(display(file)),
            "this is a link to a file outside the content folder, which Tabled will not publish",
            "copy the file into the content folder instead of linking to it");
        return false;
      }
      return true;
    } catch (IOException e) {
      d.error(
          SourcePos.file(display(file)),
          "cannot read this file (a broken link?): " + e.getMessage());
      return false;
    }
  }

  /**
   * False, with an error, unless {@code file} may be read as the document at its place: it really
   * is a regular file, inside the content folder and inside the folder it is listed in, and in the
   * same paper's folder as its name says, if any ({@link #problem}).
   */
  private boolean trusted(Path file) {
    if (!insideContent(file)) {
      return false;
    }
    Optional<Refusal> problem = problem(file, file.getParent());
    problem.ifPresent(p -> d.error(SourcePos.file(display(file)), p.message(), p.hint()));
    return problem.isEmpty();
  }

  /**
   * Like {@link #trusted} but without reporting, and within {@code folder}: for files that may
   * never be used.
   */
  private boolean trustedQuietly(Path file, Path folder) {
    try {
      return files.realPath(file).startsWith(realRoot) && problem(file, folder).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Why {@code file} (inside the content folder) may not be read as a document in {@code folder}:
   * it is a link to a file outside that folder, or to a file in another paper's folder, or it is a
   * pipe, device or socket. Empty if it may be read.
   */
  private Optional<Refusal> problem(Path file, Path folder) {
    String copy = "copy the file here instead of linking to it";
    try {
      Path real = files.realPath(file);
      Optional<Path> owner =
          FileTrust.paperFolder(root.relativize(file.toAbsolutePath().normalize()));
      Optional<Path> realOwner = FileTrust.realPaperFolder(real, realRoot);
      if (!realOwner.equals(owner)) {
        return Optional.of(
            new Refusal(
                realOwner.isPresent()
                    ? "this leads to a file of the paper "
                        + realOwner.get().getFileName()
                        + ", which is published only with"
                        + " that paper; Tabled will not read it here"
                    : "this leads out of the paper's folder; Tabled will not read it as part of the paper",
                copy));
      }
      if (!real.startsWith(files.realPath(folder))) {
        return Optional.of(
            new Refusal(
                "this is a link to a file outside its folder, which Tabled will not read", copy));
      }
      return files
          .special(file, real)
          .map(
              kind ->
                  new Refusal(
                      "this is " + kind + ", not a file; Tabled will not read it",
                      "replace it with an ordinary file"));
    } catch (IOException e) {
      return Optional.of(
          new Refusal("cannot read this file (a broken link?): " + e.getMessage(), ""));
    }
  }

  /** Why a file is not read, and how to put it right. */
  private record Refusal(String message, String hint) {}

  /** Reports an entry of {@code dir} whose name holds a control character; it is not read. */
  private void badName(Path dir, String name) {
    d.error(
        SourcePos.file(display(dir)),
        "the name '"
            + name
            + "' in this folder holds a control character"
            + " (a line break, tab or invisible mark), so Tabled does not read it",
        "rename it");
  }

  private void unexpected(Path p, Set<String> expected) {
    String name = p.getFileName().toString();
    d.error(
        SourcePos.file(display(p)),
        "unexpected "
            + (files.folder(p) ? "folder" : "file")
            + " '"
            + name
            + "' here"
            + Hints.didYouMean(name, expected),
        "expected only: " + String.join(", ", expected.stream().sorted().toList()));
  }

  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  /** The children of {@code dir} in name order, or none when it does not exist. */
  private List<Path> list(Path dir) {
    if (!files.folder(dir)) {
      return List.of();
    }
    if (!insideContent(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>();
      for (Path p : s.sorted().toList()) {
        if (FileTrust.hasForbiddenCharacter(p.getFileName().toString())) {
          badName(dir, p.getFileName().toString());
        } else {
          out.add(p);
        }
      }
      return out;
    } catch (IOException e) {
      d.error(SourcePos.file(display(dir)), "cannot read this folder: " + e.getMessage());
      return List.of();
    }
  }

  /** The path as authors should see it: relative to the working directory when possible. */
  String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
