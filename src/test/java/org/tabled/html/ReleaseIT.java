package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Release;

/**
 * The release a council downloads (issue 17): {@code target/tabled-VERSION.zip} unpacked into a
 * temporary folder; {@code bin/tabled init council} and {@code bin/tabled build --content
 * council/content} work, and the site passes the same axe and Nu Html Checker checks as the
 * example's ({@link SiteChecksIT}).
 */
class ReleaseIT {

  @TempDir Path tmp;

  @Test
  void theReleaseStartsACouncilWhoseSitePassesTheChecks() throws Exception {
    Path zip = Release.zip();
    Path home = Release.unpack(zip, tmp.resolve("unzipped"));
    String version = home.getFileName().toString().replace("tabled-", "");
    assertEquals("tabled-" + version + ".zip", zip.getFileName().toString());
    for (String f :
        List.of(
            "lib/tabled.jar",
            "bin/tabled",
            "bin/tabled.cmd",
            "README.md",
            "docs/authoring.md",
            "docs/architecture.md",
            "docs/publishing.md",
            "examples/ci/github-actions.yml",
            "examples/ci/gitlab-ci.yml")) {
      assertTrue(Files.isRegularFile(home.resolve(f)), f + " is in the release");
    }
    for (String licence : List.of("LICENSE", "THIRD-PARTY.md")) {
      if (Files.exists(Fixtures.projectDir().resolve(licence))) {
        assertTrue(Files.isRegularFile(home.resolve(licence)), licence + " is in the release");
      }
    }
    assertEquals(
        0755,
        Release.unixModes(zip).get("tabled-" + version + "/bin/tabled"),
        "the launcher is executable");
    String tabled = home.resolve("bin/tabled").toString();

    // the Java options the launcher picks, shown by a stand-in for java that prints what it is
    // given
    Path echo = Path.of("/bin/echo");
    if (Files.isExecutable(echo) && System.getenv("TABLED_JAVA_OPTS") == null) {
      Release.Run serve =
          Release.run(tmp, Map.of("JAVA", echo.toString()), List.of(tabled, "serve", "--out", "x"));
      assertFalse(serve.output().contains("TieredStopAtLevel"), serve.output());
      assertTrue(serve.output().startsWith("-XX:+UseSerialGC"), serve.output());
      Release.Run check =
          Release.run(tmp, Map.of("JAVA", echo.toString()), List.of(tabled, "check"));
      assertTrue(
          check.output().startsWith("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), check.output());
      assertTrue(check.output().strip().endsWith("tabled.jar check"), check.output());
      Release.Run mine =
          Release.run(
              tmp,
              Map.of("JAVA", echo.toString(), "TABLED_JAVA_OPTS", "-Xmx1g"),
              List.of(tabled, "serve"));
      assertTrue(mine.output().startsWith("-Xmx1g -jar "), mine.output());
    }

    Release.Run v = Release.run(tmp, Map.of(), List.of(tabled, "--version"));
    assertEquals(0, v.exit(), v.output());
    assertTrue(v.output().startsWith("Tabled " + version + " (git commit "), v.output());

    Path work = Files.createDirectories(tmp.resolve("work"));
    Release.Run init = Release.run(work, Map.of(), List.of(tabled, "init", "council"));
    assertEquals(0, init.exit(), init.output());
    Release.Run build =
        Release.run(work, Map.of(), List.of(tabled, "build", "--content", "council/content"));
    assertEquals(0, build.exit(), build.output());
    assertTrue(build.output().contains("Next change"), build.output());
    Path site = work.resolve("site");
    assertTrue(
        Files.isRegularFile(site.resolve("index.html"))
            && Files.isRegularFile(site.resolve("data/popolo.json")));
    try (var s = Files.walk(site)) {
      assertTrue(
          s.anyMatch(p -> p.toString().endsWith(".pdf")), "the first meeting's pack is built");
    }

    int pages = SiteChecksIT.axe(site, List.of("./", "committees/scrutiny/", "data/"), 1, tmp);
    assertTrue(pages >= 8, "pages checked: " + pages);
    SiteChecksIT.validHtml(site, tmp);
  }
}
