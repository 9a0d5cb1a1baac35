package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.publish.PublishedCouncil;

/**
 * What a pack or paper PDF must hold, worked out from the published council independently of the
 * renderer: the documents in order, each with the running header its pages carry and the text its
 * first page must show.
 */
final class Expected {

  /**
   * One document.
   *
   * @param item the agenda item it belongs to
   * @param runhead the running header on its pages
   * @param title text its first page must contain, or empty (a supplied PDF's own pages)
   * @param outline the outline entry that must point at its first page
   */
  record Doc(int item, String runhead, String title, String outline) {}

  private Expected() {}

  /** The documents of meeting {@code m}'s pack, after the front sheet. */
  static List<Doc> pack(PublishedCouncil pub, Committee c, Meeting m) {
    List<Doc> docs = new ArrayList<>();
    for (AgendaItem item : m.agenda()) {
      if (item.scheduleOfInterests()) {
        // the schedule of interests comes first under its item
        String title = "Schedule of interests";
        docs.add(new Doc(item.number(), title, title, title));
      }
      if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
        Optional<Meeting> held =
            pub.council().meeting(new MeetingId(c.id(), item.minutesOf().get()));
        if (held.isPresent() && held.get().minutes().isPresent()) {
          String runhead =
              "Minutes of the meeting held on "
                  + Dates.medium(held.get().date(), pub.council().site().houseStyle());
          docs.add(
              new Doc(item.number(), runhead, "Minutes of a meeting of the " + c.title(), runhead));
        }
      }
      for (PaperId id : item.papers()) {
        m.paper(id).ifPresent(p -> docs.addAll(paper(item, p)));
      }
    }
    return docs;
  }

  /** A paper and its appendices, as in the pack and in the paper's own PDF. */
  static List<Doc> paper(AgendaItem item, Paper p) {
    List<Doc> docs = new ArrayList<>();
    docs.add(new Doc(item.number(), p.title(), p.title(), p.title()));
    for (Appendix a : p.appendices()) {
      String label = "Appendix " + a.label() + ": " + a.title();
      if (a.source() instanceof Appendix.MarkdownSource
          || a.source() instanceof Appendix.GeneratedSource) {
        docs.add(new Doc(item.number(), label, a.title(), label));
      } else if (a.source() instanceof Appendix.PdfSource) {
        docs.add(new Doc(item.number(), label, "", label));
      }
    }
    return docs;
  }

  /** The agenda item that lists paper {@code p}. */
  static AgendaItem itemOf(Meeting m, Paper p) {
    return m.agenda().stream().filter(i -> i.papers().contains(p.id())).findFirst().orElseThrow();
  }
}
