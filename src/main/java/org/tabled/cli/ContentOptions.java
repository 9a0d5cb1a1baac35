package org.tabled.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works with. Shared by the commands as a picocli mixin. */
public final class ContentOptions {

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Content folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "Folder of template overrides; built-in templates fill any gaps (default: ${DEFAULT-VALUE}).",
      defaultValue = "templates")
  Path templates;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder, replaced on success (default: ${DEFAULT-VALUE}).",
      defaultValue = "site")
  Path out;
}
