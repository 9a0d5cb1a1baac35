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
  void everyScalarIsTextWithItsStyleWhateverYamlWouldTagIt() {
    Diagnostics d = new Diagnostics();
    String text =
        "n: 42\nf: 1.5e3\nb: yes\nd: 2026-01-20\nz: ~\ne:\nq: '42'\nm: <<\nnested: [on, 0x1F]\n";
    YamlNode.Mapping m = (YamlNode.Mapping) YamlReader.parse("f.yaml", text, 1, d).orElseThrow();
    assertFalse(d.hasErrors(), d.toString());
    for (String[] kv :
        new String[][] {
          {"n", "42"}, {"f", "1.5e3"}, {"b", "yes"}, {"d", "2026-01-20"}, {"z", "~"}, {"e", ""}
        }) {
      YamlNode.Scalar s = (YamlNode.Scalar) m.get(kv[0]).orElseThrow();
      assertEquals(kv[1], s.text(), kv[0]);
      assertTrue(s.plain(), kv[0]);
    }
    assertTrue(((YamlNode.Scalar) m.get("z").orElseThrow()).isNull());
    assertTrue(((YamlNode.Scalar) m.get("e").orElseThrow()).isNull());
    YamlNode.Scalar quoted = (YamlNode.Scalar) m.get("q").orElseThrow();
    assertEquals("42", quoted.text());
    assertFalse(quoted.plain(), "a quoted value is not plain");
    assertEquals("<<", ((YamlNode.Scalar) m.get("m").orElseThrow()).text());
    YamlNode.Sequence nested = (YamlNode.Sequence) m.get("nested").orElseThrow();
    assertEquals("0x1F", ((YamlNode.Scalar) nested.items().get(1)).text());
  }

  @Test
  void aSecondDocumentAndAMergeKeyAreErrorsNotValues() {
    Diagnostics two = new Diagnostics();
    assertTrue(YamlReader.parse("f.yaml", "a: 1\n---\nb: 2\n", 1, two).isEmpty());
    assertTrue(
        two.toString().contains("f.yaml:3:1: error: this file holds more than one"),
        two.toString());
    Diagnostics merge = new Diagnostics();
    YamlReader.parse("f.yaml", "base: &b {x: 1}\nother:\n  <<: *b\n", 1, merge);
    assertTrue(merge.toString().contains("merge keys"), merge.toString());
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
  void aLinkedFolderOnTheWayIsFollowedToWhereItReallyLeads() throws Exception {
    Path real = dir.resolve("real-content");
    Files.createDirectories(real.resolve("people"));
    Files.writeString(real.resolve("people/ada.yaml"), "name: Ada\nkind: officer\n");
    Path content = Files.createSymbolicLink(dir.resolve("content"), real); // the whole folder
    Diagnostics d = new Diagnostics();
    assertEquals(1, Loader.load(content, dir, d).people().size(), d.toString());
    assertFalse(d.toString().contains("outside the content folder"), d.toString());

    Path elsewhere = dir.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("spy.yaml"), "name: Spy\nkind: officer\n");
    Path own = dir.resolve("own");
    Files.createDirectories(own);
    Files.createSymbolicLink(own.resolve("people"), elsewhere); // a folder inside, linked out
    Diagnostics d2 = new Diagnostics();
    assertTrue(Loader.load(own, dir, d2).people().isEmpty());
    assertTrue(
        d2.toString()
            .contains("own/people:1:1: error: this is a link to a file outside the content folder"),
        d2.toString());
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
