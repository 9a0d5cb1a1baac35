package org.tabled.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.tabled.model.Committee;
import org.tabled.model.Outcome;
import org.tabled.model.PersonId;
import org.tabled.model.TrackerResponse;
import org.tabled.model.TrackerStatus;
import org.tabled.output.SitePaths;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;
import org.tabled.view.MinuteLabels;

/**
 * Open data: a committee's recommendation and action tracker as JSON ({@link
 * SitePaths#trackerJson}): the number of entries by status, then each entry with its origin, type,
 * text, leads, status, dates and the full address of its entry on the tracker page (where the
 * response is). Only the entries the audience can see, as the page lists them. Each outcome is an
 * entry of its own, also those sharing one response (which the page shows as one entry): they name
 * each other in {@code sharesResponseWith}, and the counts count every outcome.
 */
public final class TrackerJson {

  private static final JsonFactory JSON = new JsonFactory();

  private TrackerJson() {}

  /** Writes the tracker of {@code c}, whose visible entries are {@code entries}. */
  public static void render(
      PublishedCouncil pub,
      Committee c,
      List<TrackerEntry> entries,
      BiConsumer<String, byte[]> out) {
    out.accept(SitePaths.trackerJson(c.id()), json(pub, c, entries));
  }

  static byte[] json(PublishedCouncil pub, Committee c, List<TrackerEntry> entries) {
    String base = pub.council().site().baseUrl();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("committee", c.id().value());
      g.writeStringField("committeeTitle", c.title());
      g.writeStringField("url", base + SitePaths.tracker(c.id()));
      g.writeNumberField("total", entries.size());
      g.writeObjectFieldStart("counts");
      for (TrackerStatus s : TrackerStatus.values()) {
        g.writeNumberField(s.key(), entries.stream().filter(e -> e.status() == s).count());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("entries");
      for (TrackerEntry e : entries) {
        entry(g, pub, e, base);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void entry(JsonGenerator g, PublishedCouncil pub, TrackerEntry e, String base)
      throws IOException {
    Outcome o = e.outcome();
    g.writeStartObject();
    g.writeStringField("id", o.id().value());
    g.writeStringField("meeting", e.origin().date().toString());
    g.writeNumberField("item", o.item());
    g.writeStringField("itemTitle", e.itemTitle());
    g.writeStringField("minute", MinuteLabels.minute(pub, e.origin(), e.minute()));
    g.writeStringField("type", o.type().key());
    g.writeStringField("text", o.text());
    person(g, pub, "politicalLead", o.politicalLead());
    person(g, pub, "officerLead", o.officerLead());
    g.writeStringField("status", e.status().key());
    Optional<TrackerResponse> r = e.response();
    if (r.flatMap(TrackerResponse::received).isPresent()) {
      g.writeStringField("received", r.get().received().get().toString());
    }
    if (r.flatMap(TrackerResponse::circulated).isPresent()) {
      g.writeStringField("circulated", r.get().circulated().get().toString());
    }
    g.writeBooleanField("response", r.isPresent() && !r.get().body().isBlank());
    if (e.group().size() > 1) {
      // outcomes answered by one response, tracked as one row: each entry names the others
      g.writeArrayFieldStart("sharesResponseWith");
      for (var other : e.group()) {
        if (!other.equals(o.id())) {
          g.writeString(other.value());
        }
      }
      g.writeEndArray();
    }
    g.writeStringField("url", base + SitePaths.tracker(e.origin().committee()) + "#" + o.id());
    g.writeStringField(
        "minutes",
        base
            + SitePaths.minutes(e.origin())
            + (e.minute().anchor().isEmpty() ? "" : "#" + e.minute().anchor()));
    g.writeEndObject();
  }

  private static void person(
      JsonGenerator g, PublishedCouncil pub, String field, Optional<PersonId> id)
      throws IOException {
    if (id.isPresent()) {
      g.writeObjectFieldStart(field);
      g.writeStringField("id", id.get().value());
      g.writeStringField(
          "name", pub.council().person(id.get()).map(p -> p.displayName()).orElse(""));
      g.writeEndObject();
    }
  }
}
