package org.tabled.resolve;

import java.util.HashMap;
import java.util.Map;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.Numbering;
import org.tabled.markdown.ParsedDoc;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Council;
import org.tabled.model.ItemKind;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Paper;
import org.tabled.model.TrackerResponse;

/**
 * The resolve stage: works out what depends on more than one document.
 *
 * <ul>
 *   <li>Parses every Markdown text once with the {@link MarkdownEngine}, which checks images,
 *       headings, tables and links, and numbers report and minutes sections and paragraphs.
 *   <li>Builds the minutes chain: the later meeting whose agenda approves each meeting's minutes.
 * </ul>
 *
 * Problems are reported to the same diagnostics as validation, in the same run.
 */
public final class Resolver {

  private Resolver() {}

  public static ResolvedCouncil resolve(Council council, MarkdownEngine markdown, Diagnostics d) {
    Map<Markdown, ParsedDoc> docs = new HashMap<>();
    parse(council.site().admissionNote(), Numbering.NONE, markdown, docs, d);
    parse(council.site().membersNote(), Numbering.NONE, markdown, docs, d);
    parse(council.site().accessibility().statement(), Numbering.NONE, markdown, docs, d);
    Map<MeetingId, MeetingId> approvedAt = new HashMap<>();
    for (Committee c : council.committees()) {
      parse(c.purpose(), Numbering.NONE, markdown, docs, d);
      c.termsOfReference().ifPresent(t -> parse(t, Numbering.NONE, markdown, docs, d));
      for (TrackerResponse r : c.tracker()) {
        parse(r.body(), Numbering.NONE, markdown, docs, d);
      }
      for (Meeting m : c.meetings()) {
        for (Paper p : m.papers()) {
          parse(p.body(), Numbering.SECTIONS, markdown, docs, d);
          for (Appendix a : p.appendices()) {
            if (a.source() instanceof Appendix.MarkdownSource s) {
              parse(s.body(), Numbering.NONE, markdown, docs, d);
            }
          }
        }
        m.minutes().ifPresent(min -> parse(min.body(), Numbering.SECTIONS, markdown, docs, d));
        for (AgendaItem item : m.agenda()) {
          if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
            MeetingId earlier = new MeetingId(c.id(), item.minutesOf().get());
            MeetingId previous = approvedAt.putIfAbsent(earlier, m.id());
            if (previous != null) {
              d.error(item.pos(), "the minutes of " + earlier.date() + " are already on the agenda of " + previous.date());
            }
          }
        }
      }
    }
    return new ResolvedCouncil(council, docs, approvedAt);
  }

  private static void parse(Markdown md, Numbering numbering, MarkdownEngine engine, Map<Markdown, ParsedDoc> docs,
      Diagnostics d) {
    docs.computeIfAbsent(md, m -> engine.parse(m, numbering, d));
  }
}
