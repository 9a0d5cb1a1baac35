package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Exemption;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Role;
import org.tabled.model.Site;
import org.tabled.pdf.view.FrontSheetView;
import org.tabled.pdf.view.FrontSheetView.ItemView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.AgendaText;
import org.tabled.view.Agendas;
import org.tabled.view.Attendance;
import org.tabled.view.Contacts;
import org.tabled.view.Roster;

/**
 * The front sheet of a pack (DOMAIN.md §1.1): everything but the page ranges is fixed when it is
 * made; {@link #view} fills in the ranges from a {@link PagePlan}.
 */
final class FrontSheet {

  /** Printed in place of page ranges on the first, layout-only pass: as wide as real ranges get. */
  static final PagePlan.Range PLACEHOLDER = new PagePlan.Range(999, 999);

  private final FrontSheetView base;
  private final Map<Integer, List<String>> itemDocs;

  /**
   * @param base the front sheet with no page ranges
   * @param itemDocs for each item number, the ids of its documents in the pack, in order
   */
  FrontSheet(FrontSheetView base, Map<Integer, List<String>> itemDocs) {
    this.base = base;
    this.itemDocs = Map.copyOf(itemDocs);
  }

  /** The front sheet with the page ranges from {@code plan}, or placeholders if it is null. */
  FrontSheetView view(PagePlan plan) {
    return new FrontSheetView(
        base.masthead(),
        base.logoSrc(),
        base.logoAlt(),
        base.committee(),
        base.date(),
        base.time(),
        base.venue(),
        base.councillors(),
        base.coOptedVoting(),
        base.coOptedNonVoting(),
        base.admissionHtml(),
        base.membersNoteHtml(),
        base.officerName(),
        base.officerTitle(),
        base.officerEmail(),
        base.officerPhone(),
        base.website(),
        ranges(base.part1(), plan),
        ranges(base.part2(), plan),
        base.part2Note(),
        base.signOffName(),
        base.signOffTitle(),
        base.published(),
        base.confidential(),
        base.groups(),
        base.alsoExpected());
  }

  private List<ItemView> ranges(List<ItemView> items, PagePlan plan) {
    List<ItemView> out = new ArrayList<>();
    for (ItemView i : items) {
      List<String> docs = itemDocs.getOrDefault(i.number(), List.of());
      String pages =
          docs.isEmpty() ? "" : (plan == null ? PLACEHOLDER : plan.range(docs)).toString();
      out.add(
          new ItemView(
              i.number(),
              i.title(),
              i.purpose(),
              i.subItems(),
              pages,
              i.marker(),
              i.href(),
              i.exemption()));
    }
    return out;
  }

  /**
   * The front sheet of meeting {@code m}.
   *
   * @param itemDocs for each item, the ids of its documents in the pack (items without papers in
   *     the pack are absent)
   */
  static FrontSheet of(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      Map<Integer, List<String>> itemDocs,
      MarkdownEngine markdown) {
    Site site = pub.council().site();
    Agendas.Parts parts = Agendas.parts(m);
    List<ItemView> part1 = parts.part1().stream().map(i -> item(pub, m, i, itemDocs)).toList();
    List<ItemView> part2 = parts.part2().stream().map(i -> item(pub, m, i, itemDocs)).toList();
    Roster roster = Roster.of(c, m.date(), pub.council());
    Contacts.Officer officer = Contacts.officer(pub.council(), c);
    Person signer = person(pub, m.signedOffBy());
    String logoSrc = site.logo().map(l -> l.file().toUri().toString()).orElse("");
    String logoAlt = site.logo().map(l -> l.alt()).orElse("");
    return new FrontSheet(
        new FrontSheetView(
            site.masthead(),
            logoSrc,
            logoAlt,
            c.title(),
            Dates.long_(m.date(), site.houseStyle()),
            Dates.time(m.time(), site.houseStyle()),
            m.venue(),
            labels(roster.councillors()),
            labels(roster.votingCoOpted()),
            labels(roster.nonVotingCoOpted()),
            html(pub, markdown, site.admissionNote(), "admission-"),
            html(pub, markdown, site.membersNote(), "members-note-"),
            officer.name(),
            officer.jobTitle(),
            officer.email(),
            officer.phone(),
            site.website(),
            part1,
            part2,
            Agendas.part2Note(pub.confidential()),
            signer.name(),
            signer.kind() == PersonKind.OFFICER && !signer.jobTitle().isBlank()
                ? signer.jobTitle()
                : "Chief Executive",
            Dates.medium(m.published().orElse(m.date()), site.houseStyle()),
            pub.confidential(),
            groups(site, roster),
            Attendance.others(m.alsoExpected(), m.date(), pub.council()).stream()
                .map(Attendance.Line::label)
                .toList()),
        itemDocs);
  }

  /**
   * The membership lines: the committee's own groups when it names them, else councillors (always
   * printed) and the voting and non-voting co-opted members. Co-opted members' names carry whom
   * they represent, so a line holding any is joined with semicolons.
   */
  private static List<FrontSheetView.MemberGroup> groups(Site site, Roster roster) {
    List<FrontSheetView.MemberGroup> out = new ArrayList<>();
    if (!roster.groups().isEmpty()) {
      roster.groups().stream()
          .filter(g -> !g.members().isEmpty())
          .forEach(g -> out.add(new FrontSheetView.MemberGroup(g.heading(), join(g.members()))));
      return out;
    }
    out.add(
        new FrontSheetView.MemberGroup(
            site.houseStyle().word("councillors"), join(roster.councillors())));
    if (!roster.votingCoOpted().isEmpty()) {
      out.add(
          new FrontSheetView.MemberGroup(
              site.houseStyle().word("co_opted_voting"), join(roster.votingCoOpted())));
    }
    if (!roster.nonVotingCoOpted().isEmpty()) {
      out.add(
          new FrontSheetView.MemberGroup(
              site.houseStyle().word("co_opted_non_voting"), join(roster.nonVotingCoOpted())));
    }
    return out;
  }

  private static String join(List<Roster.Member> members) {
    boolean coOpted = members.stream().anyMatch(m -> m.role() == Role.CO_OPTED);
    return String.join(coOpted ? "; " : ", ", labels(members));
  }

  private static ItemView item(
      PublishedCouncil pub, Meeting m, AgendaItem item, Map<Integer, List<String>> itemDocs) {
    List<String> docs = itemDocs.getOrDefault(item.number(), List.of());
    List<String> subs = new ArrayList<>();
    for (int i = 0; i < item.subItems().size(); i++) {
      subs.add("(" + (char) ('a' + i) + ") " + item.subItems().get(i));
    }
    return new ItemView(
        item.number(),
        item.title().toUpperCase(Locale.UK),
        AgendaText.purpose(pub, item),
        subs,
        "",
        AgendaText.marker(pub, m, item),
        docs.isEmpty() ? "" : "#" + docs.get(0),
        item.exemption().map(Exemption::statement).orElse(""));
  }

  private static List<String> labels(List<Roster.Member> members) {
    return members.stream().map(Roster.Member::label).toList();
  }

  static Person person(PublishedCouncil pub, PersonId id) {
    return pub.council()
        .person(id)
        .orElseThrow(() -> new IllegalStateException("unknown person " + id));
  }

  static String html(PublishedCouncil pub, MarkdownEngine markdown, Markdown md, String prefix) {
    if (md == null || md.isBlank()) {
      return "";
    }
    return markdown.render(pub.doc(md), new RenderOptions(prefix, 1, p -> p.toUri().toString()));
  }
}
