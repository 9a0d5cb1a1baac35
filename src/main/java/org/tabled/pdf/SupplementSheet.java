package org.tabled.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Exemption;
import org.tabled.model.HouseStyle;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.Person;
import org.tabled.model.PersonKind;
import org.tabled.model.Site;
import org.tabled.pdf.view.SupplementSheetView;
import org.tabled.pdf.view.SupplementSheetView.Item;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.AgendaText;
import org.tabled.view.Agendas;
import org.tabled.view.Contacts;

/**
 * The front sheet of a supplementary agenda: like the agenda pack's ({@link FrontSheet}), its page
 * ranges are filled in from a {@link PagePlan} once the pages are known, and printed with the
 * supplement's page-number prefix ("(Pages S1 - S6)").
 */
final class SupplementSheet {

  static final String TEMPLATE = "print/supplement-front-sheet.ftlh";

  private final SupplementSheetView base;
  private final Map<Integer, List<String>> itemDocs;
  private final String prefix;

  private SupplementSheet(
      SupplementSheetView base, Map<Integer, List<String>> itemDocs, String prefix) {
    this.base = base;
    this.itemDocs = Map.copyOf(itemDocs);
    this.prefix = prefix;
  }

  /** The front sheet with the page ranges from {@code plan}, or placeholders if it is null. */
  SupplementSheetView view(PagePlan plan) {
    return new SupplementSheetView(
        base.masthead(),
        base.logoSrc(),
        base.logoAlt(),
        base.heading(),
        base.committee(),
        base.date(),
        base.time(),
        base.venue(),
        base.intro(),
        base.officerName(),
        base.officerTitle(),
        base.officerEmail(),
        base.officerPhone(),
        ranges(base.part1(), plan),
        ranges(base.part2(), plan),
        base.part2Note(),
        base.signOffName(),
        base.signOffTitle(),
        base.published());
  }

  private List<Item> ranges(List<Item> items, PagePlan plan) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      List<String> docs = itemDocs.getOrDefault(i.number(), List.of());
      PagePlan.Range r =
          docs.isEmpty() ? null : plan == null ? FrontSheet.PLACEHOLDER : plan.range(docs);
      String pages = r == null ? "" : "(Pages " + prefix + r.from() + " - " + prefix + r.to() + ")";
      out.add(
          new Item(
              i.number(),
              i.title(),
              i.purpose(),
              i.subItems(),
              pages,
              i.marker(),
              i.href(),
              i.exemption(),
              i.note(),
              i.urgency()));
    }
    return out;
  }

  /** The words before the Chair's reason for urgency. */
  static final String URGENCY =
      "The Chair has agreed that this item be considered as a matter of urgency because ";

  /**
   * The front sheet of supplement {@code pack} of meeting {@code m}.
   *
   * @param itemDocs for each item, the ids of its documents in the supplement
   * @param prefix printed before page numbers: "S", or empty
   */
  static SupplementSheet of(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      Packs.Pack pack,
      Map<Integer, List<String>> itemDocs,
      String prefix) {
    Site site = pub.council().site();
    Meeting shown = m.withAgenda(pack.items(), m.papers());
    Agendas.Parts parts = Agendas.parts(shown);
    HouseStyle style = site.houseStyle();
    List<Item> part1 = parts.part1().stream().map(i -> item(pub, i, itemDocs)).toList();
    List<Item> part2 = parts.part2().stream().map(i -> item(pub, i, itemDocs)).toList();
    Contacts.Officer officer = Contacts.officer(pub.council(), c);
    Person signer = FrontSheet.person(pub, m.signedOffBy());
    String agenda = m.published().map(p -> Dates.long_(p, style)).orElse("");
    String intro =
        "This supplementary agenda was published on "
            + Dates.long_(pack.date(), style)
            + ". It adds to the"
            + " agenda for this meeting published on "
            + agenda
            + ", whose page numbers are unchanged.";
    return new SupplementSheet(
        new SupplementSheetView(
            site.masthead(),
            site.logo().map(l -> l.file().toUri().toString()).orElse(""),
            site.logo().map(l -> l.alt()).orElse(""),
            "Supplementary Agenda " + pack.id().supplement(),
            c.title(),
            Dates.long_(m.date(), style),
            Dates.time(m.time(), style),
            m.venue(),
            intro,
            officer.name(),
            officer.jobTitle(),
            officer.email(),
            officer.phone(),
            part1,
            part2,
            Agendas.part2Note(pub.confidential()),
            signer.name(),
            signer.kind() == PersonKind.OFFICER && !signer.jobTitle().isBlank()
                ? signer.jobTitle()
                : "Chief Executive",
            Dates.medium(pack.date(), style)),
        itemDocs,
        prefix);
  }

  private static Item item(
      PublishedCouncil pub, AgendaItem item, Map<Integer, List<String>> itemDocs) {
    List<String> docs = itemDocs.getOrDefault(item.number(), List.of());
    List<String> subs = new ArrayList<>();
    for (int i = 0; i < item.subItems().size(); i++) {
      subs.add("(" + (char) ('a' + i) + ") " + item.subItems().get(i));
    }
    String note =
        item.added()
            .map(
                a ->
                    "Added to the agenda on "
                        + Dates.medium(a, pub.council().site().houseStyle())
                        + ".")
            .orElse("The papers for this item were to follow.");
    String urgency = item.urgency().isBlank() ? "" : URGENCY + sentence(item.urgency());
    String marker =
        !item.isExempt() && item.kind() == ItemKind.VERBAL ? AgendaText.verbal(pub) : "";
    return new Item(
        item.number(),
        item.title().toUpperCase(Locale.UK),
        item.isExempt() ? "" : AgendaText.purpose(pub, item),
        subs,
        "",
        marker,
        docs.isEmpty() ? "" : "#" + docs.get(0),
        item.exemption().map(Exemption::statement).orElse(""),
        note,
        urgency);
  }

  /** {@code text} ending with a full stop: the reason is written to follow "because". */
  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
