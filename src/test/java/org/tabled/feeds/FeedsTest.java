package org.tabled.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tabled.testing.SiteFiles;
import org.tabled.testing.Sites;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feeds and open data of the golden council: well-formed, complete, and public-only. */
class FeedsTest {

  private static String read(String path) throws Exception {
    return Files.readString(Sites.golden().resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void calendarLinesAreFoldedAndEscapedAsRfc5545Requires() throws Exception {
    String ics = read("committees/audit/2025-03-04/meeting.ics");
    assertTrue(ics.contains("\r\n"), "lines end with CRLF");
    for (String line : ics.split("\r\n")) {
      assertTrue(
          line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
    }
    assertTrue(ics.contains("LOCATION:Council Chamber\\, Fernbrook House\\, Mill Lane"), ics);
    assertTrue(ics.contains("\r\n "), "the long description is folded");
  }

  @Test
  void calendarEventsHaveStableIdsAndTimesInUtcFromUkTime() throws Exception {
    ICalendar march = Biweekly.parse(read("committees/audit/2025-03-04/meeting.ics")).first();
    VEvent e = march.getEvents().get(0);
    assertEquals("meeting-audit-2025-03-04@meetings.fernbrook.example", e.getUid().getValue());
    assertEquals(
        Instant.parse("2025-03-04T19:00:00Z"),
        e.getDateStart().getValue().toInstant(),
        "GMT in March");
    assertEquals(
        Instant.parse("2025-03-04T20:35:00Z"),
        e.getDateEnd().getValue().toInstant(),
        "ended, from the minutes");
    assertEquals(
        Instant.parse("2025-02-24T00:00:00Z"),
        e.getDateTimeStamp().getValue().toInstant(),
        "published date");
    VEvent june =
        Biweekly.parse(read("committees/audit/2025-06-10/meeting.ics")).first().getEvents().get(0);
    assertEquals(
        Instant.parse("2025-06-10T18:00:00Z"),
        june.getDateStart().getValue().toInstant(),
        "7 pm BST");
    VEvent cancelled =
        Biweekly.parse(read("committees/audit/2025-01-14/meeting.ics")).first().getEvents().get(0);
    assertEquals("CANCELLED", cancelled.getStatus().getValue());
    List<VEvent> all = Biweekly.parse(read("meetings.ics")).first().getEvents();
    assertEquals(
        4,
        all.size(),
        "every meeting is in the calendar, 22 July's too though its agenda is not out");
    assertEquals(
        all.size(),
        Biweekly.parse(read("committees/audit/meetings.ics")).first().getEvents().size());
  }

  @Test
  void atomFeedListsPublishedPapersNewestFirst() throws Exception {
    Document feed = xml("papers.atom");
    NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    List<String> got = new ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      got.add(
          ((Element) titles.item(i))
              .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
              .item(0)
              .getTextContent());
    }
    assertEquals(
        List.of("Internal audit plan 2025-26", "Treasury management mid-year review 2024-25"),
        got,
        "no exempt paper, no paper before its own publication date");
  }

  @Test
  void sitemapNamesEveryPageButTheNotFoundPage() throws Exception {
    NodeList locs =
        xml("sitemap.xml")
            .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      listed.add(locs.item(i).getTextContent().replace("https://meetings.fernbrook.example/", ""));
    }
    List<String> pages =
        SiteFiles.pages(Sites.golden()).stream()
            .filter(p -> !p.equals("404.html"))
            .map(SiteFiles::pagePath)
            .sorted()
            .toList();
    assertEquals(pages, listed);
  }

  @Test
  void meetingJsonGivesLinksAndKeepsPartTwoToTitleAndExemption() throws Exception {
    String json = read("committees/audit/2025-03-04/meeting.json");
    assertTrue(
        json.contains(
            "\"url\" : \"https://meetings.fernbrook.example/committees/audit/2025-03-04/treasury-review/\""),
        json);
    int exempt = json.indexOf("\"title\" : \"Dispute with a facilities supplier\"");
    String part2 = json.substring(exempt, json.indexOf('}', exempt));
    assertFalse(part2.contains("purpose"), part2);
    assertTrue(part2.contains("\"exemptParagraph\" : 3"), part2);
    assertTrue(part2.contains("\"papers\" : [ ]"), part2);
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        // well-formed to the end
      }
    }
  }

  private static Document xml(String path) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(Sites.golden().resolve(path))));
  }
}
