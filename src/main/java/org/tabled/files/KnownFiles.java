package org.tabled.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build has asked the system about the entries of its content folder: each entry's own
 * attributes (links not followed) and real path, asked once. Loading an archive judges each file as
 * it is listed, as it is trusted, as it is read, and again where a document names it, and each of
 * those asked the system anew: about nine calls a file, and a {@code realpath} (a call for every
 * folder above the file) for every appendix, most of the time of loading and checking an archive.
 *
 * <p>It answers as the system did when first asked, so it lives for one build, no longer (the
 * loader makes it; validation and the Markdown stage, which judges the images texts name, are given
 * it). What a file holds is not kept: its text is read from what it is when it is read, and the
 * paper folders' digests stat each file again after reading ({@code FolderDigests}). {@link #NONE}
 * asks the system every time.
 */
public final class KnownFiles {

  /** Remembers nothing: every question goes to the system. */
  public static final KnownFiles NONE = new KnownFiles(null, null, false);

  private final Path root;
  private final Path realRoot;
  private final boolean remember;
  private final Map<Path, Optional<BasicFileAttributes>> own = new ConcurrentHashMap<>();
  private final Map<Path, Path> real = new ConcurrentHashMap<>();

  private KnownFiles(Path root, Path realRoot, boolean remember) {
    this.root = root;
    this.realRoot = realRoot;
    this.remember = remember;
  }

  /**
   * A memory for reading the content folder {@code root} (absolute and normalized), whose real path
   * is {@code realRoot}.
   */
  public static KnownFiles of(Path root, Path realRoot) {
    return new KnownFiles(root, realRoot, true);
  }

  /**
   * {@code p}'s own attributes, links not followed ({@code lstat}); empty if there is no such
   * entry, or it cannot be asked about.
   */
  public Optional<BasicFileAttributes> own(Path p) {
    Optional<BasicFileAttributes> known = remember ? own.get(p) : null;
    if (known == null) {
      try {
        known =
            Optional.of(
                Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      } catch (IOException e) {
        known = Optional.empty();
      }
      if (remember) {
        own.put(p, known);
      }
    }
    return known;
  }

  /** Tells the memory {@code p}'s own attributes, as a walk of its folder found them. */
  public void saw(Path p, BasicFileAttributes a) {
    if (remember) {
      own.put(p, Optional.of(a));
    }
  }

  /** As {@code Files.exists(p, NOFOLLOW_LINKS)}. */
  public boolean present(Path p) {
    return own(p).isPresent();
  }

  /** As {@code Files.exists(p)}: links followed. */
  public boolean exists(Path p) {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent() && (!a.get().isSymbolicLink() || Files.exists(p));
  }

  /** As {@code Files.isDirectory(p)}: links followed. */
  public boolean folder(Path p) {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent()
        && (a.get().isSymbolicLink() ? Files.isDirectory(p) : a.get().isDirectory());
  }

  /** As {@code Files.isRegularFile(p)}: links followed. */
  public boolean regularFile(Path p) {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent()
        && (a.get().isSymbolicLink() ? Files.isRegularFile(p) : a.get().isRegularFile());
  }

  /**
   * The attributes of {@code p} with links followed, if it is no link (they are its own); null for
   * a link or a missing entry, which the caller asks the system about.
   */
  public BasicFileAttributes followed(Path p) {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent() && !a.get().isSymbolicLink() ? a.get() : null;
  }

  /**
   * The real path of {@code p} (absolute and normalized), as {@link Path#toRealPath()}: from its
   * folder's, for an entry inside the content folder that is not itself a link (it is its real
   * folder's entry of the same name, known from one {@code lstat}, where {@code realpath} looks at
   * every folder above it again); a link, and anything outside the content folder, is asked of the
   * system whole.
   *
   * @throws IOException as {@link Path#toRealPath()}, e.g. for a missing file or a broken link
   */
  public Path realPath(Path p) throws IOException {
    if (!remember) {
      return p.toRealPath();
    }
    Path known = real.get(p);
    if (known == null) {
      known = p.equals(root) ? realRoot : fromFolder(p);
      real.put(p, known);
    }
    return known;
  }

  private Path fromFolder(Path p) throws IOException {
    Path parent = p.getParent();
    Path name = p.getFileName();
    if (parent == null
        || name == null
        || !parent.startsWith(root)
        || name.toString().equals(".")
        || name.toString().equals("..")
        || own(p).map(BasicFileAttributes::isSymbolicLink).orElse(true)) {
      return p.toRealPath();
    }
    return realPath(parent).resolve(name.toString());
  }

  /**
   * What kind of special file {@code p} really is ({@link FileTrust#special(Path)} of its real path
   * {@code real}): an entry that is no link is the very entry its real path names, so its own
   * attributes answer.
   */
  public Optional<String> special(Path p, Path real) throws IOException {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent() && !a.get().isSymbolicLink()
        ? FileTrust.special(a.get())
        : FileTrust.special(real);
  }

  /**
   * The attributes of what {@code p} really is (its real path {@code real}), links not followed
   * there, as {@code Files.readAttributes(real, …, NOFOLLOW_LINKS)}.
   */
  public BasicFileAttributes ofReal(Path p, Path real) throws IOException {
    Optional<BasicFileAttributes> a = own(p);
    return a.isPresent() && !a.get().isSymbolicLink()
        ? a.get()
        : Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }
}
