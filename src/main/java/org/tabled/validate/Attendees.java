package org.tabled.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.load.YamlNode;
import org.tabled.model.Membership;
import org.tabled.model.Minutes;
import org.tabled.model.PersonId;

/**
 * Reads a list of people who are not members of the committee: {@code also_expected} in {@code
 * meeting.yaml}, {@code also_present} and {@code also_apologies} in {@code minutes.md}. Each entry
 * is a person id, or a mapping with person, as and online. A sitting member of the committee on the
 * meeting day is an error (members are listed under present and apologies, and are expected without
 * being named), and so is a person named twice in one list.
 */
final class Attendees {

  private Attendees() {}

  /** The sitting members of a committee on {@code day}. */
  static Set<PersonId> sitting(List<Membership> members, LocalDate day) {
    Set<PersonId> out = new HashSet<>();
    for (Membership m : members) {
      if (m.sits() && m.activeOn(day)) {
        out.add(m.person());
      }
    }
    return out;
  }

  /**
   * The people of list {@code key} of {@code f}.
   *
   * @param sitting the committee's sitting members on the day, or empty when the membership had
   *     errors (then nobody is reported as a member, so one mistake is reported once)
   * @param memberKey where members go instead: "present", "apologies", or empty for a meeting
   *     (whose members are expected without being listed)
   */
  static List<Minutes.Attendee> read(
      Fields f,
      String key,
      Set<PersonId> sitting,
      LocalDate day,
      String memberKey,
      Registry known,
      Diagnostics d) {
    List<Minutes.Attendee> out = new ArrayList<>();
    for (YamlNode n : f.list(key)) {
      if (n instanceof YamlNode.Scalar) {
        Fields.id(n, key, d)
            .flatMap(r -> known.person(r, "attendee"))
            .ifPresent(
                p ->
                    add(
                        out,
                        new Minutes.Attendee(p.id(), "", false, n.pos()),
                        key,
                        sitting,
                        day,
                        memberKey,
                        d));
        continue;
      }
      Fields.of(n, Documents.ATTENDEE, d)
          .ifPresent(
              a ->
                  a.id("person")
                      .flatMap(r -> known.person(r, "attendee"))
                      .ifPresent(
                          p ->
                              add(
                                  out,
                                  new Minutes.Attendee(
                                      p.id(), a.text("as", ""), a.bool("online", false), a.pos()),
                                  key,
                                  sitting,
                                  day,
                                  memberKey,
                                  d)));
    }
    return out;
  }

  private static void add(
      List<Minutes.Attendee> out,
      Minutes.Attendee a,
      String key,
      Set<PersonId> sitting,
      LocalDate day,
      String memberKey,
      Diagnostics d) {
    if (sitting.contains(a.person())) {
      d.error(
          a.pos(),
          "'"
              + a.person()
              + "' is listed under "
              + key
              + " but is a member of this committee on "
              + day,
          memberKey.isEmpty()
              ? "members are expected at every meeting without being listed; "
                  + key
                  + " is for people who are not members"
              : "list members under "
                  + memberKey
                  + "; "
                  + key
                  + " is for people who are not members");
    } else if (out.stream().anyMatch(o -> o.person().equals(a.person()))) {
      d.error(a.pos(), "'" + a.person() + "' is listed twice in '" + key + "'");
    } else {
      out.add(a);
    }
  }
}
