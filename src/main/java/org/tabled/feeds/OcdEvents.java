package org.tabled.feeds;

import static org.tabled.feeds.JsonTree.object;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tabled.format.Dates;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Person;
import org.tabled.model.PersonId;
import org.tabled.output.OutputTree;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.Publication;
import org.tabled.publish.PublishedCouncil;
import org.tabled.view.AgendaText;
import org.tabled.view.MinuteLabels;
import org.tabled.view.PackNames;
import org.tabled.view.Webcasts;

/**
 * Open data in the Open Civic Data format (opencivicdata.org): every listed meeting as an event
 * ({@link SitePaths#ocdEvents}) and the decisions recorded in published minutes as vote events
 * ({@link SitePaths#ocdVoteEvents}).
 *
 * <p>An event has the meeting's date, time, place and status; once its agenda is published, the
 * agenda items (a Part 2 item by its title and exemption only), the documents (the pack, each
 * public paper and its PDF, the minutes) and the committee as host; once its minutes are published,
 * who was present and who sent apologies, and the end time. A meeting's webcast, when given, is its
 * media, and where an agenda item starts in the recording is the item's media, with its offset in
 * seconds. Each recommendation, action or request for information in published minutes is a vote
 * event whose motion passed (the minutes record what was agreed; they do not record votes, so there
 * are no counts). Ids are name-based UUIDs of the site's addresses, so they stay the same build
 * after build. Only what the {@link PublishedCouncil} holds is written.
 */
public final class OcdEvents {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private OcdEvents() {}

  /** Writes the events and the vote events; {@code pdfs} are the PDFs this build wrote. */
  public static void render(PublishedCouncil pub, Map<String, PdfFile> pdfs, OutputTree out) {
    String base = pub.council().site().baseUrl();
    List<Object> events = new ArrayList<>();
    List<Object> votes = new ArrayList<>();
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        if (!pub.isListed(m)) {
          continue;
        }
        events.add(event(pub, c, m, pdfs, base));
        m.minutes()
            .ifPresent(
                min -> min.outcomes().forEach(o -> votes.add(voteEvent(pub, c, m, o, base))));
      }
    }
    out.put(SitePaths.ocdEvents(), JsonTree.bytes(events));
    out.put(SitePaths.ocdVoteEvents(), JsonTree.bytes(votes));
  }

  static String eventId(String base, Meeting m) {
    return "ocd-event/" + uuid(base + SitePaths.meeting(m.id()));
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static Map<String, Object> event(
      PublishedCouncil pub, Committee c, Meeting m, Map<String, PdfFile> pdfs, String base) {
    boolean agenda = pub.isAgendaPublished(m.id());
    String page = base + SitePaths.meeting(m.id());
    Map<String, Object> e =
        object(
            "id",
            eventId(base, m),
            "_type",
            "event",
            "name",
            c.title(),
            "all_day",
            false,
            "start_date",
            dateTime(m.date(), m.time()),
            "end_date",
            m.minutes().flatMap(Minutes::ended).map(t -> dateTime(m.date(), t)).orElse(null),
            "status",
            status(m.status()),
            "classification",
            "committee-meeting",
            "description",
            m.note().strip());
    e.put("location", object("name", m.venue(), "note", "", "coordinates", null));
    List<Object> media = new ArrayList<>();
    m.webcast()
        .ifPresent(
            w ->
                media.add(
                    object(
                        "name",
                        Webcasts.name(m, w),
                        "type",
                        "recording",
                        "date",
                        m.date().toString(),
                        "offset",
                        null,
                        "links",
                        List.of(object("media_type", "text/html", "url", w.url())))));
    JsonTree.put(e, "media", media);
    List<Object> documents = new ArrayList<>();
    List<Object> items = new ArrayList<>();
    if (agenda) {
      document(
          documents,
          "Agenda pack",
          SitePaths.pack(m.id()),
          "application/pdf",
          m.published(),
          base,
          pdfs);
      for (var p : pub.packs(m.id()).stream().filter(p -> p.id().isSupplement()).toList()) {
        document(
            documents,
            PackNames.title(p.id()),
            SitePaths.supplement(m.id(), p.id().supplement()),
            "application/pdf",
            Optional.of(p.date()),
            base,
            pdfs);
      }
      for (AgendaItem item : m.agenda()) {
        items.add(item(pub, m, item, documents, base, pdfs));
      }
    }
    m.minutes()
        .ifPresent(
            min ->
                documents.add(
                    object(
                        "note",
                        "Minutes (" + min.status().key() + ")",
                        "url",
                        base + SitePaths.minutes(m.id()),
                        "media_type",
                        "text/html")));
    JsonTree.put(e, "documents", documents);
    JsonTree.put(
        e,
        "links",
        List.of(
            object("note", "Meeting page", "url", page),
            object(
                "note", "Calendar entry (iCalendar)", "url", base + SitePaths.meetingIcs(m.id()))));
    e.put("participants", participants(pub, c, m, agenda));
    JsonTree.put(e, "agenda", items);
    e.put(
        "sources",
        List.of(
            object("url", page, "note", "The meeting's page on the council's committee website")));
    e.put(
        "extras",
        object(
            "committee",
            c.id().value(),
            "agenda_published",
            agenda,
            "agenda_published_on",
            agenda ? m.published().map(LocalDate::toString).orElse(null) : null,
            "minutes_status",
            m.minutes().map(min -> min.status().key()).orElse(null),
            "popolo_organization_id",
            Popolo.committeeId(c)));
    return e;
  }

  private static Map<String, Object> item(
      PublishedCouncil pub,
      Meeting m,
      AgendaItem item,
      List<Object> documents,
      String base,
      Map<String, PdfFile> pdfs) {
    List<String> notes = new ArrayList<>();
    if (item.isExempt()) {
      // Part 2: the title and the exemption are all the public may know.
      notes.add(
          "Part 2 (in private): exempt information under paragraph "
              + item.exemption().get().paragraph()
              + " of Part 1 of Schedule 12A to the Local Government Act 1972: "
              + item.exemption().get().description());
    } else {
      String purpose = AgendaText.purpose(pub, item);
      if (!purpose.isBlank()) {
        notes.add(purpose);
      }
      item.subItems().forEach(notes::add);
    }
    List<Object> related = new ArrayList<>();
    for (PaperId id : item.papers()) {
      Paper p = m.paper(id).orElseThrow();
      String label = "Item " + item.number() + ": " + p.title();
      documents.add(
          object(
              "note",
              label,
              "url",
              base + SitePaths.paper(m.id(), id),
              "media_type",
              "text/html",
              "date",
              Publication.publishedOn(m, p).toString()));
      document(
          documents,
          label + " (PDF)",
          SitePaths.paperPdf(m.id(), id),
          "application/pdf",
          Optional.of(Publication.publishedOn(m, p)),
          base,
          pdfs);
    }
    item.lead()
        .map(lead -> name(pub, lead))
        .ifPresent(
            n ->
                related.add(
                    object("entity_type", "person", "name", n, "note", "introduces the item")));
    Map<String, Object> out =
        object(
            "description",
            item.title(),
            "order",
            String.valueOf(item.number()),
            "classification",
            List.of(item.isExempt() ? "part-2" : item.kind().key()),
            "notes",
            notes,
            "related_entities",
            related);
    out.put("subjects", List.of());
    List<Object> media = new ArrayList<>();
    m.webcast()
        .ifPresent(
            w ->
                w.items().stream()
                    .filter(s -> s.item() == item.number())
                    .forEach(
                        s ->
                            media.add(
                                object(
                                    "name",
                                    Webcasts.name(m, w) + ", from " + s.time(),
                                    "type",
                                    "recording",
                                    "date",
                                    m.date().toString(),
                                    "offset",
                                    s.at().getSeconds(),
                                    "links",
                                    List.of(
                                        object(
                                            "media_type",
                                            "text/html",
                                            "url",
                                            s.url().isEmpty() ? w.url() : s.url()))))));
    out.put("media", media);
    return out;
  }

  private static void document(
      List<Object> documents,
      String note,
      String path,
      String type,
      Optional<LocalDate> date,
      String base,
      Map<String, PdfFile> pdfs) {
    PdfFile f = pdfs.get(path);
    if (f != null) {
      documents.add(
          object(
              "note",
              note,
              "url",
              base + path,
              "media_type",
              type,
              "date",
              date.map(LocalDate::toString).orElse(null)));
    }
  }

  private static List<Object> participants(
      PublishedCouncil pub, Committee c, Meeting m, boolean agenda) {
    List<Object> out = new ArrayList<>();
    out.add(object("name", c.title(), "type", "organization", "note", "host"));
    m.minutes()
        .ifPresent(
            min -> {
              min.present()
                  .forEach(
                      p ->
                          out.add(
                              object("name", name(pub, p), "type", "person", "note", "present")));
              min.substitutions()
                  .forEach(
                      s ->
                          out.add(
                              object(
                                  "name",
                                  name(pub, s.substitute()),
                                  "type",
                                  "person",
                                  "note",
                                  "substitute for " + name(pub, s.member()))));
              min.alsoPresent()
                  .forEach(
                      a ->
                          out.add(
                              object(
                                  "name",
                                  name(pub, a.person()),
                                  "type",
                                  "person",
                                  "note",
                                  a.online() ? "also present (online)" : "also present")));
              min.apologies()
                  .forEach(
                      p ->
                          out.add(
                              object("name", name(pub, p), "type", "person", "note", "apologies")));
              min.alsoApologies()
                  .forEach(
                      a ->
                          out.add(
                              object(
                                  "name",
                                  name(pub, a.person()),
                                  "type",
                                  "person",
                                  "note",
                                  "also sent apologies")));
            });
    return out;
  }

  private static Map<String, Object> voteEvent(
      PublishedCouncil pub, Committee c, Meeting m, Outcome o, String base) {
    String minutes = base + SitePaths.minutes(m.id());
    String tracker = base + SitePaths.tracker(c.id()) + "#" + o.id().value();
    Map<String, Object> v =
        object(
            "id",
            "ocd-vote/" + uuid(tracker),
            "_type",
            "vote_event",
            "identifier",
            o.id().value(),
            "motion_text",
            o.text(),
            "motion_classification",
            List.of(o.type().key()),
            "start_date",
            m.date().toString(),
            "result",
            "pass",
            "organization",
            c.title(),
            "legislative_session",
            Dates.municipalYear(m.date(), pub.council().site().houseStyle()));
    v.put("counts", List.of());
    v.put("votes", List.of());
    String minute =
        MinuteLabels.recording(pub, m.id(), o.item())
            .map(x -> MinuteLabels.minute(pub, m.id(), x))
            .orElse("");
    v.put(
        "sources",
        List.of(
            object("url", minutes, "note", minute.isEmpty() ? "Minutes" : "Minutes, " + minute),
            object("url", tracker, "note", "Tracker entry")));
    v.put(
        "extras",
        object(
            "event_id",
            eventId(base, m),
            "agenda_item",
            o.item(),
            "minute",
            minute,
            "political_lead",
            o.politicalLead().map(p -> name(pub, p)).orElse(null),
            "officer_lead",
            o.officerLead().map(p -> name(pub, p)).orElse(null),
            "minutes_status",
            m.minutes().get().status().key()));
    return v;
  }

  private static String name(PublishedCouncil pub, PersonId id) {
    return pub.council().people().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .map(Person::displayName)
        .orElse(id.value());
  }

  private static String status(MeetingStatus s) {
    return switch (s) {
      case SCHEDULED -> "confirmed";
      case HELD -> "passed";
      case CANCELLED -> "cancelled";
    };
  }

  private static String dateTime(LocalDate day, LocalTime time) {
    return LocalDateTime.of(day, time).atZone(UK).format(DATE_TIME);
  }
}
