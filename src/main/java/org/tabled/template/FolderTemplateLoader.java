package org.tabled.template;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tabled.files.FileTrust;

/**
 * Loads the council's own templates from its templates folder, and nothing from anywhere else.
 *
 * <p>A name that is absolute, climbs with {@code ..} or holds a backslash, a colon or a control
 * character is refused; a file is found by its real path (links followed), which must lie inside
 * the real templates folder, and must be a regular file (a named pipe would block the build). So
 * {@code #include} and {@code #import} reach only the templates folders, and a template cannot be a
 * link to a Part 2 paper or to a file elsewhere on the machine.
 */
final class FolderTemplateLoader implements TemplateLoader {

  private final Path dir;

  /**
   * @param dir the templates folder, which exists
   */
  FolderTemplateLoader(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** Thrown for a template name or file that leads out of the templates folder. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    Optional<Path> file = find(name);
    return file.orElse(null);
  }

  /**
   * The file of template {@code name}, if the folder has one; throws {@link Refused} for a name or
   * file that leads out of the folder.
   */
  Optional<Path> find(String name) throws IOException {
    if (name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || FileTrust.hasForbiddenCharacter(name)) {
      throw new Refused(
          "the template name '" + name + "' is not a path inside the templates folder");
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        throw new Refused("the template name '" + name + "' leads outside the templates folder");
      }
    }
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir) || !Files.exists(file)) {
      return Optional.empty();
    }
    Path real = file.toRealPath();
    if (!real.startsWith(dir.toRealPath())) {
      throw new Refused(
          "the template '" + name + "' is a link to a file outside the templates folder");
    }
    if (!FileTrust.isRegularFile(real)) {
      throw new Refused("the template '" + name + "' is not a regular file");
    }
    return Optional.of(real);
  }

  @Override
  public long getLastModified(Object source) {
    try {
      return Files.getLastModifiedTime((Path) source).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    return Files.newBufferedReader((Path) source, Charset.forName(encoding));
  }

  @Override
  public void closeTemplateSource(Object source) {
    // nothing held open between calls
  }
}
