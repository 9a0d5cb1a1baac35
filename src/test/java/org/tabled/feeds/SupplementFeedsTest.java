package org.tabled.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.testing.Councils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data and the calendar say when a supplementary agenda appears (issue 15): the example's
 * meeting of 1 December 2026 gains Supplementary agenda 1 on 27 November.
 */
class SupplementFeedsTest {

  private static final MeetingId DECEMBER =
      new MeetingId(new CommitteeId("children-scrutiny"), LocalDate.of(2026, 12, 1));
  private static final String PDF = SitePaths.supplement(DECEMBER, 1);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static OutputTree feeds(LocalDate asOf) {
    PublishedCouncil pub = Councils.publish(Councils.example(), asOf);
    OutputTree out = new OutputTree();
    // as the website writes them: each committee's part, then the calendar of all meetings
    for (Committee c : pub.council().committees()) {
      MeetingJson.render(pub, c, Map.of(PDF, new PdfFile(PDF, 4, 64000)), out::put);
      ICalendar.committee(pub, c, out::put);
    }
    ICalendar.all(pub, out);
    return out;
  }

  private static String text(OutputTree out, String path) {
    return new String(out.get(path), StandardCharsets.UTF_8);
  }

  @Test
  void theMeetingJsonListsTheSupplementFromItsDay() {
    JsonNode before =
        JSON.readTree(text(feeds(LocalDate.of(2026, 11, 26)), SitePaths.meetingJson(DECEMBER)));
    assertFalse(before.has("supplements"));
    JsonNode on =
        JSON.readTree(text(feeds(LocalDate.of(2026, 11, 27)), SitePaths.meetingJson(DECEMBER)));
    JsonNode s = on.get("supplements").get(0);
    assertEquals(1, s.get("number").asInt());
    assertEquals("2026-11-27", s.get("published").asString());
    assertEquals(5, s.get("items").get(0).asInt());
    assertTrue(s.get("pdf").get("url").asString().endsWith(PDF), s.toString());
  }

  @Test
  void theCalendarEntrySaysSoAndIsStampedThatDay() {
    String before = text(feeds(LocalDate.of(2026, 11, 26)), SitePaths.meetingIcs(DECEMBER));
    assertFalse(before.contains("Supplementary agenda"));
    assertTrue(before.contains("DTSTAMP:20261120T000000Z"), before);
    String on =
        text(feeds(LocalDate.of(2026, 11, 27)), SitePaths.meetingIcs(DECEMBER))
            .replace("\r\n ", "");
    assertTrue(on.contains("Supplementary agenda 1\\, published 27 November 2026: item 5"), on);
    assertTrue(on.contains("DTSTAMP:20261127T000000Z"), on);
  }
}
