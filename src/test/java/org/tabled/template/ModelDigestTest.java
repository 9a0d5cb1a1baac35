package org.tabled.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The digest of a template's data changes with anything a template can read in it, at any depth,
 * and with the bytes of each file it names; it does not change with a map's order.
 */
class ModelDigestTest {

  enum Kind {
    PAPER,
    MINUTES
  }

  record Leaf(String text, int n, boolean flag, Kind kind, Optional<String> maybe) {}

  record Root(String title, List<Leaf> leaves, Map<String, String> words, Leaf last) {}

  private static final Function<String, String> NONE = s -> null;
  private static final UnaryOperator<String> AS_IS = s -> s;

  private static Leaf leaf(String text) {
    return new Leaf(text, 1, false, Kind.PAPER, Optional.of("x"));
  }

  private static Root root() {
    return new Root(
        "Title",
        List.of(leaf("a"), leaf("b")),
        Map.of("blank", "This page is intentionally left blank"),
        leaf("z"));
  }

  private static Root withLast(Leaf last) {
    return new Root("Title", root().leaves(), root().words(), last);
  }

  private static String of(Object model) {
    return ModelDigest.of(model, NONE, AS_IS);
  }

  @Test
  void anythingATemplateCanReadChangesIt() {
    String base = of(root());
    assertEquals(base, of(root()), "the same data, the same digest");
    List<Root> changed =
        List.of(
            new Root("Title ", root().leaves(), root().words(), root().last()),
            new Root("Title", List.of(leaf("a")), root().words(), root().last()),
            new Root("Title", List.of(leaf("b"), leaf("a")), root().words(), root().last()),
            new Root("Title", List.of(leaf("a"), leaf("c")), root().words(), root().last()),
            new Root("Title", root().leaves(), Map.of("blank", "Blank"), root().last()),
            new Root("Title", root().leaves(), Map.of(), root().last()),
            new Root("Title", root().leaves(), root().words(), null),
            withLast(new Leaf("z", 2, false, Kind.PAPER, Optional.of("x"))),
            withLast(new Leaf("z", 1, true, Kind.PAPER, Optional.of("x"))),
            withLast(new Leaf("z", 1, false, Kind.MINUTES, Optional.of("x"))),
            withLast(new Leaf("z", 1, false, Kind.PAPER, Optional.empty())),
            withLast(new Leaf("z", 1, false, Kind.PAPER, Optional.of(""))));
    Set<String> seen = new java.util.HashSet<>();
    seen.add(base);
    for (Root r : changed) {
      assertEquals(true, seen.add(of(r)), "a change that gave a digest seen before: " + r);
    }
    // strings run together differently are different data
    assertNotEquals(of(List.of("ab", "c")), of(List.of("a", "bc")));
    assertNotEquals(of(List.of("", "")), of(List.of("")));
    assertNotEquals(of(List.of(List.of())), of(List.of()));
    assertNotEquals(of("1"), of(1), "a number and the text of it");
  }

  @Test
  void aMapIsReadInTheOrderOfItsKeys() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("a", "1");
    one.put("b", "2");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("b", "2");
    other.put("a", "1");
    assertEquals(of(one), of(other));
  }

  @Test
  void aLongTextAlreadyDigestedIsWrittenAsItsDigestAndAFileByItsBytes() {
    String html = "<p>a long document</p>".repeat(100);
    String digested = ModelDigest.of(List.of(html), s -> s == html ? "d1" : null, AS_IS);
    assertNotEquals(of(List.of(html)), digested, "written as its digest");
    assertNotEquals(
        digested,
        ModelDigest.of(List.of(html), s -> s == html ? "d2" : null, AS_IS),
        "another digest, another key");
    // a text that names a file is held by what the file holds, never by its digest as text
    String image = "<img src=\"file:/content/chart.png\">";
    String before =
        ModelDigest.of(
            List.of(image), s -> "same", s -> s.replace("file:/content/chart.png", "v1"));
    String after =
        ModelDigest.of(
            List.of(image), s -> "same", s -> s.replace("file:/content/chart.png", "v2"));
    assertNotEquals(before, after, "the picture changed under the same name");
  }

  @Test
  void aValueOfAnUnknownTypeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> of(List.of(new Object())));
    assertThrows(IllegalArgumentException.class, () -> of(Map.of(1, "one")));
  }
}
