package org.tabled.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;
import org.tabled.source.SourcePos;

class LoaderTest {

  @TempDir Path dir;

  @Test
  void yamlValuesKeepTheirOneBasedPositionsAndRawText() {
    Diagnostics d = new Diagnostics();
    YamlNode root =
        YamlReader.parse("f.yaml", "a: 1\nlist:\n  - x\n  - time: 18:30\n", 1, d).orElseThrow();
    YamlNode.Mapping m = (YamlNode.Mapping) root;
    assertEquals(new SourcePos("f.yaml", 1, 4), m.get("a").orElseThrow().pos());
    YamlNode.Sequence list = (YamlNode.Sequence) m.get("list").orElseThrow();
    assertEquals(new SourcePos("f.yaml", 3, 5), list.items().get(0).pos());
    YamlNode.Scalar time =
        (YamlNode.Scalar) ((YamlNode.Mapping) list.items().get(1)).get("time").orElseThrow();
    assertEquals("18:30", time.text(), "a time stays text, not YAML 1.1's sexagesimal number");
    assertFalse(d.hasErrors());
  }

  @Test
  void frontMatterPositionsCountFromTheTopOfTheFile() {
    Diagnostics d = new Diagnostics();
    RawMarkdown md =
        FrontMatter.split("p.md", "---\ntitle: X\nauthor: y\n---\n\nBody\n", dir, d).orElseThrow();
    assertEquals(new SourcePos("p.md", 3, 9), md.front().get("author").orElseThrow().pos());
    assertEquals(5, md.bodyFirstLine());
    assertEquals("\nBody\n", md.body());
  }

  @Test
  void aliasBombAndSelfReferenceAreErrorsNotHangs() {
    Diagnostics d = new Diagnostics();
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    assertTrue(YamlReader.parse("bomb.yaml", bomb.toString(), 1, d).isEmpty());
    assertTrue(d.toString().startsWith("bomb.yaml:"), d.toString());
    Diagnostics d2 = new Diagnostics();
    YamlReader.parse("self.yaml", "a: &a [*a]\n", 1, d2);
    assertTrue(d2.hasErrors(), "a self-referencing alias is reported");
  }

  @Test
  void symlinkOutOfTheContentFolderIsRefused() throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("people"));
    Path outside = dir.resolve("secret.yaml");
    Files.writeString(outside, "name: Secret\nkind: officer\njob_title: Spy\n");
    Files.createSymbolicLink(content.resolve("people/secret.yaml"), outside);
    Diagnostics d = new Diagnostics();
    LoadedContent loaded = Loader.load(content, dir, d);
    assertTrue(loaded.people().isEmpty());
    assertTrue(
        d.toString()
            .contains(
                "content/people/secret.yaml:1:1: error: this is a link to a file outside the content folder"),
        d.toString());
  }

  @Test
  void windowsLineEndingsAreAccepted() throws Exception {
    Path f = dir.resolve("x.yaml");
    Files.writeString(f, "a: 1\r\nb: 2\r\n");
    Diagnostics d = new Diagnostics();
    String text = TextFiles.read(f, "x.yaml", d).orElseThrow();
    assertEquals("a: 1\nb: 2\n", text);
  }
}
