package org.tabled.load;

import java.nio.file.Path;
import org.tabled.source.SourcePos;

/**
 * A Markdown file as read: its YAML front matter and its body.
 *
 * @param path the path shown to authors
 * @param front the front matter (an empty mapping when the file has none)
 * @param body the Markdown after the front matter
 * @param bodyFirstLine the line of the file on which the body starts (1-based)
 * @param dir the folder holding the file, for relative image paths
 */
public record RawMarkdown(
    String path, YamlNode.Mapping front, String body, int bodyFirstLine, Path dir) {

  /** The position of the start of the body. */
  public SourcePos bodyPos() {
    return new SourcePos(path, bodyFirstLine, 1);
  }
}
