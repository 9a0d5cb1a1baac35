package org.tabled.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The names of the templates built into Tabled ({@code site/meeting.ftlh} …), read from the jar or
 * classes folder.
 */
final class BuiltInTemplates {

  private BuiltInTemplates() {}

  /** Every {@code .ftlh} and {@code .ftl} file under the built-in templates, relative, sorted. */
  static List<String> names() {
    URL url = Templates.class.getResource(Templates.BUILT_IN);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return list(fs.getPath(Templates.BUILT_IN));
      }
      return list(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftl"))
          .sorted()
          .toList();
    }
  }
}
