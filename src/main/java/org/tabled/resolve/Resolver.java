package org.tabled.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.Numbering;
import org.tabled.markdown.ParsedDoc;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Council;
import org.tabled.model.ItemKind;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.TrackerResponse;

/**
 * The resolve stage: works out what depends on more than one document.
 *
 * <ol>
 *   <li>Parses every Markdown text once with the {@link MarkdownEngine}, which checks images,
 *       headings, tables and links, and numbers report and minutes sections and paragraphs; each
 *       minute is matched to the agenda item it records ({@link MinuteNumbers}).
 *   <li>Resolves every {@code [[…]]} reference against the council ({@link References}); this needs
 *       every document parsed first, since a reference can name a paragraph of another.
 *   <li>Assembles each committee's tracker from the outcomes in its minutes and the responses in
 *       its {@code tracker/} folder.
 *   <li>Builds the minutes chain: the later meeting whose agenda approves each meeting's minutes.
 * </ol>
 *
 * Problems are reported to the same diagnostics as validation, in the same run.
 */
public final class Resolver {

  private final MarkdownEngine markdown;
  private final Diagnostics d;
  private final Map<Markdown, ParsedDoc> docs = new HashMap<>();
  private final Map<Markdown, DocContext> contexts = new LinkedHashMap<>();

  /** Documents to parse, with their numbering, in the order met: parsed together, in parallel. */
  private final Map<Markdown, Numbering> pending = new LinkedHashMap<>();

  /**
   * The digest of the paper folder each paper's text was read from ({@link Paper#digest}), which
   * the parse cache knows it by instead of digesting the text again.
   */
  private final Map<Markdown, String> folders = new HashMap<>();

  private Resolver(MarkdownEngine markdown, Diagnostics d) {
    this.markdown = markdown;
    this.d = d;
  }

  public static ResolvedCouncil resolve(Council council, MarkdownEngine markdown, Diagnostics d) {
    return new Resolver(markdown, d).run(council);
  }

  private ResolvedCouncil run(Council council) {
    References references = new References(council, docs, d);
    parse(council.site().admissionNote(), Numbering.NONE, DocContext.SITE);
    parse(council.site().membersNote(), Numbering.NONE, DocContext.SITE);
    parse(council.site().accessibility().statement(), Numbering.NONE, DocContext.SITE);
    Map<MeetingId, MeetingId> approvedAt = new HashMap<>();
    Map<CommitteeId, List<TrackerEntry>> trackers = new HashMap<>();
    Map<MeetingId, List<Minute>> minuteItems = new HashMap<>();
    List<Committee> withMinutes = new ArrayList<>();
    for (Committee c : council.committees()) {
      parse(c.purpose(), Numbering.NONE, DocContext.committee(c.id()));
      c.termsOfReference().ifPresent(t -> parse(t, Numbering.NONE, DocContext.committee(c.id())));
      for (TrackerResponse r : c.tracker()) {
        parse(r.body(), Numbering.NONE, DocContext.committee(c.id()));
      }
      for (Meeting m : c.meetings()) {
        for (Paper p : m.papers()) {
          DocContext ctx = DocContext.paper(m.id(), p.id(), references.restricted(p));
          parse(p.body(), Numbering.SECTIONS, ctx);
          inFolder(p, p.body());
          for (Appendix a : p.appendices()) {
            if (a.source() instanceof Appendix.MarkdownSource s) {
              parse(s.body(), Numbering.NONE, ctx);
              inFolder(p, s.body());
            } else if (a.source() instanceof Appendix.PdfSource s && s.alternative().isPresent()) {
              parse(s.alternative().get(), Numbering.NONE, ctx);
              inFolder(p, s.alternative().get());
            }
          }
        }
        m.minutes().ifPresent(min -> contexts.putIfAbsent(min.body(), DocContext.meeting(m.id())));
        chain(c, m, approvedAt);
      }
      if (c.meetings().stream().anyMatch(m -> m.minutes().isPresent())) {
        withMinutes.add(c);
      }
    }
    // Each committee's minutes in order, since their numbers run on from the minutes before them;
    // the committees side by side. Kept in committee order, so nothing depends on which finished
    // first.
    List<Map<MeetingId, Parsed>> numbered =
        withMinutes.parallelStream().map(c -> minutes(council, c)).toList();
    for (Map<MeetingId, Parsed> committee : numbered) {
      committee.forEach(
          (id, p) -> {
            docs.putIfAbsent(p.body(), p.doc());
            minuteItems.put(id, p.minutes());
          });
    }
    parsePending();
    Map<Markdown, Map<String, RefTarget>> refs = new HashMap<>();
    contexts.forEach(
        (md, ctx) -> {
          Map<String, RefTarget> out = new LinkedHashMap<>();
          references.resolve(docs.get(md), ctx, out);
          refs.put(md, out);
        });
    for (Committee c : council.committees()) {
      trackers.put(c.id(), tracker(c, minuteItems));
    }
    return new ResolvedCouncil(council, docs, refs, trackers, approvedAt, minuteItems);
  }

  private void chain(Committee c, Meeting m, Map<MeetingId, MeetingId> approvedAt) {
    for (AgendaItem item : m.agenda()) {
      if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
        MeetingId earlier = new MeetingId(c.id(), item.minutesOf().get());
        MeetingId previous = approvedAt.putIfAbsent(earlier, m.id());
        if (previous != null) {
          d.error(
              item.pos(),
              "the minutes of "
                  + earlier.date()
                  + " are already on the agenda of "
                  + previous.date());
        }
      }
    }
  }

  /** A meeting's minutes, parsed and numbered. */
  private record Parsed(Markdown body, ParsedDoc doc, List<Minute> minutes) {}

  /**
   * Parses the minutes of committee {@code c}'s meetings in order, numbering each minute as the
   * house style says ({@link MinuteNumbers}), counting the committee's minutes by calendar year for
   * councils that number them on a yearly sequence.
   */
  private Map<MeetingId, Parsed> minutes(Council council, Committee c) {
    Map<Integer, Integer> minutesInYear = new HashMap<>();
    Map<MeetingId, Parsed> out = new LinkedHashMap<>();
    for (Meeting m : c.meetings()) {
      if (m.minutes().isEmpty()) {
        continue;
      }
      Minutes min = m.minutes().get();
      int year = m.date().getYear();
      MinuteNumbers numbers =
          new MinuteNumbers(
              m, min, council.site().minuteNumbering(), minutesInYear.getOrDefault(year, 0), d);
      // kept between builds like any published text; the numbers are asked for again each time
      ParsedDoc doc = markdown.parse(min.body(), numbers, true, d);
      minutesInYear.merge(year, numbers.minutes().size(), Integer::sum);
      out.put(m.id(), new Parsed(min.body(), doc, numbers.minutes()));
    }
    return out;
  }

  /** The committee's outcomes, oldest meeting first, each with its response and its minute. */
  private List<TrackerEntry> tracker(Committee c, Map<MeetingId, List<Minute>> minuteItems) {
    Map<OutcomeId, TrackerResponse> responses = new HashMap<>();
    for (TrackerResponse r : c.tracker()) {
      responses.put(r.outcome(), r);
      r.alsoAnswers().forEach(o -> responses.put(o, r)); // one response, shared
    }
    List<TrackerEntry> rows = new ArrayList<>();
    for (Meeting m : c.meetings()) {
      if (m.minutes().isEmpty()) {
        continue;
      }
      Minutes min = m.minutes().get();
      List<Minute> minutes = minuteItems.getOrDefault(m.id(), List.of());
      for (Outcome o : min.outcomes()) {
        Minute minute =
            minutes.stream()
                .filter(x -> x.item() == o.item())
                .findFirst()
                .orElse(
                    new Minute(
                        0, o.item(), m.item(o.item()).map(AgendaItem::title).orElse(""), ""));
        rows.add(new TrackerEntry(o, m.id(), minute, Optional.ofNullable(responses.get(o.id()))));
      }
    }
    return rows;
  }

  /** Notes that {@code md} was read from a file in paper {@code p}'s folder, if it was. */
  private void inFolder(Paper p, Markdown md) {
    if (md.dir().toAbsolutePath().normalize().startsWith(p.dir().toAbsolutePath().normalize())) {
      folders.putIfAbsent(md, p.digest());
    }
  }

  private void parse(Markdown md, Numbering numbering, DocContext ctx) {
    if (!docs.containsKey(md)) {
      pending.putIfAbsent(md, numbering);
    }
    contexts.putIfAbsent(md, ctx);
  }

  /**
   * Parses every pending document, on all processors: each is parsed on its own (a parse reads
   * nothing but its text), problems go to the diagnostics, which sort them, and the results are
   * kept in the order the documents were met, so nothing depends on which finished first. The
   * minutes are parsed as they are met, since their numbers run on from the minutes before them.
   */
  private void parsePending() {
    List<Map.Entry<Markdown, Numbering>> todo =
        pending.entrySet().stream().filter(e -> !docs.containsKey(e.getKey())).toList();
    // what a restricted paper's text holds is never kept outside the content, even in the cache
    List<ParsedDoc> parsed =
        todo.parallelStream()
            .map(
                e ->
                    markdown.parse(
                        e.getKey(),
                        e.getValue(),
                        !contexts.get(e.getKey()).restricted(),
                        folders.get(e.getKey()),
                        d))
            .toList();
    for (int i = 0; i < todo.size(); i++) {
      docs.putIfAbsent(todo.get(i).getKey(), parsed.get(i));
    }
    pending.clear();
  }
}
