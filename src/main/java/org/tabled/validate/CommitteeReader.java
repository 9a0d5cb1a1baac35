package org.tabled.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.CommitteeId;
import org.tabled.model.Markdown;
import org.tabled.model.MemberOrder;
import org.tabled.model.Membership;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Role;
import org.tabled.source.SourcePos;

/**
 * Reads {@code committee.yaml}: the committee's own settings and membership. Meetings, tracker and
 * work programme are read by their own readers and added by {@link Validator}.
 */
final class CommitteeReader {

  private static final List<String> ROLES = Documents.MEMBERSHIP.values("role");

  /** The committee's own settings, before meetings are attached. */
  record Header(
      String title,
      String shortTitle,
      Markdown purpose,
      PersonId officer,
      List<Membership> members,
      String chairTitle,
      boolean numberFrontSheet,
      String venue,
      Optional<LocalTime> time,
      boolean timeGiven,
      boolean membersValid,
      SourcePos pos,
      List<String> memberGroups,
      MemberOrder memberOrder) {}

  private CommitteeReader() {}

  static Header read(CommitteeId id, RawYaml file, Path dir, Registry known, Diagnostics d) {
    Optional<Fields> of = Fields.of(file.root(), Documents.COMMITTEE, d);
    if (of.isEmpty()) {
      return new Header(
          id.value(),
          id.value(),
          new Markdown("", file.root().pos(), dir),
          new PersonId("unknown"),
          List.of(),
          "Chair",
          true,
          "",
          Optional.empty(),
          false,
          false,
          file.root().pos(),
          List.of(),
          MemberOrder.WRITTEN);
    }
    Fields f = of.get();
    PersonId officer =
        f.id("officer")
            .flatMap(r -> known.person(r, "committee officer", List.of(PersonKind.OFFICER)))
            .map(Person::id)
            .orElse(new PersonId("unknown"));
    List<Membership> members = new ArrayList<>();
    Map<PersonId, List<Membership>> byPerson = new HashMap<>();
    int errorsBefore = d.errorCount();
    List<String> groups = f.has("member_groups") ? f.texts("member_groups") : List.of();
    for (YamlNode n : f.list("members")) {
      member(n, known, groups, d)
          .ifPresent(
              m -> {
                for (Membership other : byPerson.getOrDefault(m.person(), List.of())) {
                  if (overlaps(m, other)) {
                    d.error(
                        m.pos(),
                        "'" + m.person() + "' is listed twice for overlapping dates",
                        "give each membership 'from' and 'until' dates that do not overlap");
                    return;
                  }
                }
                byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>()).add(m);
                members.add(m);
              });
    }
    if (f.has("members")
        && members.stream().noneMatch(m -> m.role() == Role.CHAIR)
        && !members.isEmpty()) {
      d.error(f.pos("members"), "the committee has no member with role 'chair'");
    }
    boolean membersValid = d.errorCount() == errorsBefore;
    String title = f.text("title", id.value());
    return new Header(
        title,
        f.text("short_title", title),
        f.markdown("purpose", dir).orElse(new Markdown("", f.pos(), dir)),
        officer,
        members,
        f.text("chair_title", "Chair"),
        f.bool("number_front_sheet", true),
        f.text("venue", ""),
        f.time("time"),
        f.has("time"),
        membersValid,
        f.pos(),
        groups,
        f.choice("member_order", Documents.COMMITTEE.values("member_order"))
            .map(o -> MemberOrder.valueOf(o.toUpperCase(Locale.ROOT)))
            .orElse(MemberOrder.WRITTEN));
  }

  private static Optional<Membership> member(
      YamlNode n, Registry known, List<String> groups, Diagnostics d) {
    Optional<Fields> of = Fields.of(n, Documents.MEMBERSHIP, d);
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields m = of.get();
    Optional<Role> role =
        m.choice("role", ROLES)
            .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT).replace('-', '_')));
    Optional<Person> person = m.id("person").flatMap(r -> known.person(r, "committee member"));
    Optional<LocalDate> from = m.date("from");
    Optional<LocalDate> until = m.date("until");
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      d.error(m.pos("until"), "'until' is before 'from' in this membership");
    }
    if (person.isEmpty() || role.isEmpty()) {
      return Optional.empty();
    }
    Person p = person.get();
    boolean coOpted = role.get() == Role.CO_OPTED;
    if (known.isBroken(p.id())) {
      // the person's file has its own error; nothing more to say here
    } else if (coOpted != (p.kind() == PersonKind.CO_OPTED)) {
      d.error(
          m.pos("role"),
          coOpted
              ? "'"
                  + p.id()
                  + "' has role co-opted but is "
                  + p.kind().key()
                  + " in people/"
                  + p.id()
                  + ".yaml"
              : "'"
                  + p.id()
                  + "' is a co-opted member in people/"
                  + p.id()
                  + ".yaml, so their role must be co-opted");
    } else if (!coOpted && p.kind() != PersonKind.COUNCILLOR) {
      d.error(
          m.pos("person"),
          "'"
              + p.id()
              + "' is "
              + p.kind().key()
              + "; only councillors and co-opted members sit on a committee",
          "officers and guests are recorded in the minutes under also_present");
    }
    boolean voting = true;
    if (coOpted) {
      if (!m.has("voting")) {
        d.error(
            m.pos(),
            "missing required key 'voting' for a co-opted member",
            "write voting: true or voting: false");
      }
      voting = m.bool("voting", false);
    } else if (m.has("voting")) {
      d.error(
          m.pos("voting"), "'voting' only applies to co-opted members; councillors always vote");
    }
    Optional<String> group = m.optText("group").map(String::strip);
    if (group.isPresent() && !groups.contains(group.get())) {
      d.error(
          m.pos("group"),
          groups.isEmpty()
              ? "'group' needs the committee's member_groups, which are not given"
              : "'"
                  + group.get()
                  + "' is not one of the committee's member_groups"
                  + Hints.didYouMean(group.get(), groups),
          groups.isEmpty()
              ? "list the headings under member_groups"
              : "member_groups: " + String.join(", ", groups));
      group = Optional.empty();
    } else if (group.isEmpty() && !groups.isEmpty() && role.get() != Role.SUBSTITUTE) {
      d.error(
          m.pos(),
          "missing 'group': the committee lists its members under member_groups",
          "write the heading this member is listed under, one of: " + String.join(", ", groups));
    }
    return Optional.of(new Membership(p.id(), role.get(), from, until, voting, m.pos(), group));
  }

  private static boolean overlaps(Membership a, Membership b) {
    LocalDate aFrom = a.from().orElse(LocalDate.MIN);
    LocalDate aUntil = a.until().orElse(LocalDate.MAX);
    LocalDate bFrom = b.from().orElse(LocalDate.MIN);
    LocalDate bUntil = b.until().orElse(LocalDate.MAX);
    return !aUntil.isBefore(bFrom) && !bUntil.isBefore(aFrom);
  }
}
