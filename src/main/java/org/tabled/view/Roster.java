package org.tabled.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.Membership;
import org.tabled.model.Person;
import org.tabled.model.Role;

/**
 * A committee's membership on one day, in the order front sheets and committee pages print it:
 * councillors, then co-opted members, voting before non-voting, then named substitutes, each list
 * in the committee's {@code member_order} ({@link MemberOrdering}).
 *
 * @param councillors chair, vice-chair and members
 * @param votingCoOpted co-opted members with a vote
 * @param nonVotingCoOpted co-opted members without a vote
 * @param substitutes named substitutes
 * @param groups the committee's own groups of members ({@code member_groups}), in its order, each
 *     with the sitting members listed under it; empty when the committee names none, and the lists
 *     above are printed instead
 */
public record Roster(
    List<Member> councillors,
    List<Member> votingCoOpted,
    List<Member> nonVotingCoOpted,
    List<Member> substitutes,
    List<Group> groups) {

  public Roster {
    groups = List.copyOf(groups);
    councillors = List.copyOf(councillors);
    votingCoOpted = List.copyOf(votingCoOpted);
    nonVotingCoOpted = List.copyOf(nonVotingCoOpted);
    substitutes = List.copyOf(substitutes);
  }

  /**
   * One member.
   *
   * @param person who
   * @param role their role on the committee
   * @param label their name as printed in a membership list: "Amara Osei (Chair)" for the chair,
   *     using the committee's chair title; co-opted members with whom they represent
   */
  public record Member(Person person, Role role, String label) {}

  /**
   * One of the committee's own groups of members.
   *
   * @param heading as the committee words it, e.g. "Elected voting representatives"
   * @param members the sitting members listed under it; voting status stays each member's own
   */
  public record Group(String heading, List<Member> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /** The membership of {@code c} on {@code day}. */
  public static Roster of(Committee c, LocalDate day, Council council) {
    List<Member> councillors = new ArrayList<>();
    List<Member> voting = new ArrayList<>();
    List<Member> nonVoting = new ArrayList<>();
    List<Member> substitutes = new ArrayList<>();
    Map<String, List<Member>> grouped = new LinkedHashMap<>();
    c.memberGroups().forEach(h -> grouped.put(h, new ArrayList<>()));
    for (Membership m : c.membersOn(day)) {
      Person p = council.person(m.person()).orElseThrow();
      switch (m.role()) {
        case CHAIR, VICE_CHAIR ->
            councillors.add(
                new Member(p, m.role(), p.name() + " (" + Names.office(c, m.role()) + ")"));
        case MEMBER -> councillors.add(new Member(p, m.role(), p.name()));
        case CO_OPTED ->
            (m.voting() ? voting : nonVoting)
                .add(
                    new Member(
                        p,
                        m.role(),
                        p.represents().isEmpty() ? p.name() : p.name() + ", " + p.represents()));
        case SUBSTITUTE -> substitutes.add(new Member(p, m.role(), p.name()));
        default -> throw new IllegalStateException(m.role().toString());
      }
      if (m.sits() && m.group().isPresent() && grouped.containsKey(m.group().get())) {
        List<Member> all =
            m.role() == Role.CO_OPTED ? (m.voting() ? voting : nonVoting) : councillors;
        grouped.get(m.group().get()).add(all.get(all.size() - 1));
      }
    }
    Comparator<Member> byRank = MemberOrdering.of(c, Member::person, Member::role);
    councillors.sort(byRank);
    voting.sort(byRank);
    nonVoting.sort(byRank);
    substitutes.sort(byRank);
    List<Group> groups = new ArrayList<>();
    grouped.forEach(
        (h, list) -> {
          list.sort(byRank);
          groups.add(new Group(h, list));
        });
    return new Roster(councillors, voting, nonVoting, substitutes, groups);
  }

  /** The chair, if the committee has one on that day. */
  public Optional<Member> chair() {
    return councillors.stream().filter(m -> m.role() == Role.CHAIR).findFirst();
  }
}
