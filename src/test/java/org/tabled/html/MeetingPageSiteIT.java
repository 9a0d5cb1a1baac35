package org.tabled.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tabled.testing.Councils;
import org.tabled.testing.Fixtures;
import org.tabled.testing.Sites;

/**
 * The meeting page as residents and councillors use it (issue 16): what was decided under each item
 * of a held meeting, the webcast, the committee officer, how to attend, the minutes as a PDF, why
 * an item is "To follow" and when, and no calendar link for a cancelled meeting.
 */
class MeetingPageSiteIT {

  private static final String AUDIT = "committees/audit/";

  @Test
  void underEachItemOfAHeldMeetingItsDecisionsWithTheirTrackerStatus() throws IOException {
    Document page = TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-03-04/");
    Element item3 = page.getElementById("item-3");
    assertEquals(
        "RESOLVED: That the review be noted.", item3.selectFirst(".decisions p.resolution").text());
    assertEquals(2, item3.select(".decisions .decided li").size());
    Element rec = item3.selectFirst(".decisions .decided li");
    assertTrue(
        rec.text().startsWith("Recommendation: That the Cabinet Member considers repaying"),
        rec.text());
    assertEquals("In progress", rec.selectFirst(".tag").text());
    assertEquals("../tracker/#audit-refinancing-options", rec.selectFirst("a").attr("href"));
    assertEquals("minutes/#section-3", item3.selectFirst(".minute-link a").attr("href"));
    assertTrue(item3.selectFirst(".minute-link a").text().startsWith("Minute 3 in full"));
    assertNull(
        page.getElementById("item-1").selectFirst(".decisions h4"),
        "nothing decided, nothing listed");
    assertEquals(0, page.select(".decisions [id]").size(), "no ids copied from the minutes");
  }

  @Test
  void aMeetingWhoseMinutesAreNotPublishedShowsNoDecisions() throws IOException {
    Path draft =
        Councils.edited(
            Fixtures.fixture("golden"),
            "committees/audit/meetings/2025-03-04/minutes.md",
            "status: approved",
            "status: draft");
    // Before the June agenda, which asks the committee to approve the draft, is published.
    Document page =
        TrackerSiteIT.page(
            Sites.build(draft, LocalDate.of(2025, 6, 1), false), AUDIT + "2025-03-04/");
    assertEquals(0, page.select(".decisions").size());
    assertFalse(page.html().contains("RESOLVED"), "nothing from the unpublished minutes");
  }

  @Test
  void theWebcastIsLinkedWithItsProviderAndWhereEachItemStarts() throws IOException {
    Document held = TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-03-04/");
    Element link = held.selectFirst(".action-links a[href^=https://webcasts.]");
    assertNotNull(link);
    assertEquals("Watch the recording on Fernbrook Webcasts (external site)", link.text());
    assertEquals("external", link.attr("rel"));
    Element item3 = held.getElementById("item-3").selectFirst(".item-webcast a");
    assertEquals("https://webcasts.fernbrook.example/audit/2025-03-04?t=200", item3.attr("href"));
    assertTrue(item3.text().startsWith("Watch this item from 0:03:20"), item3.text());
    assertEquals(
        "https://webcasts.fernbrook.example/audit/2025-03-04",
        held.getElementById("item-4").selectFirst(".item-webcast a").attr("href"),
        "no address of its own: the recording");
    assertNull(
        held.getElementById("item-6").selectFirst(".item-webcast"), "Part 2 is not broadcast");
    Document coming = TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-06-10/");
    assertEquals(
        "Watch the meeting live on Fernbrook Webcasts (external site)",
        coming.selectFirst(".action-links a[href^=https://webcasts.]").text());
    String ics =
        Files.readString(Sites.golden().resolve(AUDIT + "2025-03-04/meeting.ics"))
            .replace("\r\n ", "");
    assertTrue(
        ics.contains(
            "Recording of the meeting (Fernbrook Webcasts): https://webcasts.fernbrook.example/audit/2025-03-04"),
        ics);
  }

  @Test
  void theCommitteeOfficerAndHowToAttend() throws IOException {
    Document coming = TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-06-10/");
    Element contact =
        coming.getElementById("contact").nextElementSiblings().select("ul.contact-list").first();
    assertTrue(contact.text().contains("Ines Marlow, Committee Officer"), contact.text());
    assertEquals(
        "mailto:ines.marlow@fernbrook.example",
        contact.selectFirst("a[href^=mailto:]").attr("href"));
    assertTrue(
        coming
            .selectFirst(".admission-note")
            .text()
            .startsWith("Members of the public are welcome"));
    assertNull(
        TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-03-04/").selectFirst(".admission-note"),
        "a held meeting has no note on attending it");
  }

  @Test
  void toFollowSaysWhenThePaperIsExpected() throws IOException {
    Element item4 =
        TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-06-10/").getElementById("item-4");
    assertEquals(
        "To follow The paper is expected to be published here on 9 June 2025.",
        item4.selectFirst("p:has(.tag)").text());
    Element december =
        TrackerSiteIT.page(Sites.example(), "committees/children-scrutiny/2026-12-01/")
            .getElementById("item-5");
    assertEquals(
        "To follow The paper is expected to be published here on 27 November 2026.",
        december.selectFirst("p:has(.tag)").text());
  }

  @Test
  void aCancelledMeetingOffersNoCalendarEntry() throws IOException {
    Document page = TrackerSiteIT.page(Sites.golden(), AUDIT + "2025-01-14/");
    assertEquals(0, page.select("main a[href$=.ics]").size());
    assertTrue(
        Files.exists(Sites.golden().resolve(AUDIT + "2025-01-14/meeting.ics")),
        "the file stays, so that subscribed calendars learn of the cancellation");
  }

  @Test
  void theMinutesArePublishedAsAPdfBesideThePage() throws IOException {
    String meeting = "committees/communities-scrutiny/2026-10-06/";
    Document page = TrackerSiteIT.page(Sites.example(), meeting);
    Element pdf = page.selectFirst("a[href=minutes/minutes-communities-scrutiny-2026-10-06.pdf]");
    assertNotNull(pdf, "linked from the meeting page");
    assertTrue(
        Files.size(
                Sites.example()
                    .resolve(meeting + "minutes/minutes-communities-scrutiny-2026-10-06.pdf"))
            > 1000);
    Document minutes = TrackerSiteIT.page(Sites.example(), meeting + "minutes/");
    assertNotNull(
        minutes.selectFirst("a[href=minutes-communities-scrutiny-2026-10-06.pdf]"),
        "and from the minutes page");
  }

  @Test
  void aProceduralMinuteHasNoNumberAndThePart2MinuteKeepsItsItems() throws IOException {
    Document minutes =
        TrackerSiteIT.page(Sites.example(), "committees/communities-scrutiny/2026-10-06/minutes/");
    assertEquals(
        "8. Temporary accommodation framework contract award",
        minutes.getElementById("section-8").text());
    assertNull(minutes.getElementById("section-9"));
    assertEquals(
        "Exclusion of the press and public",
        minutes.getElementById("exclusion-of-the-press-and-public").text());
    assertTrue(LocalDate.of(2026, 10, 6).isBefore(Sites.EXAMPLE_AS_OF));
  }
}
