package org.tabled.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Person;
import org.tabled.model.PersonKind;
import org.tabled.model.Role;
import org.tabled.model.TrackerStatus;
import org.tabled.output.SitePaths;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.Contacts;
import org.tabled.view.Roster;

/**
 * The committee page: what the committee does, its terms of reference, its membership today (the
 * build's {@code --as-of} day), whom to contact, its meetings by municipal year, and links to its
 * recommendation and action tracker and its work programmes.
 */
public final class CommitteePage {

  private CommitteePage() {}

  /**
   * The committee page's view.
   *
   * @param title the committee's title
   * @param purpose what it does, as HTML
   * @param termsOfReference its terms of reference as HTML, or empty
   * @param asOf the day the membership is for, "23 November 2026"
   * @param members councillors: the chair first, then vice-chair, then by surname
   * @param coopted co-opted members, voting first
   * @param substitutes named substitutes
   * @param officer the committee officer, the public's contact
   * @param years meetings by municipal year, the latest year first
   * @param calendarHref every meeting of the committee as an iCalendar file
   * @param trackerHref its recommendation and action tracker
   * @param trackerCounts how many tracker entries have each status, in status order
   * @param workProgrammes its work programmes, newest year first
   * @param groups the committee's own groups of members ({@code member_groups}), each a table under
   *     its heading in place of {@code members} and {@code coopted}; empty if it names none
   */
  public record View(
      String title,
      String purpose,
      String termsOfReference,
      String asOf,
      List<Member> members,
      List<Member> coopted,
      List<Member> substitutes,
      Officer officer,
      List<Year> years,
      String calendarHref,
      String trackerHref,
      List<Field> trackerCounts,
      List<Link> workProgrammes,
      List<MemberGroup> groups) {}

  /**
   * One of the committee's own groups of members.
   *
   * @param heading as the committee words it
   * @param members its sitting members
   */
  public record MemberGroup(String heading, List<Member> members) {}

  /**
   * A member.
   *
   * @param person their name, linked to their page
   * @param role "Chair", "Member", "Co-opted member (voting)" …
   * @param detail party and ward for a councillor; whom a co-opted member represents
   */
  public record Member(Link person, String role, String detail) {}

  /** The committee officer and how to reach them. */
  public record Officer(String name, String jobTitle, String email, String phone) {}

  /** The meetings of one municipal year, "2026-27", in date order. */
  public record Year(String label, List<MeetingSummary> meetings) {}

  static void render(SiteContext ctx, Committee c) {
    Linker l = Linker.from(SitePaths.committee(c.id()));
    Roster roster = Roster.of(c, ctx.pub.asOf(), ctx.council);
    List<Member> members = members(ctx, l, c, roster.councillors(), true);
    List<Member> coopted = new ArrayList<>(members(ctx, l, c, roster.votingCoOpted(), true));
    coopted.addAll(members(ctx, l, c, roster.nonVotingCoOpted(), false));
    List<Member> substitutes = members(ctx, l, c, roster.substitutes(), true);
    Contacts.Officer o = Contacts.officer(ctx.council, c);
    Officer officer = new Officer(o.name(), o.jobTitle(), o.email(), o.phone());
    Map<String, List<MeetingSummary>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Meeting m : ctx.meetings(c)) {
      byYear
          .computeIfAbsent(
              Dates.municipalYear(m.date(), ctx.council.site().houseStyle()),
              y -> new ArrayList<>())
          .add(MeetingSummary.of(ctx.council.site().houseStyle(), l, c, m));
    }
    List<Year> years =
        byYear.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue())).toList();
    String terms = c.termsOfReference().map(t -> ctx.html(t, l, "tor-", 1)).orElse("");
    View v =
        new View(
            c.title(),
            ctx.html(c.purpose(), l, "purpose-", 0),
            terms,
            Dates.medium(ctx.pub.asOf(), ctx.council.site().houseStyle()),
            members,
            coopted,
            substitutes,
            officer,
            years,
            l.to(SitePaths.committeeIcs(c.id())),
            l.to(SitePaths.tracker(c.id())),
            trackerCounts(ctx, c),
            WorkProgrammePage.years(l, c),
            roster.groups().stream()
                .map(
                    g ->
                        new MemberGroup(
                            g.heading(),
                            g.members().stream().map(m -> member(ctx, l, c, m)).toList()))
                .toList());
    ctx.write(
        l, "site/committee.ftlh", c.title(), List.of(new Link("Home", l.to(SitePaths.home()))), v);
  }

  /** "Open: 3" … for each status, from the entries the audience can see. */
  private static List<Field> trackerCounts(SiteContext ctx, Committee c) {
    List<TrackerEntry> entries = TrackerPage.visible(ctx, c.id());
    List<Field> counts = new ArrayList<>();
    for (TrackerStatus s : TrackerStatus.values()) {
      counts.add(
          new Field(
              s.label(), String.valueOf(entries.stream().filter(e -> e.status() == s).count())));
    }
    return counts;
  }

  /**
   * A member of one of the committee's own groups, with their own vote (co-opted members may have
   * none).
   */
  private static Member member(SiteContext ctx, Linker l, Committee c, Roster.Member m) {
    boolean voting =
        m.role() != Role.CO_OPTED
            || c.membersOn(ctx.pub.asOf()).stream()
                .anyMatch(x -> x.person().equals(m.person().id()) && x.voting());
    return new Member(
        ctx.personLink(l, m.person().id()),
        Attendance.role(c, m.role(), voting),
        detail(m.person()));
  }

  private static List<Member> members(
      SiteContext ctx, Linker l, Committee c, List<Roster.Member> list, boolean voting) {
    return list.stream()
        .map(
            m ->
                new Member(
                    ctx.personLink(l, m.person().id()),
                    Attendance.role(c, m.role(), voting),
                    detail(m.person())))
        .toList();
  }

  /**
   * What is printed after a member's name: "Labour, Riverside ward" or "Parent governor
   * representative".
   */
  static String detail(Person p) {
    if (p.kind() == PersonKind.CO_OPTED) {
      return p.represents();
    }
    List<String> parts = new ArrayList<>();
    if (!p.party().isBlank()) {
      parts.add(p.party());
    }
    if (!p.ward().isBlank()) {
      parts.add(p.ward() + " ward");
    }
    return String.join(", ", parts);
  }
}
