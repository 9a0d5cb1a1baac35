package org.tabled.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden files: expected outputs checked into {@code src/test/resources/golden/}, compared with
 * what the build makes now, so that every change to a page shows up as a readable diff.
 *
 * <p>{@code mvn verify -Dgolden.update=true} rewrites the expected files (never when the {@code CI}
 * environment variable is set: CI only compares). Checking goes both ways: an output without a
 * golden file fails, and so does a golden file without an output (a stale golden). On a mismatch
 * the actual file is also written under {@code target/golden-actual/} for {@code diff -r}.
 */
public final class Golden {

  private final Path dir;
  private final String name;

  private Golden(String name) {
    this.name = name;
    this.dir = Fixtures.projectDir().resolve("src/test/resources/golden").resolve(name);
  }

  /** The golden folder {@code src/test/resources/golden/NAME}. */
  public static Golden in(String name) {
    return new Golden(name);
  }

  /** True when this run should rewrite the golden files instead of comparing. */
  public static boolean updating() {
    boolean wanted = Boolean.getBoolean("golden.update");
    if (wanted && System.getenv("CI") != null) {
      fail("golden.update is refused when CI is set: goldens are only compared in CI");
    }
    return wanted;
  }

  /**
   * Compares {@code actual} (golden-relative path to text) with the golden folder, or rewrites the
   * folder to match it when updating.
   */
  public void check(Map<String, String> actual) throws IOException {
    assertTrue(!actual.isEmpty(), "no outputs selected for the goldens of " + name);
    if (updating()) {
      deleteFolder(dir);
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path f = dir.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    TreeSet<String> expected = new TreeSet<>(existing());
    List<String> problems = new ArrayList<>();
    for (String path : new TreeSet<>(actual.keySet())) {
      if (!expected.remove(path)) {
        problems.add("no golden file for " + path);
      }
    }
    expected.forEach(p -> problems.add("stale golden file (no such output any more): " + p));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\n" + howToAccept());
    }
    List<String> differing = new ArrayList<>();
    String firstWant = null;
    String firstGot = null;
    for (Map.Entry<String, String> e : actual.entrySet()) {
      String want = Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8);
      if (!want.equals(e.getValue())) {
        Path copy =
            Fixtures.projectDir().resolve("target/golden-actual").resolve(name).resolve(e.getKey());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, e.getValue(), StandardCharsets.UTF_8);
        differing.add(e.getKey());
        if (firstWant == null) {
          firstWant = want;
          firstGot = e.getValue();
        }
      }
    }
    if (!differing.isEmpty()) {
      // Every differing file is named and written out; the first is compared for the IDE's diff
      // view.
      assertEquals(
          firstWant,
          firstGot,
          differing.size()
              + " golden file(s) differ: "
              + differing
              + "\nactual output in "
              + "target/golden-actual/"
              + name
              + "/ (diff -r src/test/resources/golden/"
              + name
              + " target/golden-actual/"
              + name
              + ")\n"
              + howToAccept());
    }
  }

  private List<String> existing() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String howToAccept() {
    return "If the change is intended, accept it with: mvn verify -Dgolden.update=true (then review git diff)";
  }

  private static void deleteFolder(Path d) throws IOException {
    if (!Files.exists(d)) {
      return;
    }
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
