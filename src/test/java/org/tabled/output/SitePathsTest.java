package org.tabled.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tabled.model.CommitteeId;
import org.tabled.model.MeetingId;
import org.tabled.model.PaperId;

class SitePathsTest {

  private static final MeetingId MEETING =
      new MeetingId(new CommitteeId("audit"), LocalDate.of(2025, 3, 11));

  /**
   * A paper's page is {@code MEETING/PAPER/}: every other folder a meeting has must be a name no
   * paper can take, or the paper's page would overwrite it. Every address of a meeting is found by
   * calling each {@code SitePaths} method that takes only a meeting, so a new page added there
   * fails this test until its name is reserved.
   */
  @Test
  void everyFolderOfAMeetingIsAReservedPaperId() throws ReflectiveOperationException {
    Set<String> folders = new TreeSet<>();
    int addresses = 0;
    for (Method method : SitePaths.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          && method.getReturnType() == String.class
          && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == MeetingId.class) {
        String path = (String) method.invoke(null, MEETING);
        String below = path.substring(SitePaths.meeting(MEETING).length());
        addresses++;
        if (!below.isEmpty() && below.contains("/")) {
          folders.add(below.substring(0, below.indexOf('/')));
        }
      }
    }
    assertTrue(addresses >= 4, "found the meeting's addresses: " + addresses);
    assertTrue(!folders.isEmpty(), "a meeting has folders of its own (minutes/)");
    assertEquals(folders, new TreeSet<>(PaperId.RESERVED));
  }

  @Test
  void aPaperPageNeverLandsOnAMeetingFile() {
    // Files of the meeting contain a dot; paper ids cannot.
    assertTrue(SitePaths.pack(MEETING).endsWith(".pdf"));
    assertTrue(SitePaths.meetingIcs(MEETING).endsWith(".ics"));
    assertTrue(SitePaths.meetingJson(MEETING).endsWith(".json"));
  }
}
