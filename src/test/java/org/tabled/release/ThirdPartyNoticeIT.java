package org.tabled.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The released jar says what it bundles: every library in it is listed in {@code THIRD-PARTY.md}
 * with its licence, every font file it carries is named there, and Tabled's own licence and the
 * libraries' merged NOTICE travel inside it. Runs after {@code package}, on the shaded jar.
 */
class ThirdPartyNoticeIT {

  private static final Path JAR = Path.of("target", "tabled.jar");

  @Test
  void everyBundledLibraryIsListedWithItsLicence() throws IOException {
    String notice = Files.readString(Path.of("THIRD-PARTY.md"));
    List<String> missing = new ArrayList<>();
    int libraries = 0;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
          Properties p = new Properties();
          try (InputStream in = jar.getInputStream(e)) {
            p.load(in);
          }
          String coordinates = p.getProperty("groupId") + ":" + p.getProperty("artifactId");
          if (coordinates.equals("org.tabled:tabled")) {
            continue;
          }
          libraries++;
          if (!notice.contains("| `" + coordinates + "` | " + p.getProperty("version") + " |")) {
            missing.add(coordinates + ":" + p.getProperty("version"));
          }
        }
      }
    }
    assertTrue(libraries > 20, "the jar should bundle its libraries, found " + libraries);
    assertEquals(
        List.of(), missing, "bundled but not listed (with this version) in THIRD-PARTY.md");
  }

  @Test
  void everyFontInTheJarIsNamedAndNoUnusedFaceShips() throws IOException {
    String notice = Files.readString(Path.of("THIRD-PARTY.md"));
    TreeSet<String> fonts = new TreeSet<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        String name = e.getName();
        if (name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc")) {
          fonts.add(name.substring(name.lastIndexOf('/') + 1));
        }
      }
    }
    assertTrue(!fonts.isEmpty(), "the PDFs embed fonts from the jar");
    List<String> unnamed = fonts.stream().filter(f -> !notice.contains("`" + f + "`")).toList();
    assertEquals(List.of(), unnamed, "font files in the jar not named in THIRD-PARTY.md");
  }

  @Test
  void licenceAndMergedNoticesAreInTheJar() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      String licence = text(jar, "META-INF/LICENSE");
      String notice = text(jar, "META-INF/NOTICE");
      assertTrue(
          licence.contains("Apache License") && licence.contains("Version 2.0"),
          "Apache-2.0 licence");
      assertTrue(notice.contains("Tabled"), "Tabled's own NOTICE");
      assertTrue(notice.contains("Apache PDFBox"), "PDFBox's NOTICE is kept: " + notice);
      assertTrue(jar.getEntry("META-INF/THIRD-PARTY.md") != null, "THIRD-PARTY.md in the jar");
      assertTrue(jar.getEntry("liberation/LICENSE") != null, "the fonts' OFL travels with them");
    }
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry e = jar.getEntry(name);
    assertTrue(e != null, name + " is in the jar");
    try (InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
