package org.tabled.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;
import org.tabled.model.TrackerResponse;
import org.tabled.pdf.PdfEngine.PageSpan;
import org.tabled.pdf.view.TrackerView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;
import org.tabled.template.Templates;
import org.tabled.view.Appendices;
import org.tabled.view.Names;
import org.tabled.view.Trackers;

/**
 * The recommendation and action tracker printed as an appendix ({@code generate: tracker};
 * DOMAIN.md §1.8, the 2024 form): the counts by status, a row per entry, then the responses this
 * appendix prints, under a heading per minute item.
 *
 * <p>The tracker for a meeting holds the entries of the committee's earlier meetings, as they
 * stood when its agenda was published ({@link Trackers#asOf}). Each response is printed once, in
 * the pack {@link TrackerPlan} chooses; the status cell says where:
 *
 * <ul>
 *   <li>printed in this appendix: "Response on pages 4 &amp; 5 of Appendix 1.", the pages counted
 *       from the appendix's first page. They depend on this appendix's own layout, so the appendix
 *       is a {@linkplain PrintDoc.SelfPaged self-paged} document: {@link Paginator} writes it again
 *       with the pages it measured until the two agree;
 *   <li>printed in an earlier pack: "… of Appendix 2 in the agenda for 14 July 2026", with that
 *       pack's appendix number and pages, read from that pack's layout ({@link PackMaps}): frozen
 *       as it was printed, not worked out again for this pack;
 *   <li>not printed in any pack (a response with no text): "Received …" alone.
 * </ul>
 */
final class TrackerPrint {

  static final String TEMPLATE = "print/tracker.ftlh";

  private TrackerPrint() {}

  /** The id of an entry's row in the tracker appendix {@code label} of {@code paper}. */
  static String rowId(PaperId paper, String label, OutcomeId o) {
    return "trk-" + paper + "-" + label + "-" + o;
  }

  /** The id of the block holding an entry's response (printed once per build, in one pack). */
  static String responseId(OutcomeId o) {
    return "trk-resp-" + o;
  }

  /** The entries the tracker in the pack of meeting {@code m} holds. */
  static List<TrackerEntry> entries(PublishedCouncil pub, Committee c, Meeting m) {
    return Trackers.asOf(pub, c.id(), m.date(), TrackerPlan.published(m));
  }

  /** The id of each entry's row in tracker appendix {@code label} of {@code paper}, for meeting {@code m}. */
  static Map<OutcomeId, String> rows(PublishedCouncil pub, Committee c, Meeting m, PaperId paper, String label) {
    Map<OutcomeId, String> rows = new LinkedHashMap<>();
    entries(pub, c, m).forEach(e -> rows.put(e.outcome().id(), rowId(paper, label, e.outcome().id())));
    return rows;
  }

  /**
   * What the tracker appendix needs from the PDF it is printed in.
   *
   * @param pub the council as published
   * @param committee the committee
   * @param meeting the meeting whose pack (or paper) it is printed for
   * @param plan which pack prints each response
   * @param refs how references in responses are shown
   * @param scope what the PDF holds, and where things are in the other packs
   */
  record Context(PublishedCouncil pub, Committee committee, Meeting meeting, TrackerPlan plan, PdfRefs refs,
      PdfRefs.Scope scope, MarkdownEngine markdown, Templates templates, Diagnostics d) {}

  /**
   * The appendix {@code a} of {@code paper}, as a self-paged document.
   *
   * @param doc the document's id, item number, running header, bookmark and orientation
   */
  static PrintDoc doc(Context ctx, Paper paper, Appendix a, PrintDoc doc) {
    TrackerPlan.Place here = new TrackerPlan.Place(ctx.meeting().id(), paper.id(), a.label());
    List<TrackerEntry> entries = entries(ctx.pub(), ctx.committee(), ctx.meeting());
    List<TrackerEntry> printed = entries.stream().filter(e -> e.response().isPresent()
        && ctx.plan().printedIn(e.outcome().id()).filter(here::equals).isPresent()).toList();
    Map<OutcomeId, String> bodies = new LinkedHashMap<>();
    for (TrackerEntry e : printed) {
      TrackerResponse r = e.response().orElseThrow();
      bodies.put(e.outcome().id(), ctx.markdown().render(ctx.pub().doc(r.body()),
          new RenderOptions(responseId(e.outcome().id()) + "-", 2, p -> p.toUri().toString(), n -> "",
              ctx.refs().of(r.body(), Optional.empty(), ctx.scope()))));
    }
    List<String> ids = printed.stream().map(e -> responseId(e.outcome().id())).toList();
    PrintDoc.SelfPaged self = new PrintDoc.SelfPaged() {
      @Override
      public List<String> ids() {
        return ids;
      }

      @Override
      public String html(Map<String, PageSpan> pages) {
        TrackerView view = view(ctx, paper, a, here, entries, bodies, pages);
        return ctx.templates().render(TEMPLATE, Map.of("tracker", view), ctx.d())
            .orElseThrow(() -> new TemplateFailed(TEMPLATE));
      }
    };
    return new PrintDoc(doc.id(), PrintDoc.Kind.APPENDIX, doc.item(), doc.runhead(), self.html(Map.of()),
        Optional.empty(), doc.landscape(), doc.bookmark(), Optional.of(self), doc.mark());
  }

  private static TrackerView view(Context ctx, Paper paper, Appendix a, TrackerPlan.Place here,
      List<TrackerEntry> entries, Map<OutcomeId, String> bodies, Map<String, PageSpan> pages) {
    List<TrackerView.Count> counts = new ArrayList<>();
    Trackers.counts(entries).forEach((s, n) -> counts.add(new TrackerView.Count(s.label(), n)));
    List<TrackerView.Row> rows = new ArrayList<>();
    Map<String, List<TrackerView.Response>> groups = new LinkedHashMap<>();
    MeetingId lastMeeting = null;
    String lastItem = null;
    for (TrackerEntry e : entries) {
      String item = Trackers.item(ctx.pub(), e);
      boolean newMeeting = !e.origin().equals(lastMeeting);
      boolean newItem = newMeeting || !item.equals(lastItem);
      lastMeeting = e.origin();
      lastItem = item;
      String political = lead(ctx, e.outcome().politicalLead(), e);
      String officer = lead(ctx, e.outcome().officerLead(), e);
      rows.add(new TrackerView.Row(rowId(paper.id(), a.label(), e.outcome().id()),
          newMeeting ? Dates.medium(e.origin().date()) : "", newItem ? item : "", e.outcome().type().label(),
          e.outcome().text().strip(), political, officer, e.status().label(), received(e),
          pointer(ctx, e, here, pages)));
      if (bodies.containsKey(e.outcome().id())) {
        groups.computeIfAbsent(item + ", " + Dates.medium(e.origin().date()), k -> new ArrayList<>())
            .add(new TrackerView.Response(responseId(e.outcome().id()), e.outcome().type().label(),
                e.outcome().text().strip(), political, officer, bodies.get(e.outcome().id())));
      }
    }
    List<TrackerView.ResponseGroup> responses = new ArrayList<>();
    groups.forEach((heading, list) -> responses.add(new TrackerView.ResponseGroup(heading, list)));
    return new TrackerView(Appendices.name(a), a.title(), ctx.committee().title(), counts, entries.size(), rows,
        responses);
  }

  /** "Received 21 April 2026 and sent to the committee on 23 April 2026.", or empty with no response. */
  static String received(TrackerEntry e) {
    if (e.response().isEmpty()) {
      return "";
    }
    TrackerResponse r = e.response().get();
    String sent = r.circulated().map(c -> "sent to the committee on " + Dates.medium(c)).orElse("");
    if (r.received().isEmpty()) {
      return sent.isEmpty() ? "" : "Response " + sent + ".";
    }
    return "Received " + Dates.medium(r.received().get()) + (sent.isEmpty() ? "" : " and " + sent) + ".";
  }

  /** Where the entry's response is printed, or empty if it is printed nowhere. */
  private static String pointer(Context ctx, TrackerEntry e, TrackerPlan.Place here, Map<String, PageSpan> pages) {
    if (e.response().isEmpty()) {
      return "";
    }
    Optional<TrackerPlan.Place> at = ctx.plan().printedIn(e.outcome().id());
    if (at.isEmpty()) {
      return "";
    }
    String id = responseId(e.outcome().id());
    if (at.get().equals(here)) {
      PageSpan span = pages.get(id);
      // before the first layout, a page of the likely width: the appendix is written again once laid out
      return "Response on " + pages(span == null ? 1 : span.first() + 1, span == null ? 1 : span.last() + 1)
          + " of Appendix " + here.label() + ".";
    }
    TrackerPlan.Place p = at.get();
    String where = " of Appendix " + p.label() + " in the agenda for " + Dates.medium(p.pack().date()) + ".";
    Optional<PackMaps.Span> response = ctx.scope().pages().span(p.pack(), id);
    Optional<PackMaps.Span> appendix = ctx.scope().pages().span(p.pack(), MeetingBook.appendixId(p.paper(), p.label()));
    if (!ctx.scope().pages().known(p.pack())) {
      return "Response on " + pages(1, 1) + where; // that pack is not laid out yet: written again when it is
    }
    if (response.isEmpty() || appendix.isEmpty()) {
      throw new IllegalStateException("the response to " + e.outcome().id() + " is not in the pack of " + p.pack());
    }
    int start = appendix.get().first();
    return "Response on " + pages(response.get().first() - start + 1, response.get().last() - start + 1) + where;
  }

  /** "page 5", "pages 4 &amp; 5", "pages 2, 3 &amp; 4". */
  static String pages(int first, int last) {
    if (first == last) {
      return "page " + first;
    }
    StringBuilder s = new StringBuilder("pages ");
    for (int p = first; p < last; p++) {
      s.append(p).append(p < last - 1 ? ", " : " & ");
    }
    return s.append(last).toString();
  }

  /** A lead with their portfolio or job title on the day the entry was made, or empty. */
  private static String lead(Context ctx, Optional<PersonId> id, TrackerEntry e) {
    return Trackers.lead(ctx.pub().council(), id, e).map(Names.Named::label).orElse("");
  }
}
