package org.tabled.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
    add(rel, file, null);
  }

  /**
   * Adds file {@code file}, named {@code rel} inside the folder, whose bytes are {@code bytes} if
   * it has been read already as text (valid UTF-8), else it is read now. Call in name order.
   */
  void add(String rel, Path file, byte[] bytes) {
    sha.update(rel.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    try {
      byte[] b = bytes != null ? bytes : Files.readAllBytes(file);
      if (rel.endsWith(".md") || rel.endsWith(".yaml") || rel.endsWith(".yml")) {
        b =
            bytes != null
                ? withoutCarriageReturnsBeforeNewlines(b) // read as text: valid UTF-8
                : new String(b, StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .getBytes(StandardCharsets.UTF_8); // as it always was, invalid bytes too
      }
      sha.update(Long.toString(b.length).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(b);
    } catch (IOException e) {
      sha.update("unreadable".getBytes(StandardCharsets.UTF_8));
    }
    sha.update((byte) 0);
  }

  /**
   * {@code b}, valid UTF-8, with every CR LF made LF (the bytes themselves when it has none). In
   * UTF-8 neither byte occurs inside another character, so this is the decoded text's CR LF made
   * LF, encoded again, byte for byte.
   */
  static byte[] withoutCarriageReturnsBeforeNewlines(byte[] b) {
    int first = -1;
    for (int i = 0; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return b;
    }
    byte[] out = new byte[b.length];
    System.arraycopy(b, 0, out, 0, first);
    int n = first;
    for (int i = first; i < b.length; i++) {
      if (!(b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n')) {
        out[n++] = b[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The digest, in lower-case hex. */
  String hex() {
    return HexFormat.of().formatHex(sha.digest());
  }
}
