package org.tabled.pdf;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tabled.diag.Diagnostics;
import org.tabled.format.Dates;
import org.tabled.markdown.MarkdownEngine;
import org.tabled.markdown.Outline;
import org.tabled.markdown.ParsedDoc;
import org.tabled.markdown.RefLink;
import org.tabled.markdown.RefSyntax;
import org.tabled.markdown.RenderOptions;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.Exemption;
import org.tabled.model.HouseStyle;
import org.tabled.model.Markdown;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.Minutes;
import org.tabled.model.MinutesStatus;
import org.tabled.model.OutcomeId;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.pdf.view.AppendixView;
import org.tabled.pdf.view.Bookmark;
import org.tabled.pdf.view.MinutesView;
import org.tabled.pdf.view.PaperView;
import org.tabled.publish.Issues;
import org.tabled.publish.Packs;
import org.tabled.publish.PublishedCouncil;
import org.tabled.source.SourcePos;
import org.tabled.template.Templates;
import org.tabled.view.Agendas;
import org.tabled.view.Appendices;
import org.tabled.view.PackNames;

/**
 * The documents of one meeting, rendered to HTML, and the {@link Book}s made from them: the agenda
 * pack, and one PDF per paper with its appendices.
 *
 * <p>The pack is, in agenda order (DOMAIN.md §2.1): the front sheet; for a minutes item, the
 * minutes of the earlier meeting; for an item with papers, each paper with its cover sheet followed
 * by its appendices. Only what the audience may see is here: for the public, the papers of Part 2
 * items, confidential and embargoed papers and unapproved minutes were removed by the publish
 * stage, and their items print "To follow" or, for Part 2, only their exemption. Appendices that
 * Tabled generates are printed like the others: the committee's tracker ({@link TrackerPrint}) and
 * its work programme for the meeting's municipal year ({@link WorkProgrammePrint}).
 *
 * <p>Cross-references and the tracker can name pages of other packs, so the books are made again,
 * with {@link PackMaps.Reader}, each time the renderer knows more about the other packs' pages.
 *
 * <p>A paper is rendered once for the pack and once for its own PDF, because its cross-references
 * differ: a reference to another paper of the meeting is a link inside the pack but a link to the
 * website from the paper's own PDF.
 */
final class MeetingBook {

  /** An agenda item and what the pack prints for it. */
  /**
   * What a pack prints for one item: its schedule of interests if {@code schedule}, the minutes it
   * approves, its papers.
   */
  private record ItemPlan(
      AgendaItem item, Optional<Meeting> minutesOf, List<Paper> papers, boolean schedule) {}

  private final PublishedCouncil pub;
  private final Committee committee;
  private final Meeting meeting;
  private final MarkdownEngine markdown;
  private final Templates templates;
  private final Diagnostics d;
  private final Function<Appendix, Optional<ExternalPdf>> externals;
  private final PdfRefs refs;
  private final TrackerPlan trackers;

  /** Every item, with every paper the audience may see: for the papers' own PDFs. */
  private final List<ItemPlan> items = new ArrayList<>();

  /**
   * The meeting as its agenda pack prints it: the agenda as published, with the papers published
   * with it.
   */
  private final Meeting main;

  private final List<ItemPlan> mainItems;

  /** The supplementary agendas published by the build's day, in order. */
  private final List<Packs.Pack> supplements;

  /**
   * A Markdown text rendered for a PDF: the text, the prefix of its ids, and what each of its
   * references reads (in the order of {@link org.tabled.markdown.ParsedDoc#refs}).
   */
  private record Rendering(Markdown md, String prefix, List<RefLink> links) {}

  /**
   * The papers' texts as the packs rendered them: a paper's own PDF whose references read as they
   * do in the pack (a paper that names no other paper) takes its text from here instead of
   * rendering it again. Held softly, so that the texts of an archive's packs never take memory the
   * build needs.
   */
  private final Map<Rendering, SoftReference<String>> rendered = new ConcurrentHashMap<>();

  /**
   * The documents of meeting {@code m}, rendered when a book is asked for.
   *
   * @param externals reads an appendix's supplied PDF (once per build), or reports why it cannot
   * @param trackers which pack prints each tracker response
   */
  MeetingBook(
      PublishedCouncil pub,
      Committee c,
      Meeting m,
      MarkdownEngine markdown,
      Templates templates,
      Diagnostics d,
      Function<Appendix, Optional<ExternalPdf>> externals,
      TrackerPlan trackers) {
    this.pub = pub;
    this.committee = c;
    this.meeting = m;
    this.markdown = markdown;
    this.templates = templates;
    this.d = d;
    this.externals = externals;
    this.refs = new PdfRefs(pub);
    this.trackers = trackers;
    items.addAll(plans(m.agenda(), true));
    List<Packs.Pack> packs = pub.packs(m.id());
    if (packs.isEmpty()) {
      main = m;
      supplements = List.of();
    } else {
      // The agenda pack never changes once published: papers and items published later are in
      // supplements.
      List<AgendaItem> agenda = packs.get(0).items();
      main =
          m.withAgenda(
              agenda,
              m.papers().stream().filter(p -> packs.get(0).papers().contains(p.id())).toList());
      supplements = packs.subList(1, packs.size());
    }
    mainItems = main == m ? items : plans(main.agenda(), true);
  }

  /**
   * What a pack prints for {@code agenda}: each item's papers, and the minutes it approves if
   * {@code minutes}.
   */
  private List<ItemPlan> plans(List<AgendaItem> agenda, boolean minutes) {
    List<ItemPlan> out = new ArrayList<>();
    Set<PaperId> seen = new LinkedHashSet<>();
    for (AgendaItem item : agenda) {
      Optional<Meeting> held =
          minutes ? Agendas.minutesToApprove(pub, meeting, item) : Optional.empty();
      List<Paper> papers = new ArrayList<>();
      for (PaperId id : item.papers()) {
        meeting.paper(id).filter(p -> seen.add(id)).ifPresent(papers::add);
      }
      // a supplement prints the schedule only of an item it adds, as it does the minutes
      out.add(new ItemPlan(item, held, papers, minutes && item.scheduleOfInterests()));
    }
    return out;
  }

  /** The id of a paper's section in a PDF. */
  static String paperId(PaperId p) {
    return "doc-paper-" + p;
  }

  /** The id of an appendix's section in a PDF. */
  static String appendixId(PaperId p, String label) {
    return "doc-app-" + p + "-" + label;
  }

  /** The id of the section of the minutes printed for agenda item {@code item}. */
  static String minutesId(int item) {
    return "doc-minutes-" + item;
  }

  /** The meeting whose pack this is. */
  MeetingId meeting() {
    return meeting.id();
  }

  /** Where the meeting is defined, for errors. */
  SourcePos pos() {
    return meeting.pos();
  }

  /** The prefix of the ids inside a paper's body ({@code p-ID-para-3-4}). */
  static String bodyPrefix(PaperId p) {
    return "p-" + p + "-";
  }

  /** The agenda pack, with what {@code pages} knows of the other packs. */
  Book pack(PackMaps.Reader pages) {
    Contents c = contents(mainItems, pages);
    FrontSheet front = FrontSheet.of(pub, committee, main, c.ids(), markdown);
    Function<PagePlan, String> frontHtml =
        plan -> render("print/front-sheet.ftlh", "front", front.view(plan));
    String when = Dates.long_(meeting.date(), style());
    Book.Meta meta =
        new Book.Meta(
            "Agenda pack: " + committee.title() + ", " + when,
            "Agenda, reports and minutes for the meeting of the "
                + committee.title()
                + " on "
                + when,
            pub.council().site().council(),
            pub.council().site().language(),
            "agenda, committee papers, " + committee.shortTitle() + ", " + meeting.date(),
            publishedDate(),
            mark(),
            style().words());
    List<Packs.Pack> packs = pub.packs(meeting.id());
    if (!packs.isEmpty()) {
      meta = issued(meta, packs.get(0));
    }
    return new Book(
        meta,
        Optional.of(frontHtml),
        c.docs(),
        committee.numberFrontSheet(),
        true,
        c.outline(),
        c.ids());
  }

  /**
   * A supplementary agenda and its book.
   *
   * @param pack which supplement, its day and the items it prints
   * @param book the PDF to render
   */
  record Supplement(Packs.Pack pack, Book book) {}

  /**
   * The supplementary agendas published by the build's day, with what {@code pages} knows of the
   * packs: each with a front sheet of its own listing the items it adds or completes, numbered on
   * its own ({@link org.tabled.model.SupplementNumbering}).
   */
  List<Supplement> supplements(PackMaps.Reader pages) {
    List<Supplement> out = new ArrayList<>();
    String prefix = pub.council().site().supplementNumbering().prefix();
    for (Packs.Pack s : supplements) {
      // a late minutes item brings its minutes; the papers of items on the agenda as published are
      // the paper's own
      List<ItemPlan> plans = new ArrayList<>();
      for (ItemPlan p : plans(s.items(), false)) {
        Optional<Meeting> held =
            p.item().added().isPresent()
                ? Agendas.minutesToApprove(pub, meeting, p.item())
                : Optional.empty();
        plans.add(
            new ItemPlan(
                p.item(),
                held,
                p.papers(),
                p.item().added().isPresent() && p.item().scheduleOfInterests()));
      }
      Contents c = contents(plans, pages);
      SupplementSheet front = SupplementSheet.of(pub, committee, meeting, s, c.ids(), prefix);
      Function<PagePlan, String> frontHtml =
          plan -> render(SupplementSheet.TEMPLATE, "front", front.view(plan));
      String when = Dates.long_(meeting.date(), style());
      String name = PackNames.title(s.id());
      Book.Meta meta =
          new Book.Meta(
              name + ": " + committee.title() + ", " + when,
              name
                  + ", published on "
                  + Dates.long_(s.date(), style())
                  + ", for the meeting of the "
                  + committee.title()
                  + " on "
                  + when,
              pub.council().site().council(),
              pub.council().site().language(),
              "supplementary agenda, committee papers, "
                  + committee.shortTitle()
                  + ", "
                  + meeting.date(),
              s.date(),
              mark(),
              style().words(),
              prefix);
      meta = issued(meta, s);
      out.add(
          new Supplement(
              s,
              new Book(
                  meta,
                  Optional.of(frontHtml),
                  c.docs(),
                  committee.numberFrontSheet(),
                  true,
                  c.outline(),
                  c.ids())));
    }
    return out;
  }

  /**
   * The documents a pack prints after its front sheet.
   *
   * @param docs the documents in order
   * @param ids for each item with documents, their ids
   * @param outline the bookmarks, the front sheet's first
   */
  private record Contents(
      List<PrintDoc> docs, Map<Integer, List<String>> ids, List<Bookmark> outline) {}

  private Contents contents(List<ItemPlan> plans, PackMaps.Reader pages) {
    Set<PaperId> inPack = new LinkedHashSet<>();
    Map<Integer, String> firstDocs = new LinkedHashMap<>();
    for (ItemPlan plan : plans) {
      plan.papers().forEach(p -> inPack.add(p.id()));
      if (plan.schedule()) {
        firstDocs.put(plan.item().number(), SchedulePrint.id(plan.item().number()));
      } else if (plan.minutesOf().isPresent()) {
        firstDocs.put(plan.item().number(), minutesId(plan.item().number()));
      } else if (!plan.papers().isEmpty()) {
        firstDocs.put(plan.item().number(), paperId(plan.papers().get(0).id()));
      }
    }
    Map<OutcomeId, String> rows =
        trackers
            .trackerOf(meeting.id())
            .filter(t -> inPack.contains(t.paper()))
            .map(t -> TrackerPrint.rows(pub, committee, meeting, t.paper(), t.label()))
            .orElse(Map.of());
    PdfRefs.Scope scope =
        new PdfRefs.Scope(Optional.of(meeting.id()), inPack, firstDocs, rows, pages);
    Map<Integer, List<String>> ids = new LinkedHashMap<>();
    List<PrintDoc> all = new ArrayList<>();
    List<Bookmark> outline = new ArrayList<>();
    outline.add(new Bookmark("Front sheet and agenda", "#" + Book.FRONT_ID));
    for (ItemPlan plan : plans) {
      AgendaItem item = plan.item();
      List<PrintDoc> docs = new ArrayList<>();
      List<Bookmark> children = new ArrayList<>();
      if (plan.schedule()) {
        PrintDoc doc = schedule(item);
        docs.add(doc);
        children.add(doc.bookmark());
      }
      plan.minutesOf()
          .ifPresent(
              held -> {
                PrintDoc doc = minutes(item, held, held.minutes().orElseThrow(), scope);
                docs.add(doc);
                children.add(doc.bookmark());
              });
      for (Paper p : plan.papers()) {
        List<PrintDoc> paperDocs = paper(item, p, scope);
        docs.addAll(paperDocs);
        children.add(paperDocs.get(0).bookmark());
      }
      String name = "Item " + item.number() + ": " + item.title();
      if (docs.isEmpty()) {
        outline.add(new Bookmark(name, "#item-" + item.number()));
      } else {
        ids.put(item.number(), docs.stream().map(PrintDoc::id).toList());
        outline.add(new Bookmark(name, docs.get(0).bookmark().href(), children));
        all.addAll(docs);
      }
    }
    return new Contents(all, ids, outline);
  }

  /**
   * One PDF per paper, with its appendices, in agenda order, with what {@code pages} knows of the
   * packs.
   */
  Map<Paper, Book> paperBooks(PackMaps.Reader pages) {
    Map<Paper, Book> out = new LinkedHashMap<>();
    for (ItemPlan plan : items) {
      for (Paper p : plan.papers()) {
        Map<OutcomeId, String> rows =
            p.appendices().stream()
                .filter(
                    a ->
                        a.source() instanceof Appendix.GeneratedSource g
                            && g.kind() == Appendix.Generated.TRACKER)
                .findFirst()
                .map(a -> TrackerPrint.rows(pub, committee, meeting, p.id(), a.label()))
                .orElse(Map.of());
        List<PrintDoc> docs =
            paper(
                plan.item(),
                p,
                new PdfRefs.Scope(Optional.empty(), Set.of(p.id()), Map.of(), rows, pages));
        Book.Meta meta =
            new Book.Meta(
                p.title(),
                "Paper for item "
                    + plan.item().number()
                    + " at the meeting of the "
                    + committee.title()
                    + " on "
                    + Dates.long_(meeting.date(), style()),
                pub.council().site().council(),
                pub.council().site().language(),
                "committee papers, " + committee.shortTitle() + ", " + meeting.date(),
                publishedDate(),
                mark(),
                style().words());
        out.put(
            p,
            new Book(meta, Optional.empty(), docs, true, false, List.of(docs.get(0).bookmark())));
      }
    }
    return out;
  }

  /**
   * The meeting's own minutes as a PDF of their own, published beside the minutes page, with what
   * {@code pages} knows of the packs; empty if the audience cannot see them. They are printed as a
   * pack prints the minutes it asks a later meeting to approve ({@link MinutesPrint}).
   */
  Optional<Book> minutesBook(PackMaps.Reader pages) {
    if (meeting.minutes().isEmpty()) {
      return Optional.empty();
    }
    Minutes min = meeting.minutes().get();
    PdfRefs.Scope scope = new PdfRefs.Scope(Optional.empty(), Set.of(), Map.of(), Map.of(), pages);
    PrintDoc doc = minutes("doc-minutes", "m-", 0, meeting, min, scope);
    String when = Dates.long_(meeting.date(), style());
    Book.Meta meta =
        new Book.Meta(
            "Minutes: " + committee.title() + ", " + when,
            (min.status() == MinutesStatus.DRAFT ? "Draft minutes" : "Minutes")
                + " of the meeting of the "
                + committee.title()
                + " on "
                + when,
            pub.council().site().council(),
            pub.council().site().language(),
            "minutes, " + committee.shortTitle() + ", " + meeting.date(),
            meeting.date(),
            mark(),
            style().words());
    return Optional.of(
        new Book(meta, Optional.empty(), List.of(doc), true, false, List.of(doc.bookmark())));
  }

  /** The council's house style: dates, times and wording. */
  /**
   * {@code meta} with what a reissued pack says of its issue (issue 15): "Reissued DATE: reason"
   * and the items that changed on its front sheet, "Issue 2, DATE" at its foot.
   */
  private Book.Meta issued(Book.Meta meta, Packs.Pack pack) {
    Optional<Issues.Current> issue = Issues.of(meeting, pack);
    if (issue.isEmpty()) {
      return meta;
    }
    Issues.Current i = issue.get();
    String date = Dates.long_(i.date(), style());
    String changed =
        i.changed().isEmpty()
            ? ""
            : style().word("items_changed")
                + " "
                + String.join(", ", i.changed().stream().map(String::valueOf).toList())
                + ".";
    String footer =
        (style().word("issue") + " " + i.number() + ", " + Dates.medium(i.date(), style()))
            .replaceAll("[^\\p{L}\\p{N} ,.-]", "");
    return meta.withIssue(
        style().word("reissued") + " " + date + ": " + i.reason(), changed, footer);
  }

  private HouseStyle style() {
    return pub.council().site().houseStyle();
  }

  /** The mark on every page of a members' confidential PDF. */
  static final String CONFIDENTIAL = "NOT FOR PUBLICATION";

  /** "NOT FOR PUBLICATION" on every page of a members' confidential PDF. */
  private String mark() {
    return pub.confidential() ? CONFIDENTIAL : "";
  }

  private LocalDate publishedDate() {
    return meeting.published().orElse(meeting.date());
  }

  private PrintDoc minutes(AgendaItem item, Meeting held, Minutes min, PdfRefs.Scope scope) {
    return minutes(
        minutesId(item.number()), "m" + item.number() + "-", item.number(), held, min, scope);
  }

  /**
   * The minutes of {@code held} as a document with id {@code id}, printed under agenda item {@code
   * item} (0: none).
   */
  private PrintDoc minutes(
      String id, String prefix, int item, Meeting held, Minutes min, PdfRefs.Scope scope) {
    RenderOptions options =
        new RenderOptions(
            prefix,
            0,
            MeetingBook::imageUrl,
            n -> MinutesPrint.outcomes(pub, held, min, n, templates, d),
            refs.of(min.body(), Optional.empty(), scope));
    MinutesView view =
        MinutesPrint.view(pub, committee, held, min, markdown.render(pub.doc(min.body()), options));
    String html = render("print/minutes.ftlh", "minutes", view);
    String title = "Minutes of the meeting held on " + Dates.medium(held.date(), style());
    return new PrintDoc(
        id,
        PrintDoc.Kind.MINUTES,
        item,
        title,
        html,
        Optional.empty(),
        false,
        new Bookmark(title, "#" + id, headings(pub.doc(min.body()).outline(), prefix)));
  }

  /** The schedule of interests printed under {@code item}. */
  private PrintDoc schedule(AgendaItem item) {
    String id = SchedulePrint.id(item.number());
    return new PrintDoc(
        id,
        PrintDoc.Kind.PAPER,
        item.number(),
        SchedulePrint.TITLE,
        render(
            SchedulePrint.TEMPLATE, "schedule", SchedulePrint.view(pub, committee, meeting, item)),
        Optional.empty(),
        false,
        new Bookmark(SchedulePrint.TITLE, "#" + id));
  }

  /**
   * {@code md} rendered with ids prefixed by {@code prefix} and references read by {@code links}:
   * the same text rendered before with references that read the same is not rendered again.
   */
  /** A text rendered for a PDF, then finished as {@code kind} says. */
  private record Finished(Rendering rendering, String kind) {}

  /** The texts as {@link #finished} made them, held softly. */
  private final Map<Finished, SoftReference<String>> finished = new ConcurrentHashMap<>();

  /**
   * {@link #render}, then {@code finish}ed (the same function for the same {@code kind}): made once
   * per build, and, for a published text whose parse is kept, kept in the build cache, since it
   * depends on nothing but the text, Tabled's code, the prefix and what each reference reads.
   */
  private String finished(
      Markdown md,
      String prefix,
      Function<RefSyntax, RefLink> links,
      String kind,
      UnaryOperator<String> finish) {
    ParsedDoc doc = pub.doc(md);
    List<RefLink> read = doc.refs().stream().map(links).toList();
    Finished key = new Finished(new Rendering(md, prefix, read), kind);
    SoftReference<String> held = finished.get(key);
    String html = held == null ? null : held.get();
    if (html != null) {
      return html;
    }
    List<String> parts = new ArrayList<>();
    parts.add(prefix);
    for (RefLink r : read) {
      parts.addAll(r.fields());
    }
    Optional<String> kept = markdown.kept(doc, "print " + kind, parts, MeetingBook::imageUrl);
    if (kept.isPresent()) {
      html = kept.get();
    } else {
      html = finish.apply(render(md, prefix, links));
      markdown.keep(doc, "print " + kind, parts, MeetingBook::imageUrl, html);
    }
    finished.put(key, new SoftReference<>(html));
    return html;
  }

  /** How a PDF's HTML names an image: by its file's address, read as the PDF is laid out. */
  private static String imageUrl(Path file) {
    return file.toUri().toString();
  }

  private String render(Markdown md, String prefix, Function<RefSyntax, RefLink> links) {
    ParsedDoc doc = pub.doc(md);
    Rendering key = new Rendering(md, prefix, doc.refs().stream().map(links).toList());
    SoftReference<String> kept = rendered.get(key);
    String html = kept == null ? null : kept.get();
    if (html == null) {
      html =
          markdown.render(doc, new RenderOptions(prefix, 0, MeetingBook::imageUrl, n -> "", links));
      rendered.put(key, new SoftReference<>(html));
    }
    return html;
  }

  /**
   * A paper and its appendices, rendered for a PDF holding {@code scope}. A generated paper ({@code
   * layout: tracker} or {@code work-programme}) is the generated document alone, under the paper's
   * id and title: no cover sheet, and no page but its own.
   */
  private List<PrintDoc> paper(AgendaItem item, Paper paper, PdfRefs.Scope scope) {
    if (paper.layout().generated().isPresent()
        && paper.appendices().size() == 1
        && paper.appendices().get(0).source() instanceof Appendix.GeneratedSource g) {
      String id = paperId(paper.id());
      List<PrintDoc> docs = new ArrayList<>();
      docs.add(
          generated(
              item,
              paper,
              paper.appendices().get(0),
              g,
              id,
              paper.title(),
              new Bookmark(paper.title(), "#" + id),
              scope));
      if (pub.confidential() && item.exemption().isPresent()) {
        String exempt = exemptMark(item.exemption().get());
        docs.replaceAll(x -> x.withMark(exempt));
      }
      return docs;
    }
    List<PrintDoc> appendices = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Appendix a : paper.appendices()) {
      String label = Appendices.name(a);
      String id = appendixId(paper.id(), a.label());
      String runhead = Appendices.heading(a);
      Bookmark mark = new Bookmark(runhead, "#" + id);
      if (a.source() instanceof Appendix.MarkdownSource md) {
        String prefix = "a-" + paper.id() + "-" + a.label() + "-";
        // "1" or "0", whether it has a wide table, then the body
        String marked =
            finished(
                md.body(),
                prefix,
                refs.of(md.body(), Optional.of(paper), scope),
                "appendix",
                b -> (PaperPrint.hasWideTable(b) ? "1" : "0") + b);
        String body = marked.substring(1);
        boolean landscape = a.landscape() || marked.charAt(0) == '1';
        String html =
            render(
                "print/appendix.ftlh",
                "appendix",
                new AppendixView(label, a.title(), paper.title(), body));
        appendices.add(
            new PrintDoc(
                id,
                PrintDoc.Kind.APPENDIX,
                item.number(),
                runhead,
                html,
                Optional.empty(),
                landscape,
                mark));
        labels.add(runhead);
      } else if (a.source() instanceof Appendix.PdfSource) {
        Optional<ExternalPdf> ext = externals.apply(a);
        if (ext.isPresent()) {
          appendices.add(
              new PrintDoc(
                  id, PrintDoc.Kind.EXTERNAL, item.number(), runhead, "", ext, false, mark));
          labels.add(runhead);
        }
      } else if (a.source() instanceof Appendix.GeneratedSource g) {
        appendices.add(generated(item, paper, a, g, id, runhead, mark, scope));
        labels.add(runhead);
      }
    }
    String prefix = bodyPrefix(paper.id());
    String body =
        finished(
            paper.body(),
            prefix,
            refs.of(paper.body(), Optional.of(paper), scope),
            "paper",
            PaperPrint::landscapeWideTables);
    PaperView view =
        new PaperView(
            pub.council().site().masthead(),
            committee.title(),
            paper.title(),
            paper.layout().key(),
            PaperPrint.cover(pub, paper),
            body,
            labels,
            PaperPrint.contact(pub, paper));
    String html = render("print/paper.ftlh", "paper", view);
    List<Bookmark> children = new ArrayList<>(headings(pub.doc(paper.body()).outline(), prefix));
    appendices.forEach(a -> children.add(a.bookmark()));
    String id = paperId(paper.id());
    List<PrintDoc> docs = new ArrayList<>();
    docs.add(
        new PrintDoc(
            id,
            PrintDoc.Kind.PAPER,
            item.number(),
            paper.title(),
            html,
            Optional.empty(),
            false,
            new Bookmark(paper.title(), "#" + id, children)));
    docs.addAll(appendices);
    if (pub.confidential() && item.exemption().isPresent()) {
      String exempt = exemptMark(item.exemption().get());
      docs.replaceAll(x -> x.withMark(exempt));
    }
    return docs;
  }

  /**
   * A generated document: the committee's tracker or work programme, as an appendix of {@code
   * paper} or as the paper itself.
   */
  private PrintDoc generated(
      AgendaItem item,
      Paper paper,
      Appendix a,
      Appendix.GeneratedSource g,
      String id,
      String runhead,
      Bookmark mark,
      PdfRefs.Scope scope) {
    // The tracker's six columns need a landscape page (the threshold for Markdown tables is seven,
    // but its detail and status cells hold sentences).
    boolean landscape = a.landscape() || g.kind() == Appendix.Generated.TRACKER;
    PrintDoc shell =
        new PrintDoc(
            id,
            PrintDoc.Kind.APPENDIX,
            item.number(),
            runhead,
            "",
            Optional.empty(),
            landscape,
            mark);
    if (g.kind() == Appendix.Generated.TRACKER) {
      return TrackerPrint.doc(
          new TrackerPrint.Context(
              pub, committee, meeting, trackers, refs, scope, markdown, templates, d),
          paper,
          a,
          shell);
    }
    return shell.withHtml(
        render(
            WorkProgrammePrint.TEMPLATE,
            "programme",
            WorkProgrammePrint.view(pub, committee, meeting, paper, a, refs, scope)));
  }

  /**
   * The mark on every page of a Part 2 paper and its appendices in a members' confidential PDF,
   * under the running header (the foot of every page says "NOT FOR PUBLICATION" too): the paragraph
   * of Schedule 12A that makes it exempt.
   */
  static String exemptMark(Exemption e) {
    return CONFIDENTIAL + " – " + e.clause();
  }

  private static List<Bookmark> headings(Outline outline, String prefix) {
    return outline.headings().stream()
        .filter(h -> h.level() == 2)
        .map(h -> new Bookmark(h.text(), "#" + prefix + h.anchor()))
        .toList();
  }

  private String render(String template, String name, Object view) {
    return templates
        .render(template, Map.of(name, view, "words", style().words()), d)
        .orElseThrow(() -> new TemplateFailed(template));
  }
}
