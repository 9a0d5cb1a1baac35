package org.tabled.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tabled.model.AgendaItem;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.output.OutputTree;
import org.tabled.publish.PublishedCouncil;

/**
 * Open data: one JSON file per meeting, {@code committees/ID/YYYY-MM-DD/meeting.json}, with its
 * date, time, venue, status and agenda, and each item's papers. Only what the audience may see.
 */
public final class MeetingJson {

  private static final JsonFactory JSON = new JsonFactory();

  private MeetingJson() {}

  public static void render(PublishedCouncil pub, OutputTree out) {
    for (Committee c : pub.council().committees()) {
      for (Meeting m : c.meetings()) {
        out.put("committees/" + c.id() + "/" + m.date() + "/meeting.json", json(c, m, pub.isAgendaPublished(m.id())));
      }
    }
  }

  static byte[] json(Committee c, Meeting m, boolean agendaPublished) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("committee", c.id().value());
      g.writeStringField("committeeTitle", c.title());
      g.writeStringField("date", m.date().toString());
      g.writeStringField("time", m.time().toString());
      g.writeStringField("venue", m.venue());
      g.writeStringField("status", m.status().key());
      if (agendaPublished) {
        g.writeStringField("published", m.published().map(Object::toString).orElse(""));
      }
      g.writeBooleanField("agendaPublished", agendaPublished);
      g.writeArrayFieldStart("agenda");
      for (AgendaItem item : m.agenda()) {
        g.writeStartObject();
        g.writeNumberField("number", item.number());
        g.writeStringField("title", item.title());
        g.writeStringField("purpose", item.purpose());
        g.writeStringField("kind", item.kind().key());
        if (item.isExempt()) {
          g.writeNumberField("exemptParagraph", item.exemption().get().paragraph());
          g.writeStringField("exemptReason", item.exemption().get().description());
        }
        g.writeArrayFieldStart("papers");
        for (PaperId id : item.papers()) {
          Paper p = m.paper(id).orElseThrow();
          g.writeStartObject();
          g.writeStringField("id", p.id().value());
          g.writeStringField("title", p.title());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("minutesPublished", m.minutes().isPresent());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }
}
