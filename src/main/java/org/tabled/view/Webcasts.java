package org.tabled.view;

import java.util.Optional;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Webcast;

/**
 * How a meeting's webcast is offered, the same on its page, in its calendar entry and in the open
 * data: before the meeting it is a webcast to watch live, once held a recording; each is named with
 * its provider, so that people know where the link takes them.
 */
public final class Webcasts {

  private Webcasts() {}

  /** "Recording of the meeting" once held, "Webcast of the meeting" before. */
  public static String name(Meeting m, Webcast w) {
    return m.status() == MeetingStatus.HELD ? "Recording of the meeting" : "Webcast of the meeting";
  }

  /**
   * The link text: "Watch the recording on Ashcombe Webcasting", or before the meeting "Watch the
   * meeting live on Ashcombe Webcasting".
   */
  public static String linkText(Meeting m, Webcast w) {
    return (m.status() == MeetingStatus.HELD
            ? "Watch the recording on "
            : "Watch the meeting live on ")
        + w.provider();
  }

  /** Where agenda item {@code number} starts in the recording, if the content says. */
  public static Optional<Webcast.Start> start(Meeting m, int number) {
    return m.webcast().flatMap(w -> w.items().stream().filter(s -> s.item() == number).findFirst());
  }

  /** Where an item's start links to: the provider's address for that point, or the recording's. */
  public static String href(Webcast w, Webcast.Start s) {
    return s.url().isEmpty() ? w.url() : s.url();
  }
}
