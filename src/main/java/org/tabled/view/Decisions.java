package org.tabled.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tabled.markdown.Outline;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Minute;
import org.tabled.resolve.TrackerEntry;

/**
 * What a held meeting decided on each agenda item, from its minutes: the minute that records the
 * item, its resolutions (the paragraphs starting {@code RESOLVED}) and the recommendations, actions
 * and requests for information made under it, each with where it stands in the tracker. The meeting
 * page shows them under each item; the minutes on the website and in the packs list each minute's
 * outcomes at its end, from {@link #outcomesOf}.
 */
public final class Decisions {

  private Decisions() {}

  /**
   * What was decided on one agenda item.
   *
   * @param minute the minute that records it
   * @param label how the minute is cited, "Minute 4", "Minute 23/2026"
   * @param resolutions the minute's resolutions, in order
   * @param outcomes the outcomes made under the item, in the order minuted, each with its response
   */
  public record Decision(
      Minute minute,
      String label,
      List<Outline.Paragraph> resolutions,
      List<TrackerEntry> outcomes) {
    public Decision {
      Objects.requireNonNull(minute, "minute");
      resolutions = List.copyOf(resolutions);
      outcomes = List.copyOf(outcomes);
    }

    /** True if the minute records neither a resolution nor an outcome. */
    public boolean isEmpty() {
      return resolutions.isEmpty() && outcomes.isEmpty();
    }
  }

  /**
   * The decisions of meeting {@code m} by agenda item number, for the items a minute records, if
   * the audience can see its minutes; empty otherwise.
   */
  public static Map<Integer, Decision> byItem(PublishedCouncil pub, Meeting m) {
    Map<Integer, Decision> out = new LinkedHashMap<>();
    if (m.minutes().isEmpty()) {
      return out;
    }
    Outline outline = pub.doc(m.minutes().get().body()).outline();
    List<TrackerEntry> tracked =
        pub.tracker(m.committee()).stream().filter(e -> e.origin().equals(m.id())).toList();
    for (Minute minute : pub.minutes(m.id())) {
      if (minute.item() == 0) {
        continue;
      }
      List<Outline.Paragraph> resolutions =
          minute.number() == 0
              ? List.of()
              : outline
                  .section(minute.number())
                  .map(s -> s.paragraphs().stream().filter(Outline.Paragraph::resolution).toList())
                  .orElse(List.of());
      List<TrackerEntry> outcomes =
          tracked.stream().filter(e -> e.outcome().item() == minute.item()).toList();
      out.put(
          minute.item(),
          new Decision(minute, MinuteLabels.minute(pub, m.id(), minute), resolutions, outcomes));
    }
    return out;
  }

  /**
   * The outcomes of {@code min} (the minutes of meeting {@code id}) made under the minute numbered
   * {@code number}.
   */
  public static List<Outcome> outcomesOf(
      PublishedCouncil pub, MeetingId id, Minutes min, int number) {
    int item =
        pub.minutes(id).stream()
            .filter(x -> x.number() == number && number > 0)
            .mapToInt(Minute::item)
            .findFirst()
            .orElse(0);
    return item == 0 ? List.of() : min.outcomes().stream().filter(o -> o.item() == item).toList();
  }
}
