package org.tabled.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The release zip that {@code mvn package} makes ({@code target/tabled-VERSION.zip}), unpacked as a
 * council would, and programs run from it. For the integration tests, which run after packaging.
 */
public final class Release {

  private Release() {}

  /** The release zip; fails if {@code mvn package} has not made it. */
  public static Path zip() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.projectDir().resolve("target"))) {
      List<Path> zips =
          s.filter(p -> p.getFileName().toString().matches("tabled-.+\\.zip")).toList();
      if (zips.size() != 1) {
        throw new IllegalStateException(
            "expected one target/tabled-VERSION.zip (run mvn package), found " + zips);
      }
      return zips.get(0);
    }
  }

  /**
   * Unpacks the zip into {@code dir}, giving each file the Unix mode recorded in the zip (so a
   * launcher is executable only if the zip says so). Returns the release's folder.
   */
  public static Path unpack(Path zip, Path dir) throws IOException {
    Map<String, Integer> modes = unixModes(zip);
    Path top = null;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("entry outside the folder: " + e.getName());
        }
        if (top == null) {
          top = dir.resolve(e.getName().split("/")[0]);
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, target);
        }
        int mode = modes.getOrDefault(e.getName(), 0644);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(rwx(mode)));
      }
    }
    return top;
  }

  /**
   * The Unix mode of each entry, read from the zip's central directory (java.util.zip drops it).
   */
  public static Map<String, Integer> unixModes(Path zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + 46 <= b.limit(); i++) {
      if (b.getInt(i) != 0x02014b50) {
        continue;
      }
      int nameLength = Short.toUnsignedInt(b.getShort(i + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(i + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(i + 32));
      int external = b.getInt(i + 38);
      byte[] name = new byte[nameLength];
      b.get(i + 46, name);
      out.put(new String(name, StandardCharsets.UTF_8), (external >>> 16) & 0777);
      i += 45 + nameLength + extraLength + commentLength;
    }
    return out;
  }

  private static String rwx(int mode) {
    StringBuilder s = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int m = (mode >> shift) & 7;
      s.append((m & 4) != 0 ? 'r' : '-')
          .append((m & 2) != 0 ? 'w' : '-')
          .append((m & 1) != 0 ? 'x' : '-');
    }
    return s.toString();
  }

  /** What a program printed and returned. */
  public record Run(int exit, String output) {}

  /**
   * Runs {@code command} in {@code dir} with extra environment variables, output and errors
   * together.
   */
  public static Run run(Path dir, Map<String, String> env, List<String> command) throws Exception {
    Path log = Files.createTempFile("tabled-run", ".log");
    try {
      ProcessBuilder b =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      b.environment().putAll(env);
      Process p = b.start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
