package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Membership;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeType;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.Role;
import org.tabled.pdf.view.MinutesView;
import org.tabled.pdf.view.MinutesView.Attendance;
import org.tabled.pdf.view.MinutesView.OutcomeGroup;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;

/**
 * The minutes of an earlier meeting as printed in a pack for approval (DOMAIN.md §1.2): heading,
 * opening sentence, attendance, the numbered items with each item's recommendations, actions and
 * requests for information listed after its text, the time the meeting ended and the signature
 * lines.
 */
final class MinutesPrint {

  static final String OUTCOMES = "print/outcomes.ftlh";

  private MinutesPrint() {}

  static MinutesView view(PublishedCouncil pub, Committee c, Meeting held, Minutes min, String idPrefix,
      MarkdownEngine markdown, Templates templates, Diagnostics d) {
    String body = markdown.render(pub.doc(min.body()), new RenderOptions(idPrefix, 0, p -> p.toUri().toString(),
        n -> outcomes(min.outcomes(), n, templates, d)));
    String opening = "Minutes of a meeting of the " + c.title() + " held on " + Dates.long_(held.date()) + " at "
        + Dates.time(held.time()) + " in " + held.venue() + ".";
    return new MinutesView(pub.council().site().masthead(), c.title(), Dates.long_(held.date()), opening,
        min.status() == MinutesStatus.DRAFT, attendance(pub, c, held, min), body,
        min.ended().map(Dates::time).orElse(""), c.chairTitle());
  }

  private static List<Attendance> attendance(PublishedCouncil pub, Committee c, Meeting held, Minutes min) {
    Map<PersonId, Membership> roles = c.membersOn(held.date()).stream()
        .collect(Collectors.toMap(Membership::person, ms -> ms, (a, b) -> a));
    Map<PersonId, PersonId> substituteFor = min.substitutions().stream()
        .collect(Collectors.toMap(Minutes.Substitution::substitute, Minutes.Substitution::member, (a, b) -> a));
    List<String> members = new ArrayList<>();
    List<String> coOpted = new ArrayList<>();
    for (PersonId id : min.present()) {
      Person p = FrontSheet.person(pub, id);
      Membership ms = roles.get(id);
      Role role = ms == null ? Role.SUBSTITUTE : ms.role();
      String name = p.name() + switch (role) {
        case CHAIR -> " (" + c.chairTitle() + ")";
        case VICE_CHAIR -> " (Vice-" + c.chairTitle() + ")";
        default -> "";
      };
      if (substituteFor.containsKey(id)) {
        name += " (substitute for " + FrontSheet.person(pub, substituteFor.get(id)).name() + ")";
      }
      (role == Role.CO_OPTED ? coOpted : members).add(name);
    }
    List<String> also = new ArrayList<>();
    for (Minutes.Attendee a : min.alsoPresent()) {
      Person p = FrontSheet.person(pub, a.person());
      String role = a.as() == null || a.as().isBlank() ? p.roleOn(held.date()) : a.as();
      also.add(p.displayName() + (role.isBlank() ? "" : " (" + role + ")") + (a.online() ? " (online)" : ""));
    }
    List<String> apologies = min.apologies().stream().map(id -> FrontSheet.person(pub, id).name()).toList();
    List<Attendance> out = new ArrayList<>();
    add(out, "Members present", members);
    add(out, "Co-opted members present", coOpted);
    add(out, "Also present", also);
    add(out, "Apologies for absence", apologies);
    return out;
  }

  private static void add(List<Attendance> out, String label, List<String> names) {
    if (!names.isEmpty()) {
      out.add(new Attendance(label, names));
    }
  }

  /** The outcomes recorded under minute item {@code item}, grouped by type, as HTML. */
  private static String outcomes(List<Outcome> all, int item, Templates templates, Diagnostics d) {
    List<OutcomeGroup> groups = new ArrayList<>();
    for (OutcomeType type : OutcomeType.values()) {
      List<String> texts = all.stream().filter(o -> o.item() == item && o.type() == type)
          .map(o -> o.text().strip()).toList();
      if (!texts.isEmpty()) {
        groups.add(new OutcomeGroup(type.plural(), texts));
      }
    }
    if (groups.isEmpty()) {
      return "";
    }
    return templates.render(OUTCOMES, Map.of("groups", groups), d).orElseThrow(() -> new TemplateFailed(OUTCOMES));
  }
}
