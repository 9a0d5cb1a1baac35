package org.tabled.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tabled.markdown.RefLink;
import org.tabled.model.PersonId;
import org.tabled.publish.Audience;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;
import org.tabled.view.Addresses;

/**
 * A PDF links a reference outside itself to exactly the address the website gives the same target
 * ({@link Addresses}), or to nothing: checked for every reference written in the example and the
 * fixtures, without rendering. The packs used to decide this themselves and linked officers to
 * person pages the site does not have.
 */
class PdfRefsTest {

  /** Every reference target written anywhere in {@code content}. */
  private static Set<RefTarget> targets(Path content) {
    Set<RefTarget> out = new LinkedHashSet<>();
    Councils.resolved(content).refs().values().forEach(m -> out.addAll(m.values()));
    return out;
  }

  private static RefLink outside(PublishedCouncil pub, RefTarget t) {
    PdfRefs.Scope nothing =
        new PdfRefs.Scope(
            Optional.empty(), Set.of(), Map.of(), Map.of(), new PackMaps(Set.of()).reader());
    return new PdfRefs(pub).link(t, "", Optional.empty(), nothing);
  }

  @Test
  void everyReferenceLinksWhereTheWebsiteHasItOrNowhere() {
    int linked = 0;
    int unlinked = 0;
    for (var c :
        Map.of(
                Councils.example(),
                LocalDate.of(2026, 11, 23),
                Fixtures.fixture("golden"),
                LocalDate.of(2025, 6, 5),
                Fixtures.fixture("golden-pdf"),
                LocalDate.of(2026, 3, 10))
            .entrySet()) {
      for (Audience audience : Audience.values()) {
        PublishedCouncil pub = Councils.publish(c.getKey(), c.getValue(), audience);
        String base = pub.council().site().baseUrl();
        Addresses site = new Addresses(pub);
        for (RefTarget t : targets(c.getKey())) {
          String href = outside(pub, t).href();
          assertEquals(site.of(t).map(a -> base + a).orElse(""), href, t + " for " + audience);
          if (href.isEmpty()) {
            unlinked++;
          } else {
            linked++;
          }
        }
      }
    }
    assertTrue(linked >= 50, "linked: " + linked);
    assertTrue(unlinked >= 5, "unlinked: " + unlinked);
  }

  @Test
  void anOfficerIsNamedWithoutALink() {
    PublishedCouncil pub = Councils.publish(Councils.example(), LocalDate.of(2026, 11, 23));
    RefLink link = outside(pub, new RefTarget.Person(new PersonId("claire-hennessy")));
    assertEquals("", link.href(), "officers have no page on the website");
    assertEquals("Claire Hennessy", link.text());
    RefLink councillor = outside(pub, new RefTarget.Person(new PersonId("priya-chandran")));
    assertEquals(pub.council().site().baseUrl() + "people/priya-chandran/", councillor.href());
  }
}
