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
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;
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

  @Test
  void aPaperInASupplementaryAgendaIsCitedByThatPack() {
    // the youth voice report of 1 December 2026 came out a week after its agenda
    MeetingId meeting =
        new MeetingId(new CommitteeId("children-scrutiny"), LocalDate.of(2026, 12, 1));
    PublishedCouncil pub = Councils.publish(Councils.example(), LocalDate.of(2026, 11, 30));
    PackMaps maps = new PackMaps(Set.of(meeting));
    maps.put(meeting, Map.of()); // the agenda pack is laid out and does not print it
    PdfRefs.Scope elsewhere =
        new PdfRefs.Scope(Optional.empty(), Set.of(), Map.of(), Map.of(), maps.reader());
    RefLink link =
        new PdfRefs(pub)
            .link(
                new RefTarget.Paper(meeting, new PaperId("youth-voice-final-report")),
                "",
                Optional.empty(),
                elsewhere);
    assertEquals(" (supplementary agenda 1 for 1 December 2026)", link.suffix(), link.toString());
    // a paper of the agenda pack itself is not said to be in a supplement
    RefLink main =
        new PdfRefs(pub)
            .link(
                new RefTarget.Paper(meeting, new PaperId("social-care-workforce")),
                "",
                Optional.empty(),
                elsewhere);
    assertEquals("", main.suffix(), main.toString());
  }
}
