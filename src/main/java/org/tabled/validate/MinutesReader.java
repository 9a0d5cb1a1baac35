package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.load.RawMarkdown;
import org.tabled.load.YamlNode;
import org.tabled.model.AgendaItem;
import org.tabled.model.Markdown;
import org.tabled.model.Membership;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.OutcomeType;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.source.SourcePos;

/**
 * Reads {@code minutes.md}: attendance, declarations, tracked outcomes and the minutes text, and
 * checks attendance against the committee's membership on the meeting date.
 */
final class MinutesReader {

  private static final List<String> STATUSES = Documents.MINUTES.values("status");
  private static final List<String> TYPES = Documents.OUTCOME.values("type");

  private MinutesReader() {}

  /**
   * @param members the committee's memberships
   * @param membersValid false when the membership had errors: attendance is then not checked
   *     against it, so one mistake is reported once
   * @param agenda the meeting's agenda, for declarations
   * @param outcomeIds receives the id of every outcome written in these minutes with where it is
   *     written, in the order written, for the check that ids are unique across the council ({@link
   *     Validator})
   * @param committeeOutcomes receives the id of every outcome written in these minutes, even one
   *     with errors, so that its tracker response is not reported as answering nothing
   */
  static Optional<Minutes> read(
      RawMarkdown file,
      LocalDate date,
      List<Membership> members,
      boolean membersValid,
      List<AgendaItem> agenda,
      List<Map.Entry<String, SourcePos>> outcomeIds,
      Set<String> committeeOutcomes,
      Registry known,
      Diagnostics d) {
    Optional<Fields> of = Fields.of(file.front(), Documents.MINUTES, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields f = of.get();
    MinutesStatus status =
        f.choice("status", STATUSES)
            .map(s -> MinutesStatus.valueOf(s.toUpperCase(Locale.ROOT)))
            .orElse(MinutesStatus.DRAFT);
    Set<PersonId> sitting = Attendees.sitting(members, date);
    Set<PersonId> substitutes = new HashSet<>();
    List<Minutes.Substitution> substitutions =
        substitutions(f, sitting, membersValid, substitutes, known, d);
    Set<PersonId> absentMembers = new HashSet<>();
    substitutions.forEach(s -> absentMembers.add(s.member()));

    List<PersonId> present = new ArrayList<>();
    for (Fields.Ref r : f.ids("present")) {
      known
          .person(r, "member present")
          .ifPresent(
              p -> {
                if (present.contains(p.id())) {
                  d.error(r.pos(), "'" + p.id() + "' is listed twice in 'present'");
                } else if (membersValid
                    && !sitting.contains(p.id())
                    && !substitutes.contains(p.id())) {
                  d.error(
                      r.pos(),
                      "'"
                          + p.id()
                          + "' is recorded as present but is not a member of this committee on "
                          + date,
                      "list officers and guests under also_present, and substitutes under substitutions");
                } else if (absentMembers.contains(p.id())) {
                  d.error(
                      r.pos(),
                      "'" + p.id() + "' is recorded as present but also as substituted for");
                } else {
                  present.add(p.id());
                }
              });
    }
    for (PersonId s : substitutes) {
      if (f.has("present") && !present.contains(s)) {
        d.error(f.pos("substitutions"), "substitute '" + s + "' is not listed in 'present'");
      }
    }
    List<PersonId> apologies = new ArrayList<>();
    for (Fields.Ref r : f.ids("apologies")) {
      known
          .person(r, "member sending apologies")
          .ifPresent(
              p -> {
                if (membersValid && !sitting.contains(p.id())) {
                  d.error(
                      r.pos(),
                      "'"
                          + p.id()
                          + "' sent apologies but is not a member of this committee on "
                          + date,
                      "list people who are not members (cabinet members, officers, guests) under also_apologies");
                } else if (present.contains(p.id())) {
                  d.error(
                      r.pos(),
                      "'" + p.id() + "' is recorded both as present and as sending apologies");
                } else {
                  apologies.add(p.id());
                }
              });
    }
    List<Minutes.Attendee> also = new ArrayList<>();
    List<Minutes.Attendee> alsoApologies = new ArrayList<>();
    others(
        f,
        date,
        membersValid ? sitting : Set.of(),
        present,
        apologies,
        also,
        alsoApologies,
        known,
        d);
    Set<Integer> itemNumbers = new HashSet<>();
    agenda.forEach(i -> itemNumbers.add(i.number()));
    List<Minutes.Declaration> declarations = new ArrayList<>();
    for (YamlNode n : f.list("declarations")) {
      Fields.of(n, Documents.DECLARATION, d)
          .ifPresent(
              dec -> {
                Optional<Person> p =
                    dec.id("person").flatMap(r -> known.person(r, "person declaring an interest"));
                Optional<Integer> item = dec.integer("item");
                item.filter(i -> !itemNumbers.contains(i))
                    .ifPresent(
                        i ->
                            d.error(
                                dec.pos("item"),
                                "there is no agenda item " + i + " in this meeting's agenda"));
                // no item: the interest concerns the whole meeting; a wrong item is reported
                boolean itemOk =
                    item.isPresent() ? itemNumbers.contains(item.get()) : !dec.has("item");
                if (p.isPresent() && itemOk) {
                  declarations.add(
                      new Minutes.Declaration(
                          p.get().id(), item, dec.text("interest", ""), dec.pos()));
                }
              });
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (YamlNode n : f.list("outcomes")) {
      outcome(n, itemNumbers, outcomeIds, committeeOutcomes, known, d).ifPresent(outcomes::add);
    }
    boolean publish =
        f.restricting(
                "publish",
                f::optBool,
                false,
                "write publish: true to publish the draft before it is approved, or remove the key")
            .orElse(false);
    return Optional.of(
        new Minutes(
            status,
            publish,
            present,
            also,
            apologies,
            substitutions,
            declarations,
            f.time("ended"),
            outcomes,
            new Markdown(file.body(), file.bodyPos(), file.dir()),
            file.front().pos(),
            alsoApologies));
  }

  private static List<Minutes.Substitution> substitutions(
      Fields f,
      Set<PersonId> sitting,
      boolean membersValid,
      Set<PersonId> substitutes,
      Registry known,
      Diagnostics d) {
    List<Minutes.Substitution> out = new ArrayList<>();
    for (YamlNode n : f.list("substitutions")) {
      Fields.of(n, Documents.SUBSTITUTION, d)
          .ifPresent(
              s -> {
                Optional<Person> sub =
                    s.id("substitute")
                        .flatMap(
                            r -> known.person(r, "substitute", List.of(PersonKind.COUNCILLOR)));
                Optional<Person> member =
                    s.id("for").flatMap(r -> known.person(r, "member substituted for"));
                sub.ifPresent(p -> substitutes.add(p.id()));
                member
                    .filter(
                        m -> membersValid && !sitting.contains(m.id()) && !known.isBroken(m.id()))
                    .ifPresent(
                        m ->
                            d.error(
                                s.pos("for"),
                                "'"
                                    + m.id()
                                    + "' is not a member of this committee on the meeting date, so nobody can substitute for them"));
                if (sub.isPresent() && member.isPresent()) {
                  out.add(new Minutes.Substitution(sub.get().id(), member.get().id(), s.pos()));
                }
              });
    }
    return out;
  }

  /**
   * People who are not members: those present ({@code also_present}) and those who sent apologies
   * ({@code also_apologies}). Nobody may be in both, nor also among the members present (a
   * substitute) or sending apologies.
   */
  private static void others(
      Fields f,
      LocalDate date,
      Set<PersonId> sitting,
      List<PersonId> present,
      List<PersonId> apologies,
      List<Minutes.Attendee> also,
      List<Minutes.Attendee> alsoApologies,
      Registry known,
      Diagnostics d) {
    for (Minutes.Attendee a :
        Attendees.read(f, "also_present", sitting, date, "present", known, d)) {
      if (present.contains(a.person())) {
        d.error(a.pos(), "'" + a.person() + "' is already recorded as present");
      } else {
        also.add(a);
      }
    }
    for (Minutes.Attendee a :
        Attendees.read(f, "also_apologies", sitting, date, "apologies", known, d)) {
      if (present.contains(a.person())
          || also.stream().anyMatch(o -> o.person().equals(a.person()))) {
        d.error(
            a.pos(),
            "'" + a.person() + "' is recorded both as present and as sending apologies",
            "keep them in one list: also_present if they came, also_apologies if they did not");
      } else if (apologies.contains(a.person())) {
        d.error(a.pos(), "'" + a.person() + "' is listed in both apologies and also_apologies");
      } else {
        alsoApologies.add(a);
      }
    }
  }

  private static Optional<Outcome> outcome(
      YamlNode n,
      Set<Integer> itemNumbers,
      List<Map.Entry<String, SourcePos>> outcomeIds,
      Set<String> committeeOutcomes,
      Registry known,
      Diagnostics d) {
    Optional<Fields> of = Fields.of(n, Documents.OUTCOME, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields o = of.get();
    Optional<Fields.Ref> id = o.id("id");
    id.ifPresent(
        r -> {
          committeeOutcomes.add(r.value());
          outcomeIds.add(Map.entry(r.value(), r.pos()));
        });
    Optional<Integer> item = o.integer("item");
    item.filter(i -> !itemNumbers.contains(i))
        .ifPresent(
            i ->
                d.error(
                    o.pos("item"),
                    "there is no agenda item " + i + " in this meeting's agenda",
                    "'item' is the number of the agenda item the outcome was made under, which its minute records"));
    Optional<OutcomeType> type =
        o.choice("type", TYPES)
            .map(t -> OutcomeType.valueOf(t.toUpperCase(Locale.ROOT).replace('-', '_')));
    Optional<PersonId> political =
        o.id("political_lead")
            .flatMap(r -> known.person(r, "political lead", List.of(PersonKind.COUNCILLOR)))
            .map(Person::id);
    Optional<PersonId> officer =
        o.id("officer_lead")
            .flatMap(
                r ->
                    known.person(
                        r, "officer lead", List.of(PersonKind.OFFICER, PersonKind.EXTERNAL)))
            .map(Person::id);
    if (id.isEmpty() || item.isEmpty() || type.isEmpty() || !itemNumbers.contains(item.get())) {
      return Optional.empty();
    }
    return Optional.of(
        new Outcome(
            new OutcomeId(id.get().value()),
            item.get(),
            type.get(),
            o.text("text", ""),
            political,
            officer,
            o.pos()));
  }
}
