package org.tabled.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tabled.format.Dates;
import org.tabled.markdown.RefLink;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.WorkProgramme;
import org.tabled.pdf.view.WorkProgrammeView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.RefTarget;
import org.tabled.view.Appendices;
import org.tabled.view.WorkProgrammes;

/**
 * A committee's work programme printed as an appendix ({@code generate: work-programme}; DOMAIN.md
 * §1.6): the programme for the municipal year of the meeting whose pack it is in, a table of topics
 * for each planned meeting, then the topics not yet given a meeting.
 *
 * <p>A topic whose paper is on a published agenda names that agenda item, as the website does, and
 * like a cross-reference it is a link with its page: "(see page 23)" in the same pack, "(page 5 of
 * the agenda pack for 22 September 2026)" in another. A paper on an agenda not published yet is not
 * named.
 */
final class WorkProgrammePrint {

  static final String TEMPLATE = "print/work-programme.ftlh";

  private WorkProgrammePrint() {}

  /** The view of appendix {@code a}, for a pack or paper of meeting {@code m}. */
  static WorkProgrammeView view(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      Paper paper,
      Appendix a,
      PdfRefs refs,
      PdfRefs.Scope scope) {
    Optional<WorkProgramme> wp = WorkProgrammes.of(pub, c, m.date());
    List<WorkProgrammeView.Round> rounds = new ArrayList<>();
    List<WorkProgrammeView.Topic> unallocated = new ArrayList<>();
    if (wp.isPresent()) {
      for (WorkProgramme.Round r : wp.get().rounds()) {
        rounds.add(
            new WorkProgrammeView.Round(
                Dates.long_(r.date(), pub.council().site().houseStyle()),
                r.theme(),
                r.topics().stream().map(t -> topic(pub, t, r.date(), refs, scope)).toList()));
      }
      // Unallocated topics have no meeting: their leads' roles are given as on this meeting's day.
      wp.get().unallocated().forEach(t -> unallocated.add(topic(pub, t, m.date(), refs, scope)));
    }
    return new WorkProgrammeView(
        paper.layout().generated().isPresent() ? "" : Appendices.name(a), // the paper itself
        a.title(),
        c.title(),
        wp.map(WorkProgramme::year)
            .orElse(Dates.municipalYear(m.date(), pub.council().site().houseStyle())),
        wp.isPresent(),
        rounds,
        unallocated);
  }

  private static WorkProgrammeView.Topic topic(
      PublishedCouncil pub,
      WorkProgramme.Topic t,
      LocalDate day,
      PdfRefs refs,
      PdfRefs.Scope scope) {
    List<String> leads =
        WorkProgrammes.leads(pub.council(), t, day).stream()
            .map(WorkProgrammes.Lead::label)
            .toList();
    Optional<RefLink> item = WorkProgrammes.item(pub, t).map(i -> link(pub, i, refs, scope));
    return new WorkProgrammeView.Topic(
        t.title(),
        t.purpose(),
        leads,
        item.map(RefLink::text).orElse(""),
        item.map(RefLink::href).orElse(""),
        item.map(RefLink::suffix).orElse(""));
  }

  /**
   * The link to agenda item {@code i}: "Item 5 (page 9 of the agenda pack for 14 July 2026)", the
   * date once.
   */
  private static RefLink link(
      PublishedCouncil pub, RefTarget.Item i, PdfRefs refs, PdfRefs.Scope scope) {
    RefLink link = refs.link(i, WorkProgrammes.itemText(pub, i), Optional.empty(), scope);
    return link.suffix()
            .contains(Dates.medium(i.meeting().date(), pub.council().site().houseStyle()))
        ? refs.link(i, "Item " + i.number(), Optional.empty(), scope)
        : link;
  }
}
