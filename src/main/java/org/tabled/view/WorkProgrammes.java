package org.tabled.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.WorkProgramme;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;

/**
 * What the work programme page and the work programme printed in a pack say the same way: which
 * programme a meeting's year has, which agenda item took a topic, and who leads it.
 */
public final class WorkProgrammes {

  private WorkProgrammes() {}

  /**
   * Committee {@code c}'s work programme for a meeting on {@code day}, if it has one: the programme
   * that plans a meeting on that day (one may plan a meeting in the first weeks of the next year),
   * else the programme of the municipal year of {@code day} (as the council's house style counts
   * years). The one decision for packs, pages and links.
   */
  public static Optional<WorkProgramme> of(PublishedCouncil pub, Committee c, LocalDate day) {
    Optional<WorkProgramme> planning =
        c.workProgrammes().stream()
            .filter(w -> w.rounds().stream().anyMatch(r -> r.date().equals(day)))
            .findFirst();
    if (planning.isPresent()) {
      return planning;
    }
    String year = Dates.municipalYear(day, pub.council().site().houseStyle());
    return c.workProgrammes().stream().filter(w -> w.year().equals(year)).findFirst();
  }

  /**
   * The agenda item that takes topic {@code t}, once its paper is on an agenda the audience can
   * see, wherever the paper ended up ({@link PublishedCouncil#itemCarrying}).
   */
  public static Optional<RefTarget.Item> item(PublishedCouncil pub, WorkProgramme.Topic t) {
    return t.paper().flatMap(pub::itemCarrying);
  }

  /** How a topic names its agenda item: "Item 5, 22 September 2026". */
  public static String itemText(PublishedCouncil pub, RefTarget.Item item) {
    return "Item "
        + item.number()
        + ", "
        + Dates.medium(item.meeting().date(), pub.council().site().houseStyle());
  }

  /**
   * Who will report on topic {@code t}, with their roles on {@code day}: the round's date for a
   * planned meeting; for an unallocated topic, the day of the document (the build's day on the
   * website, the meeting's day in its pack).
   */
  public static List<Lead> leads(Council council, WorkProgramme.Topic t, LocalDate day) {
    return t.leads().stream()
        .map(
            l ->
                new Lead(
                    l.person().flatMap(council::person).map(p -> Names.Named.on(p, day)), l.text()))
        .toList();
  }

  /**
   * A topic's lead as printed: a person with their role on the day, or a role or organisation in
   * the words the programme gives.
   *
   * @param person the person, when the lead names one
   * @param text the role or organisation, when it names no person
   */
  public record Lead(Optional<Names.Named> person, String text) {

    /** "Councillor Amara Osei, Cabinet Member for Children", or the text: "Director of Housing". */
    public String label() {
      return person.map(Names.Named::label).orElse(text);
    }
  }
}
