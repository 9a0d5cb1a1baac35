package org.tabled.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.Webcast;
import org.tabled.output.PdfFile;
import org.tabled.output.SitePaths;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.Minute;
import org.tabled.view.AgendaText;
import org.tabled.view.MinuteLabels;
import org.tabled.view.Webcasts;

/**
 * Open data: one JSON file per meeting ({@link SitePaths#meetingJson}) with its date, time, venue
 * and status, its webcast, its agenda with each item's papers, where the item starts in the
 * recording and the minute that records it, and the full addresses of its pages, PDFs and calendar
 * file. Only meetings the public may know about, and only what it may see of them.
 */
public final class MeetingJson {

  private static final JsonFactory JSON = new JsonFactory();

  private MeetingJson() {}

  /**
   * Writes the JSON of every listed meeting of committee {@code c} to {@code out} (path, bytes),
   * which its part of the website writes: it reads only what the committee's pages read.
   */
  public static void render(
      PublishedCouncil pub,
      Committee c,
      Map<String, PdfFile> pdfs,
      BiConsumer<String, byte[]> out) {
    String base = pub.council().site().baseUrl();
    for (Meeting m : c.meetings()) {
      if (pub.isListed(m)) {
        out.accept(
            SitePaths.meetingJson(m.id()),
            json(pub, c, m, pub.isAgendaPublished(m.id()), base, pdfs));
      }
    }
  }

  static byte[] json(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      boolean agendaPublished,
      String base,
      Map<String, PdfFile> pdfs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("committee", c.id().value());
      g.writeStringField("committeeTitle", c.title());
      g.writeStringField("date", m.date().toString());
      g.writeStringField("time", m.time().toString());
      g.writeStringField("venue", m.venue());
      g.writeStringField("status", m.status().key());
      if (!m.note().isBlank()) {
        g.writeStringField("note", m.note().strip());
      }
      g.writeStringField("url", base + SitePaths.meeting(m.id()));
      g.writeStringField("calendar", base + SitePaths.meetingIcs(m.id()));
      if (agendaPublished) {
        g.writeStringField("published", m.published().map(Object::toString).orElse(""));
      }
      g.writeBooleanField("agendaPublished", agendaPublished);
      pdf(g, "pack", SitePaths.pack(m.id()), base, pdfs);
      supplements(g, pub, m, base, pdfs);
      if (m.webcast().isPresent()) {
        Webcast w = m.webcast().get();
        g.writeObjectFieldStart("webcast");
        g.writeStringField("name", Webcasts.name(m, w));
        g.writeStringField("provider", w.provider());
        g.writeStringField("url", w.url());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("agenda");
      for (AgendaItem item : m.agenda()) {
        item(g, pub, m, item, base, pdfs);
      }
      g.writeEndArray();
      g.writeBooleanField("minutesPublished", m.minutes().isPresent());
      if (m.minutes().isPresent()) {
        g.writeStringField("minutes", base + SitePaths.minutes(m.id()));
        g.writeStringField("minutesStatus", m.minutes().get().status().key());
        pdf(g, "minutesPdf", SitePaths.minutesPdf(m.id()), base, pdfs);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void item(
      JsonGenerator g,
      PublishedCouncil pub,
      Meeting m,
      AgendaItem item,
      String base,
      Map<String, PdfFile> pdfs)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", item.number());
    g.writeStringField("title", item.title());
    if (item.isExempt()) {
      // Part 2: the title and the exemption are all the public may know.
      g.writeNumberField("exemptParagraph", item.exemption().get().paragraph());
      g.writeStringField("exemptReason", item.exemption().get().description());
    } else {
      g.writeStringField("purpose", AgendaText.purpose(pub, item));
      g.writeStringField("kind", item.kind().key());
    }
    g.writeArrayFieldStart("papers");
    for (PaperId id : item.papers()) {
      Paper p = m.paper(id).orElseThrow();
      g.writeStartObject();
      g.writeStringField("id", p.id().value());
      g.writeStringField("title", p.title());
      g.writeStringField("url", base + SitePaths.paper(m.id(), id));
      pdf(g, "pdf", SitePaths.paperPdf(m.id(), id), base, pdfs);
      g.writeEndObject();
    }
    g.writeEndArray();
    Optional<Webcast.Start> start = Webcasts.start(m, item.number());
    if (start.isPresent()) {
      g.writeObjectFieldStart("webcast");
      g.writeStringField("start", start.get().time());
      g.writeNumberField("offsetSeconds", start.get().at().getSeconds());
      g.writeStringField("url", Webcasts.href(m.webcast().get(), start.get()));
      g.writeEndObject();
    }
    Optional<Minute> minute =
        MinuteLabels.recording(pub, m.id(), item.number()).filter(x -> x.number() > 0);
    if (minute.isPresent()) {
      g.writeObjectFieldStart("minute");
      g.writeStringField("label", MinuteLabels.minute(pub, m.id(), minute.get()));
      g.writeStringField("url", base + SitePaths.minutes(m.id()) + "#" + minute.get().anchor());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The supplementary agendas published so far: each one's number, day, the items it holds and its
   * PDF; left out while there are none.
   */
  private static void supplements(
      JsonGenerator g, PublishedCouncil pub, Meeting m, String base, Map<String, PdfFile> pdfs)
      throws IOException {
    List<Packs.Pack> later = pub.packs(m.id()).stream().filter(p -> p.id().isSupplement()).toList();
    if (later.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("supplements");
    for (Packs.Pack p : later) {
      g.writeStartObject();
      g.writeNumberField("number", p.id().supplement());
      g.writeStringField("published", p.date().toString());
      g.writeArrayFieldStart("items");
      for (AgendaItem item : p.items()) {
        g.writeNumber(item.number());
      }
      g.writeEndArray();
      pdf(g, "pdf", SitePaths.supplement(m.id(), p.id().supplement()), base, pdfs);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void pdf(
      JsonGenerator g, String field, String path, String base, Map<String, PdfFile> pdfs)
      throws IOException {
    PdfFile f = pdfs.get(path);
    if (f != null) {
      g.writeObjectFieldStart(field);
      g.writeStringField("url", base + path);
      g.writeNumberField("pages", f.pages());
      g.writeNumberField("bytes", f.bytes());
      g.writeEndObject();
    }
  }
}
