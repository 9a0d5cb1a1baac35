package org.tabled.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tabled.format.Dates;
import org.tabled.model.Committee;
import org.tabled.model.WorkProgramme;
import org.tabled.output.SitePaths;
import org.tabled.resolve.RefTarget;
import org.tabled.view.WorkProgrammes;

/**
 * A committee's work programme for one municipal year: the topics planned for each meeting, with
 * their purposes and leads, and the topics not yet given a meeting. Once a topic's paper is on a
 * published agenda, the topic links to that agenda item, wherever the paper ended up.
 */
public final class WorkProgrammePage {

  private WorkProgrammePage() {}

  /**
   * The work programme page's view.
   *
   * @param committee the committee's title
   * @param committeeHref its page
   * @param year the municipal year, "2026-27"
   * @param rounds the planned meetings, in date order
   * @param unallocated topics not yet given a meeting
   * @param otherYears the committee's other work programmes, newest first
   */
  public record View(
      String committee,
      String committeeHref,
      String year,
      List<Round> rounds,
      List<Topic> unallocated,
      List<Link> otherYears) {}

  /**
   * A planned meeting.
   *
   * @param date "Tuesday 22 September 2026"
   * @param isoDate "2026-09-22"
   * @param href the meeting's page, or empty if no such meeting is listed
   * @param theme the meeting's theme, or empty
   * @param topics the topics planned for it
   */
  public record Round(String date, String isoDate, String href, String theme, List<Topic> topics) {}

  /**
   * A planned topic.
   *
   * @param title the topic
   * @param purpose why the committee is taking it, or empty
   * @param leads who will report, with their roles
   * @param item the agenda item that takes it, "Item 5, 22 September 2026", linked; null until its
   *     paper is on a published agenda
   */
  public record Topic(String title, String purpose, List<Lead> leads, Link item) {}

  /**
   * Someone who will report on a topic.
   *
   * @param person their name, linked to their page if they have one; or a role or organisation
   *     named in words, unlinked
   * @param role their portfolio or job title, or empty
   */
  public record Lead(Link person, String role) {}

  static void render(SiteContext ctx, Committee c, WorkProgramme w) {
    Linker l = Linker.from(SitePaths.workProgramme(c.id(), w.year()));
    List<Round> rounds = new ArrayList<>();
    for (WorkProgramme.Round r : w.rounds()) {
      String href =
          c.meetingOn(r.date())
              .flatMap(m -> ctx.addresses.of(new RefTarget.Meeting(m.id())))
              .map(l::to)
              .orElse("");
      rounds.add(
          new Round(
              Dates.long_(r.date(), ctx.council.site().houseStyle()),
              r.date().toString(),
              href,
              r.theme(),
              r.topics().stream().map(t -> topic(ctx, l, t, r.date())).toList()));
    }
    // Unallocated topics have no meeting: their leads' roles are given as on the build's day.
    List<Topic> unallocated =
        w.unallocated().stream().map(t -> topic(ctx, l, t, ctx.pub.asOf())).toList();
    View v =
        new View(
            c.title(),
            l.to(SitePaths.committee(c.id())),
            w.year(),
            rounds,
            unallocated,
            years(l, c).stream().filter(y -> !y.text().equals(w.year())).toList());
    String title = "Work programme " + w.year() + " – " + c.shortTitle();
    ctx.write(l, "site/work-programme.ftlh", title, MeetingPage.crumbs(l, c), v);
    List<String> words = new ArrayList<>();
    for (Round r : rounds) {
      words.add(r.date());
      words.add(Objects.toString(r.theme(), ""));
      r.topics().forEach(t -> words.add(t.title() + ". " + Objects.toString(t.purpose(), "")));
    }
    unallocated.forEach(t -> words.add(t.title() + ". " + Objects.toString(t.purpose(), "")));
    ctx.index(
        new SearchPage.Entry(
            SitePaths.workProgramme(c.id(), w.year()),
            title,
            "Work programme",
            c.shortTitle(),
            w.year(),
            String.join(" ", words.stream().filter(x -> !x.isBlank()).toList())));
  }

  /** Links to each of the committee's work programmes, newest first. */
  static List<Link> years(Linker l, Committee c) {
    return c.workProgrammes().stream()
        .map(WorkProgramme::year)
        .sorted(Comparator.reverseOrder())
        .map(y -> new Link(y, l.to(SitePaths.workProgramme(c.id(), y))))
        .toList();
  }

  private static Topic topic(SiteContext ctx, Linker l, WorkProgramme.Topic t, LocalDate day) {
    List<Lead> leads =
        WorkProgrammes.leads(ctx.council, t, day).stream()
            .map(
                n ->
                    n.person()
                        .map(p -> new Lead(ctx.personLink(l, p.person().id()), p.role()))
                        .orElse(new Lead(new Link(n.text(), ""), "")))
            .toList();
    Link item =
        WorkProgrammes.item(ctx.pub, t)
            .flatMap(
                i ->
                    ctx.addresses
                        .of(i)
                        .map(href -> new Link(WorkProgrammes.itemText(ctx.pub, i), l.to(href))))
            .orElse(null);
    return new Topic(t.title(), t.purpose(), leads, item);
  }
}
