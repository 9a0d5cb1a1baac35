package org.tabled.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.HouseStyle;
import org.tabled.model.Membership;
import org.tabled.model.Person;
import org.tabled.model.PersonKind;
import org.tabled.output.SitePaths;
import org.tabled.view.AttendanceRecord;
import org.tabled.view.Interests;
import org.tabled.view.Names;

/**
 * A person's page: who they are, their register of interests (if the content gives one), the
 * committees they sit or sat on with their roles, and their attendance at every meeting with
 * published minutes. Also the index of people with a page.
 */
public final class PersonPage {

  private PersonPage() {}

  /**
   * A person page's view.
   *
   * @param name "Councillor Amara Osei"
   * @param kind "Councillor", "Co-opted member" …
   * @param details label and value lines: party, ward, portfolio, whom they represent, contact
   * @param email their email, or empty
   * @param committees their committee memberships, current ones first
   * @param attendance their attendance, newest meeting first
   * @param expected how many of those meetings they were a member for
   * @param present how many of those they attended
   * @param years their attendance counted by municipal year, the latest first
   * @param registerPublished true if the content gives the person's register of interests (else the
   *     page says nothing about one)
   * @param registerUpdated "Last updated 1 May 2026.", or empty
   * @param interests the interests held on the build's day, by category; empty for "No interests
   *     registered"
   */
  public record View(
      String name,
      String kind,
      List<Field> details,
      String email,
      List<Seat> committees,
      List<Attended> attendance,
      int expected,
      int present,
      List<AttendanceRecord.Year> years,
      boolean registerPublished,
      String registerUpdated,
      List<Interests.Group> interests) {}

  /**
   * A committee membership.
   *
   * @param committee the committee, linked
   * @param role "Chair", "Member" …
   * @param period "since 1 September 2026", "until 31 August 2026", or empty
   * @param current true if it covers the build's day
   */
  public record Seat(Link committee, String role, String period, boolean current) {}

  /**
   * One meeting of an attendance record.
   *
   * @param meeting the meeting
   * @param result "Present", "Apologies", "Apologies (Councillor … substituted)", "Absent",
   *     "Present as substitute for …", "In attendance"
   */
  public record Attended(MeetingSummary meeting, String result) {}

  /** The people index's view: councillors, co-opted members and others on committees. */
  public record Index(
      List<IndexEntry> councillors, List<IndexEntry> coopted, List<IndexEntry> others) {}

  /** A person in the index: their name, linked, and a short description. */
  public record IndexEntry(Link person, String detail) {}

  static void render(SiteContext ctx, Person p) {
    Linker l = Linker.from(SitePaths.person(p.id()));
    LocalDate today = ctx.pub.asOf();
    HouseStyle hs = ctx.council.site().houseStyle();
    List<Field> details = new ArrayList<>();
    add(details, "Party", p.party());
    add(details, "Ward", p.ward());
    add(details, "Portfolio", p.portfolioOn(today).map(x -> x.title()).orElse(""));
    add(details, "Represents", p.represents());
    add(details, p.kind() == PersonKind.EXTERNAL ? "Role" : "Job title", p.jobTitle());
    add(details, "Organisation", p.organisation());
    List<Seat> seats = new ArrayList<>();
    for (Committee c : ctx.council.committees()) {
      for (Membership m : c.members()) {
        if (m.person().equals(p.id())) {
          seats.add(
              new Seat(
                  new Link(c.title(), l.to(SitePaths.committee(c.id()))),
                  Attendance.role(c, m.role(), m.voting()),
                  period(ctx.council.site().houseStyle(), m),
                  m.activeOn(today)));
        }
      }
    }
    List<AttendanceRecord.Line> lines = ctx.attendance(p.id());
    List<Attended> attended =
        lines.stream()
            .map(
                x ->
                    new Attended(
                        MeetingSummary.of(
                            ctx.council.site().houseStyle(), l, x.committee(), x.meeting()),
                        result(ctx, x)))
            .toList();
    int expected = (int) lines.stream().filter(AttendanceRecord.Line::expected).count();
    int present =
        (int) lines.stream().filter(x -> x.result() == AttendanceRecord.Result.PRESENT).count();
    seats.sort(Comparator.comparing((Seat s) -> !s.current()));
    View v =
        new View(
            p.displayName(),
            kind(p.kind()),
            details,
            p.contact().email(),
            seats,
            attended,
            expected,
            present,
            AttendanceRecord.years(lines, ctx.council.site().houseStyle()),
            p.register().isPresent(),
            p.register().map(r -> Interests.updated(r, hs)).orElse(""),
            p.register().map(r -> Interests.groups(r, today, hs)).orElse(List.of()));
    List<Link> crumbs =
        List.of(
            new Link("Home", l.to(SitePaths.home())),
            new Link("Councillors and committee members", l.to(SitePaths.people())));
    ctx.write(l, "site/person.ftlh", p.displayName(), crumbs, v);
  }

  /** One meeting of the record in words. */
  private static String result(SiteContext ctx, AttendanceRecord.Line x) {
    String other = x.substituteFor().map(id -> ctx.person(id).displayName()).orElse("");
    return switch (x.result()) {
      case SUBSTITUTE ->
          other.isEmpty() ? x.result().label() : x.result().label() + " for " + other;
      case APOLOGIES ->
          other.isEmpty()
              ? x.result().label()
              : x.result().label() + " (" + other + " substituted)";
      default -> x.result().label();
    };
  }

  static void renderIndex(SiteContext ctx) {
    Linker l = Linker.from(SitePaths.people());
    List<IndexEntry> councillors = new ArrayList<>();
    List<IndexEntry> coopted = new ArrayList<>();
    List<IndexEntry> others = new ArrayList<>();
    List<Person> people =
        ctx.peopleWithPages().stream().map(ctx::person).sorted(Names.BY_SURNAME).toList();
    for (Person p : people) {
      IndexEntry e =
          new IndexEntry(
              new Link(p.displayName(), l.to(SitePaths.person(p.id()))), CommitteePage.detail(p));
      (p.kind() == PersonKind.COUNCILLOR
              ? councillors
              : p.kind() == PersonKind.CO_OPTED ? coopted : others)
          .add(e);
    }
    ctx.write(
        l,
        "site/people.ftlh",
        "Councillors and committee members",
        List.of(new Link("Home", l.to(SitePaths.home()))),
        new Index(councillors, coopted, others));
  }

  private static String period(HouseStyle hs, Membership m) {
    if (m.from().isPresent() && m.until().isPresent()) {
      return Dates.medium(m.from().get(), hs) + " to " + Dates.medium(m.until().get(), hs);
    }
    return m.from()
        .map(f -> "since " + Dates.medium(f, hs))
        .orElse(m.until().map(u -> "until " + Dates.medium(u, hs)).orElse(""));
  }

  private static String kind(PersonKind k) {
    return switch (k) {
      case COUNCILLOR -> "Councillor";
      case CO_OPTED -> "Co-opted member";
      case OFFICER -> "Officer";
      case EXTERNAL -> "Guest";
    };
  }

  private static void add(List<Field> f, String label, String value) {
    if (value != null && !value.isBlank()) {
      f.add(new Field(label, value));
    }
  }
}
