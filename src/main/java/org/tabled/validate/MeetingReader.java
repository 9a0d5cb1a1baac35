package org.tabled.validate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tabled.diag.Diagnostics;
import org.tabled.diag.Hints;
import org.tabled.load.RawYaml;
import org.tabled.load.YamlNode;
import org.tabled.model.AgendaItem;
import org.tabled.model.Exemption;
import org.tabled.model.ItemKind;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Minutes;
import org.tabled.model.PaperId;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.model.PersonKind;
import org.tabled.model.Reissue;
import org.tabled.model.Webcast;
import org.tabled.source.SourcePos;

/** Reads {@code meeting.yaml}: when and where, status, sign-off and the agenda. */
final class MeetingReader {

  private static final List<String> STATUSES = Documents.MEETING.values("status");
  private static final List<String> KINDS = Documents.AGENDA_ITEM.values("kind");

  /**
   * What an invalid {@code exempt} stands for: a Part 2 item all the same (the build fails anyway).
   */
  private static final Exemption CLOSED_EXEMPTION = new Exemption(1);

  /** The meeting's own fields, before papers and minutes are attached. */
  record Header(
      LocalTime time,
      String venue,
      MeetingStatus status,
      boolean statusKnown,
      Optional<LocalDate> published,
      PersonId signedOffBy,
      List<AgendaItem> agenda,
      boolean papersResolved,
      String note,
      SourcePos pos,
      Optional<Webcast> webcast,
      List<Reissue> reissues,
      SourcePos publishedPos,
      List<Minutes.Attendee> alsoExpected) {}

  private MeetingReader() {}

  /**
   * @param paperFolders the names of the folders in this meeting's {@code papers/}
   */
  static Header read(
      MeetingId id,
      RawYaml file,
      CommitteeReader.Header committee,
      PersonId chiefExecutive,
      Set<String> paperFolders,
      Registry known,
      Diagnostics d) {
    Optional<Fields> of = Fields.of(file.root(), Documents.MEETING, d);
    if (of.isEmpty()) {
      return new Header(
          LocalTime.MIDNIGHT,
          "",
          MeetingStatus.SCHEDULED,
          false,
          Optional.empty(),
          chiefExecutive,
          List.of(),
          false,
          "",
          file.root().pos(),
          Optional.empty(),
          List.of(),
          file.root().pos(),
          List.of());
    }
    Fields f = of.get();
    Optional<MeetingStatus> given =
        f.choice("status", STATUSES).map(s -> MeetingStatus.valueOf(s.toUpperCase(Locale.ROOT)));
    MeetingStatus status = given.orElse(MeetingStatus.SCHEDULED);
    boolean cancelled = status == MeetingStatus.CANCELLED;
    Optional<LocalTime> time = f.time("time");
    if (!f.has("time") && !committee.timeGiven()) {
      d.error(
          f.pos(),
          "missing required key 'time' in a meeting",
          "or give the committee a usual 'time' in committee.yaml");
    }
    String venue = f.text("venue", committee.venue());
    if (!f.has("venue") && committee.venue().isEmpty()) {
      d.error(
          f.pos(),
          "missing required key 'venue' in a meeting",
          "or give the committee a usual 'venue' in committee.yaml");
    }
    Optional<LocalDate> published =
        f.restricting(
            "published",
            f::date,
            Fields.NEVER,
            "the date the agenda is published, e.g. published: " + id.date().minusDays(8));
    if (!cancelled && f.mapping().get("published").isEmpty()) {
      d.error(
          f.pos(),
          "missing required key 'published' in a meeting",
          "the date the agenda is published, e.g. published: " + id.date().minusDays(8));
    }
    published
        .filter(p -> p.isAfter(id.date()) && !p.equals(Fields.NEVER))
        .ifPresent(
            p ->
                d.error(
                    f.pos("published"),
                    "the agenda is published on " + p + ", after the meeting on " + id.date()));
    PersonId signer =
        f.id("signed_off_by")
            .flatMap(r -> known.person(r, "signatory", List.of(PersonKind.OFFICER)))
            .map(Person::id)
            .orElse(chiefExecutive);
    if (!cancelled && !f.has("agenda")) {
      d.error(f.pos(), "missing required key 'agenda' in a meeting");
    }
    // An annual meeting starts a municipal year: the Validator reads its dates before anything
    // else (the year of every date depends on them); the value is checked here with the rest.
    f.optBool("annual");
    int errorsBefore = d.errorCount();
    List<AgendaItem> agenda = agenda(id, f, paperFolders, known, d);
    boolean papersResolved = d.errorCount() == errorsBefore;
    published.ifPresent(p -> lateItems(id, p, agenda, d));
    return new Header(
        time.or(committee::time).orElse(LocalTime.MIDNIGHT),
        venue,
        status,
        given.isPresent(),
        published,
        signer,
        agenda,
        papersResolved,
        f.text("note", ""),
        f.pos(),
        webcast(f, agenda, cancelled, d),
        reissues(f, published, d),
        f.pos("published"),
        Attendees.read(
            f,
            "also_expected",
            committee.membersValid() ? Attendees.sitting(committee.members(), id.date()) : Set.of(),
            id.date(),
            "",
            known,
            d));
  }

  /**
   * Items added after the agenda was published: after it and by the meeting, and after every item
   * of the agenda as published, so that adding one changes no number of the agenda already out.
   */
  private static void lateItems(
      MeetingId id, LocalDate published, List<AgendaItem> agenda, Diagnostics d) {
    AgendaItem late = null;
    for (AgendaItem item : agenda) {
      if (item.added().isPresent()) {
        LocalDate added = item.added().get();
        if (!added.isAfter(published)) {
          d.error(
              item.pos(),
              "item "
                  + item.number()
                  + " was added on "
                  + added
                  + ", which is not after the agenda's"
                  + " publication on "
                  + published,
              "leave 'added' out for an item on the agenda as published");
        } else if (added.isAfter(id.date())) {
          d.error(
              item.pos(),
              "item "
                  + item.number()
                  + " is added on "
                  + added
                  + ", after the meeting on "
                  + id.date());
        }
        late = late == null ? item : late;
      } else if (late != null) {
        d.error(
            item.pos(),
            "item "
                + item.number()
                + " was on the agenda as published, but it comes after item "
                + late.number()
                + ", added later",
            "put items added after the agenda was published at its end, so that"
                + " the numbers of the agenda already published do not change");
        return;
      }
    }
  }

  /** {@code reissues}: packs published again after a change, in order. */
  private static List<Reissue> reissues(Fields f, Optional<LocalDate> published, Diagnostics d) {
    List<Reissue> out = new ArrayList<>();
    for (YamlNode n : f.list("reissues")) {
      Fields.of(n, Documents.REISSUE, d)
          .ifPresent(
              r ->
                  r.date("date")
                      .ifPresent(
                          date -> {
                            int supplement = r.integer("supplement").orElse(0);
                            if (r.has("supplement") && supplement < 1) {
                              d.error(
                                  r.pos("supplement"),
                                  "'supplement' is the number of a supplementary agenda, 1 or more",
                                  "leave it out to reissue the agenda pack");
                              return;
                            }
                            if (published.filter(p -> date.isBefore(p)).isPresent()) {
                              d.error(
                                  r.pos("date"),
                                  "a pack cannot be reissued ("
                                      + date
                                      + ") before the agenda is published ("
                                      + published.get()
                                      + ")");
                              return;
                            }
                            out.add(new Reissue(supplement, date, r.text("reason", ""), r.pos()));
                          }));
    }
    return out;
  }

  /**
   * The meeting's webcast: its address and provider, and where Part 1 items start in the recording.
   * A cancelled meeting has none, and a Part 2 item is never broadcast: the public is excluded.
   */
  private static Optional<Webcast> webcast(
      Fields f, List<AgendaItem> agenda, boolean cancelled, Diagnostics d) {
    Optional<Fields> of = f.node("webcast").flatMap(n -> Fields.of(n, Documents.WEBCAST, d));
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Fields w = of.get();
    if (cancelled) {
      d.error(
          w.pos(),
          "a cancelled meeting has no webcast",
          "remove 'webcast', or correct the meeting's status");
    }
    Optional<String> url = w.https("url");
    Optional<String> provider = w.optText("provider");
    List<Webcast.Start> starts = new ArrayList<>();
    Map<Integer, SourcePos> seen = new HashMap<>();
    for (YamlNode n : w.list("items")) {
      Fields.of(n, Documents.WEBCAST_ITEM, d)
          .ifPresent(
              s -> {
                Optional<Integer> number = s.integer("item");
                Optional<Duration> at = s.offset("start");
                String link = s.has("url") ? s.https("url").orElse("") : "";
                Optional<AgendaItem> item =
                    number.flatMap(i -> agenda.stream().filter(x -> x.number() == i).findFirst());
                if (number.isPresent() && item.isEmpty()) {
                  d.error(
                      s.pos("item"),
                      "there is no agenda item " + number.get() + " in this meeting's agenda");
                } else if (item.isPresent() && item.get().isExempt()) {
                  d.error(
                      s.pos("item"),
                      "agenda item "
                          + number.get()
                          + " is Part 2, taken in private: it is not broadcast",
                      "remove it from the webcast's items");
                } else if (item.isPresent() && seen.containsKey(number.get())) {
                  d.error(
                      s.pos("item"),
                      "agenda item "
                          + number.get()
                          + " already has a start in the recording (line "
                          + seen.get(number.get()).line()
                          + ")");
                } else if (item.isPresent()
                    && at.isPresent()
                    && (!s.has("url") || !link.isEmpty())) {
                  seen.put(number.get(), s.pos("item"));
                  starts.add(new Webcast.Start(number.get(), at.get(), link));
                }
              });
    }
    if (url.isEmpty() || provider.isEmpty() || cancelled) {
      return Optional.empty();
    }
    return Optional.of(new Webcast(url.get(), provider.get(), starts, w.pos()));
  }

  private static List<AgendaItem> agenda(
      MeetingId id, Fields f, Set<String> paperFolders, Registry known, Diagnostics d) {
    List<AgendaItem> items = new ArrayList<>();
    Map<String, SourcePos> paperUse = new HashMap<>();
    boolean numberingReported = false;
    for (YamlNode n : f.list("agenda")) {
      Optional<Fields> of = Fields.of(n, Documents.AGENDA_ITEM, d);
      if (of.isEmpty()) {
        continue;
      }
      Fields it = of.get();
      Optional<Integer> number = it.integer("number");
      int expected = items.isEmpty() ? 1 : items.get(items.size() - 1).number() + 1;
      if (number.isPresent() && number.get() != expected && !numberingReported) {
        d.error(
            it.pos("number"),
            "agenda item " + number.get() + " is out of order: expected item " + expected + " here",
            "number agenda items 1, 2, 3 … in the order they are listed");
        numberingReported = true;
      }
      List<PaperId> papers = new ArrayList<>();
      for (Fields.Ref r : it.ids("papers")) {
        if (!paperFolders.contains(r.value())) {
          String where =
              known
                  .paperMeeting(new PaperId(r.value()))
                  .map(m -> " (it belongs to the meeting of " + m.date() + ")")
                  .orElse(Hints.didYouMean(r.value(), paperFolders));
          d.error(
              r.pos(),
              "unknown paper '" + r.value() + "' for this meeting" + where,
              "each paper is a folder under this meeting's papers/ holding paper.md");
          continue;
        }
        SourcePos first = paperUse.putIfAbsent(r.value(), r.pos());
        if (first != null) {
          d.error(
              r.pos(),
              "paper '"
                  + r.value()
                  + "' is already listed under another item (line "
                  + first.line()
                  + ")");
          continue;
        }
        papers.add(new PaperId(r.value()));
      }
      Optional<LocalDate> minutesOf = it.date("minutes_of");
      minutesOf.ifPresent(date -> checkMinutesOf(id, date, it.pos("minutes_of"), known, d));
      ItemKind kind = kind(it, papers, minutesOf, d);
      Optional<Exemption> exemption =
          it.restricting(
              "exempt",
              k ->
                  it.integer(k)
                      .flatMap(
                          p -> {
                            Optional<Exemption> e = Exemption.of(p);
                            if (e.isEmpty()) {
                              d.error(
                                  it.pos(k),
                                  "'exempt' must be a paragraph of Schedule 12A from 1 to 7, found "
                                      + p);
                            }
                            return e;
                          }),
              CLOSED_EXEMPTION,
              "give the paragraph of Schedule 12A that applies (1 to 7), or remove the key if the item"
                  + " is taken in public");
      Optional<PersonId> lead =
          it.id("lead").flatMap(r -> known.person(r, "item lead")).map(Person::id);
      Optional<LocalDate> due = it.date("expected");
      if (due.isPresent() && kind != ItemKind.TO_FOLLOW) {
        d.error(
            it.pos("expected"),
            "'expected' is for an item of kind 'to-follow'",
            "a paper published after its agenda gives its own date as 'published' in paper.md");
      }
      due.filter(x -> x.isAfter(id.date()))
          .ifPresent(
              x ->
                  d.error(
                      it.pos("expected"),
                      "the paper is expected on " + x + ", after the meeting on " + id.date()));
      boolean scheduleOfInterests = it.bool("schedule_of_interests", false);
      if (scheduleOfInterests && exemption.isPresent()) {
        d.error(
            it.pos("schedule_of_interests"),
            "a schedule of interests is public, and this item is taken in private (Part 2)",
            "print the schedule under a Part 1 item, such as Declarations of interest");
      }
      items.add(
          new AgendaItem(
              number.orElse(expected),
              it.text("title", ""),
              it.text("purpose", ""),
              kind,
              papers,
              minutesOf,
              it.texts("sub_items"),
              exemption,
              lead,
              it.pos(),
              due,
              it.date("added"),
              it.text("urgency", ""),
              scheduleOfInterests));
    }
    return items;
  }

  private static ItemKind kind(
      Fields it, List<PaperId> papers, Optional<LocalDate> minutesOf, Diagnostics d) {
    Optional<ItemKind> given =
        it.choice("kind", KINDS)
            .map(k -> ItemKind.valueOf(k.toUpperCase(Locale.ROOT).replace('-', '_')));
    boolean hasPapers = it.has("papers");
    ItemKind kind =
        given.orElse(
            it.has("minutes_of") ? ItemKind.MINUTES : hasPapers ? ItemKind.PAPERS : ItemKind.NONE);
    if (given.isPresent()) {
      if (kind == ItemKind.PAPERS && !hasPapers) {
        d.error(it.pos("kind"), "an item of kind 'papers' needs a 'papers' list");
      } else if (kind != ItemKind.PAPERS && hasPapers) {
        d.error(
            it.pos("papers"),
            "an item of kind '" + kind.key() + "' cannot have papers",
            "remove 'kind' or set kind: papers");
      } else if (kind == ItemKind.MINUTES && !it.has("minutes_of")) {
        d.error(
            it.pos("kind"),
            "an item of kind 'minutes' needs 'minutes_of', the date of the meeting whose minutes are approved");
      }
    }
    if (it.has("minutes_of") && kind != ItemKind.MINUTES && given.isPresent()) {
      d.error(it.pos("minutes_of"), "'minutes_of' only applies to an item of kind 'minutes'");
    }
    if (hasPapers && it.has("minutes_of") && given.isEmpty()) {
      d.error(it.pos("minutes_of"), "an item has either 'papers' or 'minutes_of', not both");
    }
    return kind;
  }

  private static void checkMinutesOf(
      MeetingId id, LocalDate date, SourcePos pos, Registry known, Diagnostics d) {
    if (!date.isBefore(id.date())) {
      d.error(
          pos, "'minutes_of' must be an earlier meeting; " + date + " is not before " + id.date());
      return;
    }
    if (!known.hasMeeting(id.committee(), date)) {
      List<String> dates =
          known.meetingDates(id.committee()).headSet(id.date()).stream()
              .map(LocalDate::toString)
              .toList();
      d.error(
          pos,
          "no meeting of this committee on " + date + Hints.didYouMean(date.toString(), dates),
          dates.isEmpty() ? "" : "earlier meetings: " + String.join(", ", dates));
    }
  }
}
