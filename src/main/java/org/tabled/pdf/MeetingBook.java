package org.tabled.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.Outline;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.ItemKind;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.pdf.view.AppendixView;
import org.tabled.pdf.view.Bookmark;
import org.tabled.pdf.view.MinutesView;
import org.tabled.pdf.view.PaperView;
import org.tabled.publish.PublishedCouncil;
import org.tabled.template.Templates;

/**
 * The documents of one meeting, rendered to HTML, and the {@link Book}s made from them: the agenda
 * pack, and one PDF per paper with its appendices.
 *
 * <p>The pack is, in agenda order (DOMAIN.md §2.1): the front sheet; for a minutes item, the
 * minutes of the earlier meeting; for an item with papers, each paper with its cover sheet followed
 * by its appendices. Only what the audience may see is here: for the public, the papers of Part 2
 * items, confidential and embargoed papers and unapproved minutes were removed by the publish
 * stage, and their items print "To follow" or, for Part 2, only their exemption. Appendices that
 * Tabled generates (the tracker and work programme) are not printed yet.
 */
final class MeetingBook {

  /** A paper and its documents: the paper itself, then its appendices. */
  private record PaperDocs(Paper paper, List<PrintDoc> docs, Bookmark bookmark) {}

  private final PublishedCouncil pub;
  private final Committee committee;
  private final Meeting meeting;
  private final MarkdownEngine markdown;
  private final Templates templates;
  private final Diagnostics d;
  private final Function<Appendix.PdfSource, Optional<ExternalPdf>> externals;
  private final Map<Integer, List<PrintDoc>> itemDocs = new LinkedHashMap<>();
  private final List<PaperDocs> papers = new ArrayList<>();
  private final List<Bookmark> bookmarks = new ArrayList<>();

  /**
   * Renders the documents of {@code m}.
   *
   * @param externals reads a supplied PDF (once per build), or reports why it cannot
   * @throws TemplateFailed if a print template fails (reported to {@code d})
   */
  MeetingBook(PublishedCouncil pub, Committee c, Meeting m, MarkdownEngine markdown, Templates templates, Diagnostics d,
      Function<Appendix.PdfSource, Optional<ExternalPdf>> externals) {
    this.pub = pub;
    this.committee = c;
    this.meeting = m;
    this.markdown = markdown;
    this.templates = templates;
    this.d = d;
    this.externals = externals;
    Set<PaperId> seen = new HashSet<>();
    for (AgendaItem item : m.agenda()) {
      List<PrintDoc> docs = new ArrayList<>();
      List<Bookmark> children = new ArrayList<>();
      if (item.kind() == ItemKind.MINUTES && item.minutesOf().isPresent()) {
        MeetingId earlier = new MeetingId(c.id(), item.minutesOf().get());
        Optional<Meeting> held = pub.council().meeting(earlier);
        if (held.isPresent() && held.get().minutes().isPresent()) {
          docs.add(minutes(item, held.get(), held.get().minutes().get()));
        }
      }
      for (PaperId id : item.papers()) {
        Optional<Paper> paper = m.paper(id);
        if (paper.isPresent() && seen.add(id)) {
          PaperDocs pd = paper(item, paper.get());
          papers.add(pd);
          docs.addAll(pd.docs());
          children.add(pd.bookmark());
        }
      }
      String name = "Item " + item.number() + ": " + item.title();
      if (docs.isEmpty()) {
        bookmarks.add(new Bookmark(name, "#item-" + item.number()));
      } else {
        itemDocs.put(item.number(), docs);
        Bookmark first = docs.get(0).bookmark();
        bookmarks.add(new Bookmark(name, first.href(), item.kind() == ItemKind.MINUTES ? first.children() : children));
      }
    }
  }

  /** The agenda pack. */
  Book pack() {
    Map<Integer, List<String>> ids = new LinkedHashMap<>();
    itemDocs.forEach((n, docs) -> ids.put(n, docs.stream().map(PrintDoc::id).toList()));
    FrontSheet front = FrontSheet.of(pub, committee, meeting, ids, markdown);
    Function<PagePlan, String> frontHtml = plan -> templates.render("print/front-sheet.ftlh",
        Map.of("front", front.view(plan)), d).orElseThrow(() -> new TemplateFailed("print/front-sheet.ftlh"));
    List<PrintDoc> all = itemDocs.values().stream().flatMap(List::stream).toList();
    List<Bookmark> outline = new ArrayList<>();
    outline.add(new Bookmark("Front sheet and agenda", "#" + Book.FRONT_ID));
    outline.addAll(bookmarks);
    String when = Dates.long_(meeting.date());
    Book.Meta meta = new Book.Meta("Agenda pack: " + committee.title() + ", " + when,
        "Agenda, reports and minutes for the meeting of the " + committee.title() + " on " + when,
        pub.council().site().council(), pub.council().site().language(),
        "agenda, committee papers, " + committee.shortTitle() + ", " + meeting.date(), publishedDate());
    return new Book(meta, Optional.of(frontHtml), all, committee.numberFrontSheet(), true, outline);
  }

  /** One PDF per paper, with its appendices, keyed by paper. */
  Map<Paper, Book> paperBooks() {
    Map<Paper, Book> out = new LinkedHashMap<>();
    for (PaperDocs pd : papers) {
      Paper p = pd.paper();
      Book.Meta meta = new Book.Meta(p.title(), "Paper for the meeting of the " + committee.title() + " on "
          + Dates.long_(meeting.date()), pub.council().site().council(), pub.council().site().language(),
          "committee papers, " + committee.shortTitle() + ", " + meeting.date(), publishedDate());
      out.put(p, new Book(meta, Optional.empty(), pd.docs(), true, false, List.of(pd.bookmark())));
    }
    return out;
  }

  /** The documents of every paper, for reuse of the supplied PDFs. */
  List<PrintDoc> docs() {
    return itemDocs.values().stream().flatMap(List::stream).toList();
  }

  private java.time.LocalDate publishedDate() {
    return meeting.published().orElse(meeting.date());
  }

  private PrintDoc minutes(AgendaItem item, Meeting held, Minutes min) {
    String id = "doc-minutes-" + item.number();
    String prefix = "m" + item.number() + "-";
    MinutesView view = MinutesPrint.view(pub, committee, held, min, prefix, markdown, templates, d);
    String html = render("print/minutes.ftlh", "minutes", view);
    List<Bookmark> headings = headings(pub.doc(min.body()).outline(), prefix);
    String title = "Minutes of the meeting held on " + Dates.medium(held.date());
    return new PrintDoc(id, PrintDoc.Kind.MINUTES, item.number(), title, html, Optional.empty(), false,
        new Bookmark(title, "#" + id, headings));
  }

  private PaperDocs paper(AgendaItem item, Paper paper) {
    String id = "doc-paper-" + paper.id();
    String prefix = "p-" + paper.id() + "-";
    List<PrintDoc> appendices = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Appendix a : paper.appendices()) {
      String label = "Appendix " + a.label();
      String appId = "doc-app-" + paper.id() + "-" + a.label();
      String runhead = label + ": " + a.title();
      Bookmark mark = new Bookmark(runhead, "#" + appId);
      if (a.source() instanceof Appendix.MarkdownSource md) {
        String body = markdown.render(pub.doc(md.body()),
            new RenderOptions("a-" + paper.id() + "-" + a.label() + "-", 0, p -> p.toUri().toString()));
        boolean landscape = a.landscape() || PaperPrint.hasWideTable(body);
        String html = render("print/appendix.ftlh", "appendix", new AppendixView(label, a.title(), paper.title(), body));
        appendices.add(new PrintDoc(appId, PrintDoc.Kind.APPENDIX, item.number(), runhead, html, Optional.empty(),
            landscape, mark));
        labels.add(runhead);
      } else if (a.source() instanceof Appendix.PdfSource pdf) {
        Optional<ExternalPdf> ext = externals.apply(pdf);
        if (ext.isPresent()) {
          appendices.add(new PrintDoc(appId, PrintDoc.Kind.EXTERNAL, item.number(), runhead, "", ext, false, mark));
          labels.add(runhead);
        }
      }
      // Appendix.GeneratedSource (tracker, work programme): not printed yet.
    }
    String body = PaperPrint.landscapeWideTables(markdown.render(pub.doc(paper.body()),
        new RenderOptions(prefix, 0, p -> p.toUri().toString())));
    PaperView view = new PaperView(pub.council().site().masthead(), committee.title(), paper.title(),
        paper.layout().key(), PaperPrint.cover(pub, committee, paper), body, labels, PaperPrint.contact(pub, paper));
    String html = render("print/paper.ftlh", "paper", view);
    List<Bookmark> children = new ArrayList<>(headings(pub.doc(paper.body()).outline(), prefix));
    appendices.forEach(a -> children.add(a.bookmark()));
    Bookmark mark = new Bookmark(paper.title(), "#" + id, children);
    List<PrintDoc> docs = new ArrayList<>();
    docs.add(new PrintDoc(id, PrintDoc.Kind.PAPER, item.number(), paper.title(), html, Optional.empty(), false, mark));
    docs.addAll(appendices);
    return new PaperDocs(paper, docs, mark);
  }

  private static List<Bookmark> headings(Outline outline, String prefix) {
    return outline.headings().stream().filter(h -> h.level() == 2)
        .map(h -> new Bookmark(h.text(), "#" + prefix + h.anchor())).toList();
  }

  private String render(String template, String name, Object view) {
    return templates.render(template, Map.of(name, view), d).orElseThrow(() -> new TemplateFailed(template));
  }
}
