package org.tabled.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of the files of a folder, fed in name order: each file's path relative to the
 * folder, then its bytes. Text files (Markdown and YAML) count with their line endings made {@code
 * \n}, so that a checkout that turns them into {@code \r\n} (git on Windows) gives the same digest;
 * other files count byte for byte. A file that cannot be read counts as its name and an error mark,
 * so the digest still differs from the readable file's.
 */
final class FolderDigest {

  private final MessageDigest sha;

  FolderDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds file {@code file}, named {@code rel} inside the folder. Call in name order. */
  void add(String rel, Path file) {
    sha.update(rel.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (rel.endsWith(".md") || rel.endsWith(".yaml") || rel.endsWith(".yml")) {
        bytes =
            new String(bytes, StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.UTF_8);
      }
      sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(bytes);
    } catch (IOException e) {
      sha.update("unreadable".getBytes(StandardCharsets.UTF_8));
    }
    sha.update((byte) 0);
  }

  /** The digest, in lower-case hex. */
  String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
