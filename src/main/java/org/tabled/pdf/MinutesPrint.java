package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Meeting;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeType;
import org.tabled.pdf.view.MinutesView;
import org.tabled.pdf.view.MinutesView.Attendance;
import org.tabled.pdf.view.MinutesView.OutcomeGroup;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;
import org.tabled.view.Decisions;
import org.tabled.view.MinuteLabels;

/**
 * The minutes of an earlier meeting as printed in a pack for approval (DOMAIN.md §1.2): heading,
 * opening sentence, attendance, the numbered items with each item's recommendations, actions and
 * requests for information listed after its text, the time the meeting ended and the signature
 * lines.
 */
final class MinutesPrint {

  static final String OUTCOMES = "print/outcomes.ftlh";

  private MinutesPrint() {}

  /** The minutes of {@code held}, whose body is already rendered as {@code bodyHtml}. */
  static MinutesView view(
      PublishedCouncil pub, Committee c, Meeting held, Minutes min, String bodyHtml) {
    HouseStyle hs = pub.council().site().houseStyle();
    String opening =
        "Minutes of a meeting of the "
            + c.title()
            + " held on "
            + Dates.long_(held.date(), hs)
            + " at "
            + Dates.time(held.time(), hs)
            + " in "
            + held.venue()
            + ".";
    return new MinutesView(
        pub.council().site().masthead(),
        c.title(),
        Dates.long_(held.date(), hs),
        opening,
        min.status() == MinutesStatus.DRAFT,
        attendance(pub, c, held, min),
        bodyHtml,
        min.ended().map(t -> Dates.time(t, hs)).orElse(""),
        c.chairTitle(),
        min.declarations().stream()
            .map(
                dec ->
                    MinuteLabels.declaration(pub.council().person(dec.person()).orElseThrow(), dec))
            .toList());
  }

  /** The attendance lists, from the shared {@link org.tabled.view.Attendance} view. */
  private static List<Attendance> attendance(
      PublishedCouncil pub, Committee c, Meeting held, Minutes min) {
    org.tabled.view.Attendance a = org.tabled.view.Attendance.of(min, held, c, pub.council());
    List<Attendance> out = new ArrayList<>();
    a.sections(pub.council().site().houseStyle())
        .forEach(s -> add(out, s.heading(), labels(s.lines())));
    return out;
  }

  private static List<String> labels(List<org.tabled.view.Attendance.Line> lines) {
    return lines.stream().map(org.tabled.view.Attendance.Line::label).toList();
  }

  private static void add(List<Attendance> out, String label, List<String> names) {
    if (!names.isEmpty()) {
      out.add(new Attendance(label, names));
    }
  }

  /**
   * The outcomes recorded under the minute numbered {@code number} of meeting {@code held}, grouped
   * by type, as HTML.
   */
  static String outcomes(
      PublishedCouncil pub,
      Meeting held,
      Minutes min,
      int number,
      Templates templates,
      Diagnostics d) {
    List<Outcome> under = Decisions.outcomesOf(pub, held.id(), min, number);
    List<OutcomeGroup> groups = new ArrayList<>();
    for (OutcomeType type : OutcomeType.values()) {
      List<String> texts =
          under.stream().filter(o -> o.type() == type).map(o -> o.text().strip()).toList();
      if (!texts.isEmpty()) {
        groups.add(new OutcomeGroup(type.plural(), texts));
      }
    }
    if (groups.isEmpty()) {
      return "";
    }
    return templates
        .render(OUTCOMES, Map.of("groups", groups), d)
        .orElseThrow(() -> new TemplateFailed(OUTCOMES));
  }
}
