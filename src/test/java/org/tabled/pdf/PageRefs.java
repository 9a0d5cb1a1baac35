package org.tabled.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tabled.model.AgendaItem;
import org.tabled.model.Appendix;
import org.tabled.model.Committee;
import org.tabled.model.CommitteeId;
import org.tabled.model.Meeting;
import org.tabled.model.MeetingId;
import org.tabled.model.MeetingStatus;
import org.tabled.model.Paper;
import org.tabled.model.PaperId;
import org.tabled.output.SitePaths;

/**
 * Every page number in a build's PDFs that depends on layout, read back and checked against where
 * its target really is, found independently of the renderer (by running headers, paragraph numbers
 * and agenda headings in the PDF text):
 *
 * <ul>
 *   <li>the front sheets' "(Pages X - Y)" ({@link PackChecks#ranges});
 *   <li>"(see page N)" after a link inside a PDF, or inside brackets ", page N": page N is the page
 *       the link goes to, and for a paragraph, the page that paragraph's number is printed on;
 *   <li>"(page N of the agenda pack for DATE)" after a link to another pack's paper, appendix,
 *       paragraph or agenda item: page N of that pack is where the target is;
 *   <li>the tracker appendices' "Response on page(s) N …" ({@link TrackerAppendixIT}).
 * </ul>
 *
 * <p>{@link #values} holds each reference's printed value by a key that stays the same when the
 * content changes, so that two builds can be compared.
 */
final class PageRefs {

  /**
   * After a link inside the PDF: "(see page 29)", or inside brackets (the comma in the link's text)
   * "page 29)".
   */
  private static final Pattern SEE = Pattern.compile("^\\(see page (\\d+)\\)");

  private static final Pattern BRACKETED = Pattern.compile("^page (\\d+)\\)");
  private static final Pattern CROSS =
      Pattern.compile("^\\(page (\\d+) of the agenda pack for (\\d{1,2} [A-Z][a-z]+ \\d{4})\\)");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "committees/([a-z0-9-]+)/(\\d{4}-\\d{2}-\\d{2})/(?:([a-z0-9-]+)/)?(?:appendix-(\\w+)(?:/|\\.pdf))?(?:#(.*))?");
  private static final Pattern GENERATED =
      Pattern.compile("committees/([a-z0-9-]+)/(tracker|work-programme)/.*");

  /** One pack as read back, with where each of its documents starts. */
  private record Pack(
      Meeting meeting, PdfPages pdf, PackChecks checks, List<Expected.Doc> docs, int unnumbered) {}

  final Map<String, String> values = new TreeMap<>();
  final List<String> problems = new ArrayList<>();
  int ranges;
  int see;
  int cross;
  int pointers;

  private final Built b;
  private final Map<MeetingId, Pack> packs = new HashMap<>();
  private final String base;

  private PageRefs(Built b) {
    this.b = b;
    String url = b.pub().council().site().baseUrl();
    this.base = url.endsWith("/") ? url : url + "/";
  }

  /** Reads and checks every layout-dependent page number in the PDFs of {@code b}. */
  static PageRefs of(Built b) {
    PageRefs r = new PageRefs(b);
    try {
      r.readPacks();
      for (String path : b.pdfs()) {
        if (!path.matches(".*/appendix-[^/]+\\.pdf")) {
          r.links(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TrackerAppendixIT.Tracker> trackers = TrackerAppendixIT.trackers(b);
    int[] checked = {0};
    r.problems.addAll(TrackerAppendixIT.problems(b, trackers, checked));
    r.pointers = checked[0];
    for (TrackerAppendixIT.Tracker t : trackers) {
      for (TrackerAppendixIT.Row row : t.rows()) {
        Matcher p = TrackerAppendixIT.POINTER.matcher(row.status());
        if (p.find()) {
          r.values.put(t.path() + " | Appendix " + t.label() + " | " + row.detail(), p.group());
        }
      }
    }
    return r;
  }

  private void readPacks() throws IOException {
    for (Committee c : b.pub().council().committees()) {
      for (Meeting m : c.meetings()) {
        if (!b.pub().isAgendaPublished(m.id())
            || m.status() == MeetingStatus.CANCELLED
            || m.agenda().isEmpty()) {
          continue;
        }
        String path = SitePaths.pack(m.id());
        PdfPages pdf = new PdfPages(b.bytes(path));
        List<Expected.Doc> docs = Expected.pack(b.pub(), c, m);
        PackChecks checks = new PackChecks(pdf, docs);
        int unnumbered = c.numberFrontSheet() ? 0 : checks.frontPages;
        checks.ranges(m, unnumbered);
        checks.problems.forEach(p -> problems.add(path + ": " + p));
        checks.printedRanges(m).forEach((n, range) -> values.put(path + " | item " + n, range));
        ranges += checks.printedRanges(m).size();
        packs.put(m.id(), new Pack(m, pdf, checks, docs, unnumbered));
      }
    }
  }

  private void links(String path) throws IOException {
    PdfStructure s = PdfStructure.of(b.bytes(path));
    PdfPages pdf = new PdfPages(b.bytes(path));
    Map<String, Integer> seen = new HashMap<>();
    for (PdfStructure.LinkRun run : s.links) {
      Matcher see =
          run.text().endsWith(",") ? BRACKETED.matcher(run.after()) : SEE.matcher(run.after());
      if (run.target().page() > 0 && see.find()) {
        String text = run.text().replaceAll("^\\(|,$", "");
        String key = key(path, text, "inside", seen);
        int said = Integer.parseInt(see.group(1));
        values.put(key, String.valueOf(said));
        this.see++;
        PdfPages.Page target = pdf.page(run.target().page());
        if (!target.footer().endsWith("Page " + said)) {
          problems.add(
              key
                  + ": says page "
                  + said
                  + " but goes to a page whose footer is '"
                  + target.footer()
                  + "'");
        }
        Matcher para = Pattern.compile("^paragraph (\\d+\\.\\d+)").matcher(text);
        if (para.find()
            && target.body().lines().noneMatch(l -> l.startsWith(para.group(1) + " "))) {
          problems.add(
              key + ": paragraph " + para.group(1) + " is not on the page the link goes to");
        }
        continue;
      }
      Matcher cross = CROSS.matcher(run.after());
      if (run.target().page() == 0 && cross.find()) {
        String key = key(path, run.text(), run.target().uri(), seen);
        int said = Integer.parseInt(cross.group(1));
        values.put(key, String.valueOf(said));
        this.cross++;
        Optional<Integer> real =
            locate(
                run.target().uri(),
                LocalDate.parse(
                    cross.group(2), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                key);
        if (real.isPresent() && real.get() != said) {
          problems.add(key + ": says page " + said + " but the target is on page " + real.get());
        }
      }
    }
  }

  private static String key(String path, String text, String target, Map<String, Integer> seen) {
    String k = path + " | " + text + " | " + target;
    int n = seen.merge(k, 1, Integer::sum);
    return k + " #" + n;
  }

  /**
   * The printed page of the target at {@code uri} in the pack for {@code date}, found from the PDF
   * text.
   */
  private Optional<Integer> locate(String uri, LocalDate date, String key) {
    if (!uri.startsWith(base)) {
      problems.add(key + ": a page in a pack for a link off the site: " + uri);
      return Optional.empty();
    }
    String rel = uri.substring(base.length());
    Matcher g = GENERATED.matcher(rel);
    Matcher a = ADDRESS.matcher(rel);
    MeetingId meeting;
    if (g.matches()) {
      meeting = new MeetingId(new CommitteeId(g.group(1)), date);
    } else if (a.matches()) {
      meeting = new MeetingId(new CommitteeId(a.group(1)), LocalDate.parse(a.group(2)));
      if (!meeting.date().equals(date)) {
        problems.add(
            key
                + ": names the pack for "
                + date
                + " but links to the meeting of "
                + meeting.date());
        return Optional.empty();
      }
    } else {
      problems.add(key + ": cannot tell the target of " + uri);
      return Optional.empty();
    }
    Pack pack = packs.get(meeting);
    if (pack == null) {
      problems.add(key + ": no pack for " + meeting);
      return Optional.empty();
    }
    int page;
    if (g.matches()) {
      Appendix.Generated kind =
          g.group(2).equals("tracker")
              ? Appendix.Generated.TRACKER
              : Appendix.Generated.WORK_PROGRAMME;
      page = generated(pack, kind);
    } else if (a.group(3) == null) {
      page = item(pack, a.group(5));
    } else {
      Paper paper = pack.meeting().paper(new PaperId(a.group(3))).orElse(null);
      if (paper == null) {
        problems.add(key + ": the paper " + a.group(3) + " is not in the pack for " + date);
        return Optional.empty();
      }
      int doc = doc(pack, paper.title());
      if (a.group(4) != null) {
        Appendix app =
            paper.appendices().stream()
                .filter(x -> x.label().equals(a.group(4)))
                .findFirst()
                .orElseThrow();
        doc = doc(pack, "Appendix " + app.label() + ": " + app.title());
        page = pack.checks().starts.get(doc);
      } else if (a.group(5) != null && a.group(5).startsWith("para-")) {
        String number = a.group(5).substring("para-".length()).replace('-', '.');
        page = -1;
        for (int p = pack.checks().starts.get(doc); p <= pack.checks().end(doc) && page < 0; p++) {
          if (pack.pdf().page(p).body().lines().anyMatch(l -> l.startsWith(number + " "))) {
            page = p;
          }
        }
      } else {
        page = pack.checks().starts.get(doc);
      }
    }
    if (page < 1) {
      problems.add(key + ": cannot find the target in the pack for " + date);
      return Optional.empty();
    }
    return Optional.of(page - pack.unnumbered());
  }

  /** The index of the document with running header {@code runhead} in the pack. */
  private static int doc(Pack pack, String runhead) {
    for (int i = 0; i < pack.docs().size(); i++) {
      if (pack.docs().get(i).runhead().equals(runhead)) {
        return i;
      }
    }
    throw new IllegalStateException(
        "no document '" + runhead + "' in the pack for " + pack.meeting().id());
  }

  /** The first page of an agenda item's documents, or the front sheet page that lists it. */
  private static int item(Pack pack, String anchor) {
    int n = Integer.parseInt(anchor.substring("item-".length()));
    for (int i = 0; i < pack.docs().size(); i++) {
      if (pack.docs().get(i).item() == n) {
        return pack.checks().starts.get(i);
      }
    }
    AgendaItem item = pack.meeting().item(n).orElseThrow();
    String heading = n + ". " + item.title().toUpperCase(Locale.UK);
    for (int p = 1; p <= pack.checks().frontPages; p++) {
      if (pack.pdf().page(p).flatBody().contains(heading)) {
        return p;
      }
    }
    return -1;
  }

  /** The first page of the pack's first generated appendix of {@code kind}. */
  private int generated(Pack pack, Appendix.Generated kind) {
    for (Paper p : pack.meeting().papers()) {
      for (Appendix a : p.appendices()) {
        if (a.source() instanceof Appendix.GeneratedSource g && g.kind() == kind) {
          return pack.checks().starts.get(doc(pack, "Appendix " + a.label() + ": " + a.title()));
        }
      }
    }
    return -1;
  }
}
