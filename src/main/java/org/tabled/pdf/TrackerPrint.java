package org.tabled.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Outcome;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.model.PersonId;
import org.tabled.model.TrackerPages;
import org.tabled.model.TrackerResponse;
import org.tabled.pdf.PdfEngine.PageSpan;
import org.tabled.pdf.view.TrackerView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.resolve.TrackerEntry;
import org.tabled.template.Templates;
import org.tabled.view.Appendices;
import org.tabled.view.Names;
import org.tabled.view.PageWords;
import org.tabled.view.Trackers;

/**
 * The recommendation and action tracker printed as an appendix ({@code generate: tracker};
 * DOMAIN.md §1.8, the 2024 form): the counts by status, a row per entry, then the responses this
 * appendix prints, under a heading per minute item.
 *
 * <p>The tracker for a meeting holds the entries of the committee's earlier meetings, as they stood
 * when its agenda was published ({@link Trackers#asOf}). Each response is printed once, in the pack
 * {@link TrackerPlan} chooses; the status cell says where:
 *
 * <ul>
 *   <li>printed in this appendix: "Response on page 10.", "pages 10 &amp; 11", the pages as the
 *       footer prints them, as a link to the response; {@link PageNumbers} writes them from the
 *       PDF's layout;
 *   <li>printed in an earlier pack: "Response on page 14 of the agenda pack for 14 July 2026.",
 *       with that pack's pages, read from that pack's layout ({@link PackMaps}): frozen as it was
 *       printed, not worked out again for this pack;
 *   <li>not printed in any pack (a response with no text): "Received …" alone.
 * </ul>
 *
 * <p>In the house style {@code tracker_pages: appendix} ({@link TrackerPages#APPENDIX}) the pages
 * are counted from the appendix's first page and name it: "Response on pages 2 &amp; 3 of Appendix
 * 1.", "… of Appendix 2 in the agenda for 14 July 2026."
 *
 * <p>The meeting date and item are printed on the first row of a meeting's or an item's entries,
 * and again on a row at the top of a page, so that no page of the table starts with them blank.
 * Which rows those are depends on the appendix's own layout, so the appendix is a {@linkplain
 * PrintDoc.SelfPaged self-paged} document: {@link Paginator} writes it again with the pages of its
 * rows until the two agree. A row once given its date and item keeps them in the later versions
 * (one that no longer starts a page just repeats them), so that the versions only add text and come
 * to an end.
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

  /**
   * The id of each entry's row in tracker appendix {@code label} of {@code paper}, for meeting
   * {@code m}.
   */
  static Map<OutcomeId, String> rows(
      PublishedCouncil pub, Committee c, Meeting m, PaperId paper, String label) {
    Map<OutcomeId, String> rows = new LinkedHashMap<>();
    for (Trackers.Row row : Trackers.rows(entries(pub, c, m))) {
      // outcomes sharing a response share its row, which takes the first one's id
      String id = rowId(paper, label, row.first().outcome().id());
      row.entries().forEach(e -> rows.put(e.outcome().id(), id));
    }
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
  record Context(
      PublishedCouncil pub,
      Committee committee,
      Meeting meeting,
      TrackerPlan plan,
      PdfRefs refs,
      PdfRefs.Scope scope,
      MarkdownEngine markdown,
      Templates templates,
      Diagnostics d) {}

  /**
   * The appendix {@code a} of {@code paper}, as a self-paged document.
   *
   * @param doc the document's id, item number, running header, bookmark and orientation
   */
  static PrintDoc doc(Context ctx, Paper paper, Appendix a, PrintDoc doc) {
    TrackerPlan.Place here = new TrackerPlan.Place(ctx.meeting().id(), paper.id(), a.label());
    List<TrackerEntry> entries = entries(ctx.pub(), ctx.committee(), ctx.meeting());
    List<Trackers.Row> rows = Trackers.rows(entries);
    List<TrackerEntry> printed =
        rows.stream()
            .map(Trackers.Row::first)
            .filter(
                e ->
                    e.response().isPresent()
                        && ctx.plan().printedIn(e.outcome().id()).filter(here::equals).isPresent())
            .toList();
    Map<OutcomeId, String> bodies = new LinkedHashMap<>();
    for (TrackerEntry e : printed) {
      TrackerResponse r = e.response().orElseThrow();
      bodies.put(
          e.outcome().id(),
          ctx.markdown()
              .render(
                  ctx.pub().doc(r.body()),
                  new RenderOptions(
                      responseId(e.outcome().id()) + "-",
                      2,
                      p -> p.toUri().toString(),
                      n -> "",
                      ctx.refs().of(r.body(), Optional.empty(), ctx.scope()))));
    }
    List<String> ids =
        rows.stream().map(r -> rowId(paper.id(), a.label(), r.first().outcome().id())).toList();
    String appendixId = doc.id();
    Set<String> repeated =
        new HashSet<>(); // the rows that repeat their date and item, only ever more
    PrintDoc.SelfPaged self =
        new PrintDoc.SelfPaged() {
          @Override
          public List<String> ids() {
            return ids;
          }

          @Override
          public synchronized String html(Map<String, PageSpan> pages) {
            repeated.addAll(pageTops(ids, pages));
            TrackerView view =
                view(ctx, paper, a, here, entries, rows, bodies, repeated, appendixId);
            return ctx.templates()
                .render(TEMPLATE, Map.of("tracker", view), ctx.d())
                .orElseThrow(() -> new TemplateFailed(TEMPLATE));
          }
        };
    return new PrintDoc(
        doc.id(),
        PrintDoc.Kind.APPENDIX,
        doc.item(),
        doc.runhead(),
        self.html(Map.of()),
        Optional.empty(),
        doc.landscape(),
        doc.bookmark(),
        Optional.of(self),
        doc.mark());
  }

  /** The rows, of {@code rows} in order, that start a page other than the previous row's last. */
  static Set<String> pageTops(List<String> rows, Map<String, PageSpan> pages) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < rows.size(); i++) {
      PageSpan before = pages.get(rows.get(i - 1));
      PageSpan row = pages.get(rows.get(i));
      if (before != null && row != null && row.first() > before.last()) {
        out.add(rows.get(i));
      }
    }
    return out;
  }

  private static TrackerView view(
      Context ctx,
      Paper paper,
      Appendix a,
      TrackerPlan.Place here,
      List<TrackerEntry> entries,
      List<Trackers.Row> entryRows,
      Map<OutcomeId, String> bodies,
      Set<String> repeated,
      String appendixId) {
    boolean relative = ctx.pub().council().site().trackerPages() == TrackerPages.APPENDIX;
    List<TrackerView.Count> counts = new ArrayList<>();
    Trackers.counts(entries).forEach((s, n) -> counts.add(new TrackerView.Count(s.label(), n)));
    List<TrackerView.Row> rows = new ArrayList<>();
    Map<String, List<TrackerView.Response>> groups = new LinkedHashMap<>();
    MeetingId lastMeeting = null;
    String lastItem = null;
    for (Trackers.Row row : entryRows) {
      TrackerEntry e = row.first();
      String item = Trackers.item(ctx.pub(), e);
      String id = rowId(paper.id(), a.label(), e.outcome().id());
      boolean top = repeated.contains(id); // at the top of a page: a reader there sees no row above
      boolean newMeeting = top || !e.origin().equals(lastMeeting);
      boolean newItem = newMeeting || !item.equals(lastItem);
      lastMeeting = e.origin();
      lastItem = item;
      String political = leads(ctx, row, o -> o.politicalLead());
      String officer = leads(ctx, row, o -> o.officerLead());
      String type = Trackers.type(ctx.pub(), row);
      List<String> details = Trackers.details(ctx.pub(), row);
      boolean inThisPdf =
          e.response().isPresent()
              && ctx.plan().printedIn(e.outcome().id()).filter(here::equals).isPresent();
      rows.add(
          new TrackerView.Row(
              id,
              newMeeting
                  ? Dates.medium(e.origin().date(), ctx.pub().council().site().houseStyle())
                  : "",
              newItem ? item : "",
              type,
              details,
              political,
              officer,
              e.status().label(),
              received(ctx.pub(), e),
              pointer(ctx, e, here),
              inThisPdf ? responseId(e.outcome().id()) : "",
              inThisPdf && relative ? appendixId : "",
              relative ? " of Appendix " + here.label() + "." : "."));
      if (bodies.containsKey(e.outcome().id())) {
        groups
            .computeIfAbsent(
                item
                    + ", "
                    + Dates.medium(e.origin().date(), ctx.pub().council().site().houseStyle()),
                k -> new ArrayList<>())
            .add(
                new TrackerView.Response(
                    responseId(e.outcome().id()),
                    type,
                    details,
                    political,
                    officer,
                    bodies.get(e.outcome().id())));
      }
    }
    List<TrackerView.ResponseGroup> responses = new ArrayList<>();
    groups.forEach((heading, list) -> responses.add(new TrackerView.ResponseGroup(heading, list)));
    return new TrackerView(
        paper.layout().generated().isPresent() ? "" : Appendices.name(a), // the paper itself
        a.title(),
        ctx.committee().title(),
        counts,
        entries.size(),
        rows,
        responses);
  }

  /**
   * "Received 21 April 2026 and sent to the committee on 23 April 2026.", or empty with no
   * response.
   */
  static String received(PublishedCouncil pub, TrackerEntry e) {
    if (e.response().isEmpty()) {
      return "";
    }
    TrackerResponse r = e.response().get();
    String sent =
        r.circulated()
            .map(
                c ->
                    "sent to the committee on "
                        + Dates.medium(c, pub.council().site().houseStyle()))
            .orElse("");
    if (r.received().isEmpty()) {
      return sent.isEmpty() ? "" : "Response " + sent + ".";
    }
    return "Received "
        + Dates.medium(r.received().get(), pub.council().site().houseStyle())
        + (sent.isEmpty() ? "" : " and " + sent)
        + ".";
  }

  /**
   * Where the entry's response is printed: "Response on" when in this PDF (the template adds the
   * link with its pages), the whole sentence when in another pack, or empty if it is printed
   * nowhere.
   */
  private static String pointer(Context ctx, TrackerEntry e, TrackerPlan.Place here) {
    if (e.response().isEmpty()) {
      return "";
    }
    Optional<TrackerPlan.Place> at = ctx.plan().printedIn(e.outcome().id());
    if (at.isEmpty()) {
      return "";
    }
    String id = responseId(e.outcome().id());
    if (at.get().equals(here)) {
      return "Response on";
    }
    TrackerPlan.Place p = at.get();
    boolean relative = ctx.pub().council().site().trackerPages() == TrackerPages.APPENDIX;
    String where =
        relative
            ? " of Appendix "
                + p.label()
                + " in the agenda for "
                + Dates.medium(p.pack().date(), ctx.pub().council().site().houseStyle())
                + "."
            : " of the agenda pack for "
                + Dates.medium(p.pack().date(), ctx.pub().council().site().houseStyle())
                + ".";
    Optional<PackMaps.Span> response = ctx.scope().pages().span(p.pack(), id);
    Optional<PackMaps.Span> appendix =
        ctx.scope()
            .pages()
            .span(
                p.pack(),
                ctx.pub()
                    .council()
                    .meeting(p.pack())
                    .flatMap(m -> m.paper(p.paper()))
                    .filter(x -> x.layout().generated().isPresent()) // the tracker is the paper
                    .map(x -> MeetingBook.paperId(x.id()))
                    .orElse(MeetingBook.appendixId(p.paper(), p.label())));
    if (!ctx.scope().pages().known(p.pack())) {
      // that pack is not laid out yet: written again when it is
      int unknown = Integer.parseInt(PdfRefs.UNKNOWN_PAGE);
      return "Response on " + PageWords.pages(unknown, unknown) + where;
    }
    if (response.isEmpty() || appendix.isEmpty()) {
      throw new IllegalStateException(
          "the response to " + e.outcome().id() + " is not in the pack of " + p.pack());
    }
    int start = relative ? appendix.get().first() - 1 : 0;
    return "Response on "
        + PageWords.pages(response.get().first() - start, response.get().last() - start)
        + where;
  }

  /**
   * A row's political or officer leads, each with their portfolio or job title on the day the entry
   * was made, once each ("; " between the leads of outcomes sharing a row), or empty.
   */
  private static String leads(
      Context ctx, Trackers.Row row, Function<Outcome, Optional<PersonId>> which) {
    return row.entries().stream()
        .map(e -> Trackers.lead(ctx.pub().council(), which.apply(e.outcome()), e))
        .flatMap(Optional::stream)
        .map(Names.Named::label)
        .distinct()
        .collect(Collectors.joining("; "));
  }
}
