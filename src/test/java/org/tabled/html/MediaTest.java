package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tabled.diag.Diagnostics;
import org.tabled.output.OutputTree;

class MediaTest {

  @TempDir Path dir;

  @Test
  void aFileIsPublishedOnceUnderADigestOfItsBytes() throws Exception {
    Path a = Files.write(dir.resolve("chart one.png"), new byte[] {1, 2, 3});
    Path b = Files.createDirectories(dir.resolve("other")).resolve("chart one.png");
    Files.write(b, new byte[] {1, 2, 3});
    Path c = Files.write(dir.resolve("chart-two.png"), new byte[] {4});
    OutputTree out = new OutputTree();
    Diagnostics d = new Diagnostics();
    Media m = new Media(out, d);
    String first = m.publish(a);
    assertEquals("media/039058c6f2c0cb49/chart-one.png", first);
    assertEquals(first, m.publish(a));
    assertEquals(first, m.publish(b), "the same bytes make the same file");
    assertNotEquals(first, m.publish(c));
    assertEquals(2, out.size());
    assertFalse(d.hasErrors());
  }

  @Test
  void unreadableFileIsAnError() {
    Diagnostics d = new Diagnostics();
    assertEquals("", new Media(new OutputTree(), d).publish(dir.resolve("gone.png")));
    assertEquals(1, d.errorCount());
  }
}
